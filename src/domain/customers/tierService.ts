import type { Project, ServiceModel } from '../project/types';
import { evaluateModel } from '../service-cost/models';
import type { ModelResult } from '../service-cost/modelTypes';
import type { AbcClass } from './abc';
import { abcAnalysis, type AbcClassSummary } from './tiers';

/** The model or scenario that serves a class, and how many of the model's periods make a year. */
export interface ClassServiceLink {
  modelId: string | null;
  periodsPerYear: number;
}

/** A model as far as a class needs it: its name, and its operating point (or its problem). */
export interface ServingModel {
  id: string;
  name: string;
  result: ModelResult;
}

export interface ClassService {
  class: AbcClass;
  tier: AbcClassSummary['tier'];
  customers: number;
  /** The class's revenue or profit per year. */
  value: number;
  /** null: no model chosen, or the model cannot be evaluated (`problem`). */
  model: { id: string; name: string } | null;
  problem: 'modelUnknown' | 'modelError' | null;
  /** The model's service level today (0–1) and its cost per model period and per year. */
  serviceLevel: number | null;
  costPerPeriod: number | null;
  periodsPerYear: number;
  costPerYear: number | null;
  /** Cost per year for each customer of the class; null without customers or without a cost. */
  costPerCustomer: number | null;
}

export interface TierService {
  classes: ClassService[];
  /** Sums over the classes; the cost only counts classes with a model (`costedClasses` of them). */
  total: { customers: number; value: number; costPerYear: number; costedClasses: number };
}

/**
 * What serving each ABC class costs: the service level and cost of the model or scenario chosen for it (at the
 * model's operating point, i.e. today's agents, safety stock or service level), the cost scaled to a year by
 * the periods the user gives, per class and in total. A class with no model, or one whose model is gone or
 * cannot be evaluated, has no cost and is left out of the total cost (and says why).
 */
export function tierService(
  classes: readonly AbcClassSummary[],
  links: Record<AbcClass, ClassServiceLink>,
  models: readonly ServingModel[],
): TierService {
  const byId = new Map(models.map((m) => [m.id, m]));
  const out = classes.map((c): ClassService => {
    const link = links[c.class];
    const base = {
      class: c.class,
      tier: c.tier,
      customers: c.customers,
      value: c.value,
      periodsPerYear: link.periodsPerYear,
      serviceLevel: null,
      costPerPeriod: null,
      costPerYear: null,
      costPerCustomer: null,
    };
    if (link.modelId === null) return { ...base, model: null, problem: null };
    const model = byId.get(link.modelId);
    if (!model) return { ...base, model: null, problem: 'modelUnknown' };
    const named = { id: model.id, name: model.name };
    if (!model.result.ok) return { ...base, model: named, problem: 'modelError' };
    const { operating } = model.result.value;
    const costPerYear = operating.cost * link.periodsPerYear;
    return {
      ...base,
      model: named,
      problem: null,
      serviceLevel: operating.serviceLevel,
      costPerPeriod: operating.cost,
      costPerYear,
      costPerCustomer: c.customers > 0 ? costPerYear / c.customers : null,
    };
  });
  const costed = out.filter((c) => c.costPerYear !== null);
  return {
    classes: out,
    total: {
      customers: out.reduce((n, c) => n + c.customers, 0),
      value: out.reduce((n, c) => n + c.value, 0),
      costPerYear: costed.reduce((n, c) => n + c.costPerYear!, 0),
      costedClasses: costed.length,
    },
  };
}

/**
 * How many of a model's periods make a year when it is first chosen: a call centre's intervals around the
 * clock every day (the user corrects it for opening hours), one for any other model.
 */
export function suggestedPeriodsPerYear(model: { kind: string; intervalSec?: number }): number {
  if (model.kind === 'callCentre' && model.intervalSec && model.intervalSec > 0)
    return Math.round((365 * 24 * 3600) / model.intervalSec);
  return 1;
}

/**
 * The project's classes with what serving each costs (see `tierService`), evaluating only the models the
 * classes point to; null while the customers cannot be classed (a negative value).
 */
export function projectTierService(
  project: Project,
  evaluate: (model: ServiceModel) => ModelResult = evaluateModel,
): TierService | null {
  const { segments, abc } = project.customers;
  const analysis = abcAnalysis(segments, abc);
  if (!analysis.ok) return null;
  return tierService(
    analysis.value.classes,
    abc.service,
    servingModels(project.serviceModels, abc.service, evaluate),
  );
}

/** The models some class points to, each evaluated once (the others are not evaluated at all). */
export function servingModels(
  models: readonly ServiceModel[],
  links: Record<AbcClass, ClassServiceLink>,
  evaluate: (model: ServiceModel) => ModelResult = evaluateModel,
): ServingModel[] {
  const wanted = new Set(Object.values(links).map((l) => l.modelId));
  return models.filter((m) => wanted.has(m.id)).map((m) => ({ id: m.id, name: m.name, result: evaluate(m) }));
}
