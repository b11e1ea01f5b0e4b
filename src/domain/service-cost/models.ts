import type { GenericModel, InventoryModel, ServiceModel } from '../project/types';
import { serviceLevelGrid } from './curves';
import { callCentreCurves } from './callCentreCurves';
import { channelCurves } from './channelCurves';
import { cycleServiceLevel, fillRate, inverseNormalCdf, leadTimeStdDev } from './inventory';
import { costPerExtraPoint, optimalServiceLevel, profitCurve } from './optimum';
import { curveFromSpec, FormulaValueError } from './curveSpec';
import type { CurvesResult, ModelCurves, ModelPoint, ModelResult } from './modelTypes';

export type { ModelCurves, ModelPoint, ModelProblem, ModelResult, ModelView } from './modelTypes';
export { CURVE_PARAMS } from './curveSpec';
export { CALL_CENTRE_POINTS } from './callCentreCurves';

const POINTS = 201;

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
    case 'channels':
      return channelCurves(model);
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
    case 'channels':
      // No slider: today is the mix as typed.
      return 0;
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
          callCentre: {
            ...callCentre,
            unstable: callCentre.formula === 'erlangC' && value <= callCentre.trafficErlangs,
          },
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

/** What the curves depend on: the model without its name, operating value and day plan. */
function curvesKey(model: ServiceModel): string {
  const operatingField =
    model.kind === 'generic'
      ? 'operatingServiceLevel'
      : model.kind === 'callCentre'
        ? 'agents'
        : 'safetyStock';
  // A call centre's day plan is planned on its own (dayPlan.ts): editing it leaves the model's curves alone.
  return JSON.stringify({ ...model, name: null, [operatingField]: null, dayPlan: null });
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
