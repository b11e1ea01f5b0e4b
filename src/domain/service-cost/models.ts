import type { CallCentreModel, GenericModel, InventoryModel, ServiceModel } from '../project/types';
import { serviceLevelGrid } from './curves';
import {
  agentsForServiceLevel,
  callCentre,
  scanCallCentre,
  scheduledAgents,
  trafficErlangs,
  type CallCentreResult,
} from './erlang';
import { cycleServiceLevel, fillRate, inverseNormalCdf, leadTimeStdDev } from './inventory';
import { costPerExtraPoint, optimalServiceLevel, profitCurve } from './optimum';
import { curveFromSpec, FormulaValueError } from './curveSpec';
import type { CurvesResult, ModelCurves, ModelPoint, ModelResult } from './modelTypes';

export type { ModelCurves, ModelPoint, ModelProblem, ModelResult, ModelView } from './modelTypes';
export { CURVE_PARAMS } from './curveSpec';

const POINTS = 201;
/**
 * A call centre's curve and staffing table show every agent count up to this many; a wider range shows every
 * k-th count, plus each count where the service level has moved a point or more since the last one shown (at
 * most 100 more: the steep part of the curve stays whole), the required and the most profitable.
 */
export const CALL_CENTRE_POINTS = 121;
const SERVICE_LEVEL_STEP = 0.01;

/** Every how many agents the curve keeps a point, so that a range of `length` counts shows at most CALL_CENTRE_POINTS. */
function curveStep(length: number): number {
  // Room for the last count, the required and the most profitable besides the every-k-th ones.
  return Math.max(1, Math.ceil(length / (CALL_CENTRE_POINTS - 3)));
}

function genericCurves(model: GenericModel): CurvesResult {
  const cost = curveFromSpec(model.cost, 'cost');
  if (!cost.ok) return cost;
  const revenue = curveFromSpec(model.revenue, 'revenue');
  if (!revenue.ok) return revenue;
  try {
    const { from, to } = model.range;
    const curve = profitCurve(cost.value, revenue.value, serviceLevelGrid(from, to, POINTS));
    const best = optimalServiceLevel(cost.value, revenue.value, from, to);
    const pointAt = (s: number): ModelPoint => {
      const c = cost.value(s);
      const r = revenue.value(s);
      return { serviceLevel: s, cost: c, revenue: r, profit: r - c };
    };
    return {
      ok: true,
      value: {
        points: curve.map((p) => ({
          serviceLevel: p.serviceLevel,
          cost: p.cost,
          revenue: p.revenue,
          profit: p.profit,
          marginalCost: p.marginalCost,
          marginalRevenue: p.marginalRevenue,
        })),
        optimum: best,
        pointAt,
        extraPointCosts:
          to >= 0.91 ? costPerExtraPoint(cost.value, Math.max(0.9, from), Math.min(0.99, to)) : [],
      },
    };
  } catch (error) {
    const field = error instanceof FormulaValueError ? error.field : 'range';
    return { ok: false, error: { field, message: (error as Error).message } };
  }
}

function callCentreCurves(model: CallCentreModel): CurvesResult {
  try {
    const base = {
      callsPerInterval: model.callsPerInterval,
      intervalSec: model.intervalSec,
      handleTimeSec: model.handleTimeSec,
      targetAnswerSec: model.targetAnswerSec,
    };
    const a = trafficErlangs(model.callsPerInterval, model.intervalSec, model.handleTimeSec);
    const required = agentsForServiceLevel({
      ...base,
      serviceLevel: model.serviceLevelTarget,
      maxOccupancy: model.maxOccupancy ?? undefined,
    });
    const hours = model.intervalSec / 3600;
    const costOf = (agents: number) => (agents / (1 - model.shrinkage)) * model.costPerAgentHour * hours;
    const revenueOf = (r: CallCentreResult) =>
      model.valuePerCallInTime === null
        ? null
        : model.valuePerCallInTime * model.callsPerInterval * r.serviceLevel;
    const toPoint = (agents: number, r: CallCentreResult): ModelPoint => {
      const revenue = revenueOf(r);
      const cost = costOf(agents);
      return {
        serviceLevel: r.serviceLevel,
        cost,
        revenue,
        profit: revenue === null ? null : revenue - cost,
        lever: agents,
        queue: r,
      };
    };
    const point = (agents: number) => toPoint(agents, callCentre({ ...base, agents }));
    const first = Math.floor(a) + 1;
    const last = Math.max(required + 8, first + 4);
    // One pass of the Erlang B recursion for the whole curve: linear in the number of agents. Only the agent
    // counts shown are kept, and the most profitable is tracked over all of them.
    const step = curveStep(last - first + 1);
    const points: ModelPoint[] = [];
    let optimum: ModelPoint | null = null;
    scanCallCentre(base, first, last - first + 1, (r, n, i) => {
      const profit = revenueOf(r) === null ? null : revenueOf(r)! - costOf(n);
      const best = profit !== null && (optimum === null || profit > optimum.profit!);
      const shown =
        i % step === 0 ||
        n === required ||
        n === last ||
        Math.abs(r.serviceLevel - points.at(-1)!.serviceLevel) >= SERVICE_LEVEL_STEP;
      if (best || shown) {
        const p = toPoint(n, r);
        if (best) optimum = p;
        if (shown) points.push(p);
      }
      const done = r.serviceLevel > 0.999 && n > required;
      if (done && points.at(-1)!.lever !== n) points.push(toPoint(n, r));
      return done;
    });
    if (optimum !== null && !points.includes(optimum)) {
      const at = points.findIndex((p) => p.lever! > optimum!.lever!);
      points.splice(at === -1 ? points.length : at, 0, optimum);
    }
    return {
      ok: true,
      value: {
        points,
        optimum,
        pointAt: point,
        extraPointCosts: [],
        callCentre: {
          trafficErlangs: a,
          requiredAgents: required,
          scheduledAgents: scheduledAgents(required, model.shrinkage),
          agentStep: step,
        },
      },
    };
  } catch (error) {
    return { ok: false, error: { field: 'callCentre', message: (error as Error).message } };
  }
}

