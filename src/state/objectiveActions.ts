import { createId } from '../domain/project/ids';
import { objectiveSchema } from '../domain/project/objectivesSchema';
import type { Project } from '../domain/project/types';
import { endTyping, step, typing } from './edits';

type Objectives = Project['objectives'];

type Objective = Objectives['objectives'][number];
type Standard = Objectives['standards'][number];

const withObjectives = (p: Project, patch: Partial<Objectives>): Project => ({
  ...p,
  objectives: { ...p.objectives, ...patch },
});

/** The edits of the objectives and service standards, each with its undo behaviour. */
export const objectiveActions = {
  addObjective: (text: string) =>
    step((p) =>
      withObjectives(p, {
        objectives: [...p.objectives.objectives, { id: createId(), text, target: '', owner: '', due: '' }],
      }),
    ),
  /** Typing in one field of an objective: one undo step per run (a date picked is a run of one). */
  typeObjective: (id: string, field: Exclude<keyof Objective, 'id'>, value: string) => {
    // A due date is a day the schema stores (YYYY-MM-DD) or none; anything else would make the project unsavable.
    if (field === 'due' && !objectiveSchema.shape.due.safeParse(value).success) return;
    typing(`objectives:objective:${id}:${field}`, (p) =>
      withObjectives(p, {
        objectives: p.objectives.objectives.map((o) => (o.id === id ? { ...o, [field]: value } : o)),
      }),
    );
  },
  /** Removes an objective; an action of the plan that served it serves none (it keeps its words). */
  removeObjective: (id: string) =>
    step((p) => ({
      ...withObjectives(p, { objectives: p.objectives.objectives.filter((o) => o.id !== id) }),
      implementation: {
        ...p.implementation,
        actions: p.implementation.actions.map((a) =>
          a.objectiveId === id ? { ...a, objectiveId: null } : a,
        ),
      },
    })),
  addStandard: (kind: Standard['kind'], metric = '') =>
    step((p) =>
      withObjectives(p, {
        standards: [
          ...p.objectives.standards,
          { id: createId(), kind, metric, target: '', measure: '', link: null },
        ],
      }),
    ),
  typeStandard: (id: string, field: 'metric' | 'target' | 'measure', value: string) =>
    typing(`objectives:standard:${id}:${field}`, (p) =>
      withObjectives(p, {
        standards: p.objectives.standards.map((s) => (s.id === id ? { ...s, [field]: value } : s)),
      }),
    ),
  /** A standard's kind or the model or survey it is read from (chosen): one step each. */
  setStandard: (id: string, patch: Partial<Pick<Standard, 'kind' | 'link'>>) =>
    step((p) =>
      withObjectives(p, {
        standards: p.objectives.standards.map((s) => (s.id === id ? { ...s, ...patch } : s)),
      }),
    ),
  removeStandard: (id: string) =>
    step((p) => withObjectives(p, { standards: p.objectives.standards.filter((s) => s.id !== id) })),
  endTyping,
};
