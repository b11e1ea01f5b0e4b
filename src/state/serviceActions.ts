import { applyValueLinks } from '../domain/customers/valueLink';
import type { CallCentreModel, ServiceModel } from '../domain/project/types';
import { addModel, copyAsScenario, deleteModel, newModel, updateModel } from '../domain/service-cost/edit';
import { setSlot, type DaySlot } from '../domain/service-cost/dayPlanEdit';
import { endTyping, step, typing } from './edits';

/** The edits of the service-level models, each with its undo behaviour. */
export const serviceActions = {
  /** Typing in or dragging one field of a model (`field` names it): one undo step per run. */
  typeModel: (id: string, field: string, patch: Partial<ServiceModel>) =>
    typing(`model:${id}:${field}`, (p) => updateModel(p, id, patch)),
  /** Typing in one cell of a call centre's day plan (`field` names the column): one undo step per run. */
  typeDaySlot: (id: string, index: number, field: string, patch: Partial<DaySlot>) =>
    typing(`model:${id}:day:${index}:${field}`, (p) => {
      const model = p.serviceModels.find((m) => m.id === id);
      if (model?.kind !== 'callCentre' || !model.dayPlan) return p;
      return updateModel(p, id, { dayPlan: setSlot(model.dayPlan, index, patch) });
    }),
  addModel: (kind: ServiceModel['kind'], name: string, id: string) =>
    step((p) => addModel(p, newModel(kind, name, id))),
  /** A copy of a model as a scenario of it, under `id`. */
  copyAsScenario: (id: string, name: string, copyId: string) =>
    step((p) => copyAsScenario(p, id, name, copyId)),
  deleteModel: (id: string) => step((p) => deleteModel(p, id)),
  /** Where a call centre's value of a call answered in time comes from: typed (null) or a customer's value. */
  linkValue: (id: string, link: CallCentreModel['valueLink']) =>
    step((p) => applyValueLinks(updateModel(p, id, { valueLink: link }))),
  /** Typing the calls that keep one customer: one undo step per run, the value follows. */
  typeValueLink: (id: string, link: NonNullable<CallCentreModel['valueLink']>) =>
    typing(`model:${id}:valueLink`, (p) => applyValueLinks(updateModel(p, id, { valueLink: link }))),
  endTyping,
};