function inventoryCurves(model: InventoryModel): CurvesResult {
  try {
    const demand = {
      demandStdDevPerPeriod: model.demandStdDevPerPeriod,
      leadTimePeriods: model.leadTimePeriods,
      leadTimeStdDevPeriods: model.leadTimeStdDevPeriods,
      demandPerPeriod: model.demandPerPeriod,
    };
    const sigma = leadTimeStdDev(demand);
    const point = (safetyStock: number): ModelPoint => ({
      serviceLevel: cycleServiceLevel({ safetyStock, ...demand }),
      fillRate: fillRate({ safetyStock, orderQuantity: model.orderQuantity, ...demand }),
      cost: Math.max(0, safetyStock) * model.holdingCostPerUnitPerPeriod,
      revenue: null,
      profit: null,
      lever: safetyStock,
    });
    // Safety stock from 0 to 3.5 σ_L: cycle service level 50% to 99.98%.
    const points = Array.from({ length: POINTS }, (_, i) => point((3.5 * sigma * i) / (POINTS - 1)));
    const costAt = (csl: number) =>
      Math.max(0, inverseNormalCdf(csl) * sigma) * model.holdingCostPerUnitPerPeriod;
    return {
      ok: true,
      value: {
        points,
        optimum: null,
        pointAt: point,
        extraPointCosts: costPerExtraPoint(costAt, 0.9, 0.99),
      },
    };
  } catch (error) {
    return { ok: false, error: { field: 'inventory', message: (error as Error).message } };
  }
}

/** The curves and optimum of a model: what stays the same while today's operating point is dragged. */
export function modelCurves(model: ServiceModel): CurvesResult {
  switch (model.kind) {
    case 'generic':
      return genericCurves(model);
    case 'callCentre':
      return callCentreCurves(model);
    case 'inventory':
      return inventoryCurves(model);
  }
}

/** The value a model's operating slider drags: today's service level, agents or safety stock. */
export function operatingValue(model: ServiceModel): number {
  switch (model.kind) {
    case 'generic':
      return model.operatingServiceLevel;
    case 'callCentre':
      return model.agents;
    case 'inventory':
      return model.safetyStock;
  }
}

function withOperating(model: ServiceModel, curves: ModelCurves): ModelResult {
  const value = operatingValue(model);
  try {
    const operating = curves.pointAt(value);
    if (model.kind === 'generic' && !Number.isFinite(operating.profit ?? 0))
      throw new RangeError(`profit is not finite at today's service level ${value}`);
    const { callCentre } = curves;
    return {
      ok: true,
      value: {
        points: curves.points,
        optimum: curves.optimum,
        extraPointCosts: curves.extraPointCosts,
        operating,
        ...(callCentre && {
          callCentre: { ...callCentre, unstable: value <= callCentre.trafficErlangs },
        }),
      },
    };
  } catch (error) {
    const field =
      error instanceof FormulaValueError ? error.field : model.kind === 'generic' ? 'range' : model.kind;
    return { ok: false, error: { field, message: (error as Error).message } };
  }
}

/** The curves, optimum and operating point of any model, or the first problem with the field it is in. */
export function evaluateModel(model: ServiceModel): ModelResult {
  const curves = modelCurves(model);
  return curves.ok ? withOperating(model, curves.value) : curves;
}

/** What the curves depend on: the model without its name and operating value. */
function curvesKey(model: ServiceModel): string {
  const operatingField =
    model.kind === 'generic'
      ? 'operatingServiceLevel'
      : model.kind === 'callCentre'
        ? 'agents'
        : 'safetyStock';
  return JSON.stringify({ ...model, name: null, [operatingField]: null });
}

/**
 * `evaluateModel` with memory, for a page where a slider drags today's operating point: the curves (and so
 * the arrays the charts draw) are reused while only the operating value changes, and an unchanged model
 * object gets the very same result back.
 */
export function createModelEvaluator(capacity = 32): (model: ServiceModel) => ModelResult {
  const curvesCache = new Map<string, CurvesResult>();
  const results = new WeakMap<ServiceModel, ModelResult>();
  return (model) => {
    const known = results.get(model);
    if (known) return known;
    const key = curvesKey(model);
    let curves = curvesCache.get(key);
    if (curves) curvesCache.delete(key);
    else curves = modelCurves(model);
    curvesCache.set(key, curves); // most recently used last
    if (curvesCache.size > capacity) curvesCache.delete(curvesCache.keys().next().value!);
    const result = curves.ok ? withOperating(model, curves.value) : curves;
    results.set(model, result);
    return result;
  };
}
