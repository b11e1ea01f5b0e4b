import type { CallCentreModel } from '../project/types';
import { MAX_AGENTS, linesForBlocking, scheduledAgents } from './erlang';
import { queueModelOf, type QueueMeasures, type QueueModel } from './queueModel';
import type { CurvesResult, HighTarget, ModelPoint } from './modelTypes';

/**
 * A call centre's curve and staffing table show every agent count up to this many; a wider range shows every
 * k-th count, plus each count where the service level has moved a point or more since the last one shown (at
 * most 100 more: the steep part of the curve stays whole), the required and the most profitable.
 */
export const CALL_CENTRE_POINTS = 121;
const SERVICE_LEVEL_STEP = 0.01;
const ZIGZAG = 3;

/** The targets approaching 100% whose staffing and cost a call centre shows (DHL's "100% within 13 s"). */
export const HIGH_TARGETS = [0.8, 0.9, 0.95, 0.99, 0.999, 0.9999];

/** Every how many agents the curve keeps a point, so that a range of `length` counts shows at most CALL_CENTRE_POINTS. */
function curveStep(length: number): number {
  // Room for the last count, the required and the most profitable besides the every-k-th ones.
  return Math.max(1, Math.ceil(length / (CALL_CENTRE_POINTS - 3)));
}

/**
 * Money per the model's interval: the staff scheduled for `agents` on the phones (whole people, as the
 * staffing table, the high targets and the day plan count them) times their time, plus, when callers hang
 * up, the value they take with them.
 */
function costFunction(model: CallCentreModel): (agents: number, m: QueueMeasures) => number {
  const hours = model.intervalSec / 3600;
  const lostPerCall = model.patienceSec === null ? 0 : (model.costPerAbandonedCall ?? 0);
  return (agents, m) =>
    scheduledAgents(agents, model.shrinkage) * model.costPerAgentHour * hours +
    lostPerCall * model.callsPerInterval * m.probAbandon;
}

/** Staffing and cost for the model's target and the targets approaching 100%, each row against the one before. */
function highTargets(
  model: CallCentreModel,
  queue: QueueModel,
  costOf: (agents: number, m: QueueMeasures) => number,
): HighTarget[] {
  const targets = [...new Set([...HIGH_TARGETS, model.serviceLevelTarget])].sort((a, b) => a - b);
  const rows: HighTarget[] = [];
  for (const serviceLevel of targets) {
    let agents: number | null = null;
    try {
      agents = queue.requiredFor(serviceLevel);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
    const cost = agents === null ? null : costOf(agents, queue.at(agents));
    const before = rows.at(-1);
    rows.push({
      serviceLevel,
      agents,
      scheduledAgents: agents === null ? null : scheduledAgents(agents, model.shrinkage),
      cost,
      costPerExtraPoint:
        before?.cost == null || cost === null
          ? null
          : (cost - before.cost) / ((serviceLevel - before.serviceLevel) * 100),
    });
  }
  return rows;
}

/** The most profitable count within `stride` of the best one on a strided curve, by ternary search (profit is all but unimodal in agents). */
function refineOptimum(
  best: ModelPoint,
  stride: number,
  first: number,
  last: number,
  toPoint: (agents: number, m: QueueMeasures) => ModelPoint,
  queue: QueueModel,
): ModelPoint {
  const at = (n: number) => toPoint(n, queue.at(n));
  let lo = Math.max(first, best.lever! - stride + 1);
  let hi = Math.min(last, best.lever! + stride - 1);
  while (hi - lo > 2) {
    const m1 = lo + Math.floor((hi - lo) / 3);
    const m2 = hi - Math.floor((hi - lo) / 3);
    if (at(m1).profit! < at(m2).profit!) lo = m1 + 1;
    else hi = m2 - 1;
  }
  // Whole staff make the cost a staircase, so profit can zigzag by a count or two near its top: look a few
  // counts either side of where the search ended.
  let out = best;
  for (let n = Math.max(first, lo - ZIGZAG), end = Math.min(last, hi + ZIGZAG); n <= end; n += 1) {
    const p = at(n);
    if (p.profit! > out.profit!) out = p;
  }
  return out;
}

/** The curves, staffing, high targets and lines of a call-centre model (Erlang C, or Erlang A with patience). */
export function callCentreCurves(model: CallCentreModel): CurvesResult {
  try {
    const queue = queueModelOf(model);
    const required = queue.requiredFor(model.serviceLevelTarget);
    const costOf = costFunction(model);
    const revenueOf = (m: QueueMeasures) =>
      model.valuePerCallInTime === null
        ? null
        : model.valuePerCallInTime * model.callsPerInterval * m.serviceLevel;
    const toPoint = (agents: number, m: QueueMeasures): ModelPoint => {
      const revenue = revenueOf(m);
      const cost = costOf(agents, m);
      return {
        serviceLevel: m.serviceLevel,
        cost,
        revenue,
        profit: revenue === null ? null : revenue - cost,
        lever: agents,
        queue: m,
      };
    };
    const first = Math.min(queue.firstAgents, required);
    const last = Math.min(MAX_AGENTS, Math.max(required + 8, first + 4));
    // One pass of the Erlang B recursion for the whole curve: linear in the number of agents. Only the agent
    // counts shown are kept, and the most profitable is tracked over all of them.
    const step = curveStep(last - first + 1);
    const points: ModelPoint[] = [];
    let optimum: ModelPoint | null = null;
    // Erlang A costs a series per count: on a wide range it computes the counts shown, and the optimum is
    // then narrowed down between its neighbours.
    const stride = queue.formula === 'erlangA' ? step : 1;
    const wanted = (n: number, i: number) => i % stride === 0 || n === required || n === last;
    queue.scan(
      first,
      last - first + 1,
      (m, n, i) => {
        const revenue = revenueOf(m);
        const profit = revenue === null ? null : revenue - costOf(n, m);
        const best = profit !== null && (optimum === null || profit > optimum.profit!);
        const shown =
          i % step === 0 ||
          n === required ||
          n === last ||
          Math.abs(m.serviceLevel - points.at(-1)!.serviceLevel) >= SERVICE_LEVEL_STEP;
        if (best || shown) {
          const p = toPoint(n, m);
          if (best) optimum = p;
          if (shown) points.push(p);
        }
        const done = m.serviceLevel > 0.999 && n > required;
        if (done && points.at(-1)!.lever !== n) points.push(toPoint(n, m));
        return done;
      },
      wanted,
    );
    if (optimum !== null && stride > 1) optimum = refineOptimum(optimum, stride, first, last, toPoint, queue);
    if (optimum !== null && !points.includes(optimum)) {
      const at = points.findIndex((p) => p.lever! > optimum!.lever!);
      points.splice(at === -1 ? points.length : at, 0, optimum);
    }
    return {
      ok: true,
      value: {
        points,
        optimum,
        pointAt: (agents) => toPoint(agents, queue.at(agents)),
        extraPointCosts: [],
        callCentre: {
          trafficErlangs: queue.trafficErlangs,
          requiredAgents: required,
          scheduledAgents: scheduledAgents(required, model.shrinkage),
          agentStep: step,
          formula: queue.formula,
          highTargets: highTargets(model, queue, costOf),
          lines:
            model.maxBlocking === null ? null : linesForBlocking(queue.trafficErlangs, model.maxBlocking),
        },
      },
    };
  } catch (error) {
    return { ok: false, error: { field: 'callCentre', message: (error as Error).message } };
  }
}
