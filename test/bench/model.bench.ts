import { bench, describe } from 'vitest';
import { compileFormula } from '../../src/domain/formula/formula';
import { hyperbolicCost, serviceLevelGrid } from '../../src/domain/service-cost/curves';
import { newModel } from '../../src/domain/service-cost/edit';
import { evaluateModel } from '../../src/domain/service-cost/models';
import { optimalServiceLevel, profitCurve } from '../../src/domain/service-cost/optimum';

// The budget: a full model recompute (500-point curves, marginals, optimum) under 2 ms.
const grid = serviceLevelGrid(0.5, 0.99, 500);
const cost = hyperbolicCost({ a: 20_000, b: 400, k: 1.2 });
const revenueFormula = compileFormula('a * (1 - exp(-b * s)) + c', ['s', 'a', 'b', 'c']);
if (!revenueFormula.ok) throw new Error(revenueFormula.error.message);
const revenue = (s: number) => revenueFormula.value({ s, a: 60_000, b: 4, c: 0 });

describe('full model recompute, 500 points', () => {
  bench('built-in curves: profit curve + marginals + optimum', () => {
    profitCurve(cost, (s) => 60_000 * (1 - Math.exp(-4 * s)), grid);
    optimalServiceLevel(cost, (s) => 60_000 * (1 - Math.exp(-4 * s)), 0.5, 0.99);
  });
  bench('typed revenue formula: profit curve + marginals + optimum', () => {
    profitCurve(cost, revenue, grid);
    optimalServiceLevel(cost, revenue, 0.5, 0.99);
  });
});

// Issue 11: 2,200,000 calls per interval froze the page for 51 s (a curve quadratic in the agent count), and a
// 1% occupancy limit counted agents one by one up to 100 times the traffic. Traffic stops at 100,000 Erlangs and
// staffing at 100,000 agents; these are the longest curves the ranges allow, and a course-sized centre.
const callCentreModel = (
  callsPerInterval: number,
  handleTimeSec: number,
  maxOccupancy: number | null = null,
) => {
  const model = newModel('callCentre', 'bench');
  if (model.kind !== 'callCentre') throw new Error('not a call centre');
  return { ...model, callsPerInterval, intervalSec: 1800, handleTimeSec, maxOccupancy };
};
describe('call-centre model, whole evaluation', () => {
  bench('DHL-sized: 46 calls per half hour', () => {
    evaluateModel(callCentreModel(46, 300));
  });
  bench('the most traffic 100,000 agents staff: 99,000 Erlangs', () => {
    evaluateModel(callCentreModel(99_000, 1800));
  });
  bench('the widest curve: 1,000 Erlangs at 1% occupancy (100,000 agents, 99,000 counts)', () => {
    evaluateModel(callCentreModel(1_000, 1800, 0.01));
  });
});

// A channel mix's curve staffs each agent channel for 51 targets: at 100,000 contacts per 5 minutes (phone
// 42,000 Erlangs, chat 32,000, e-mail 10,000) each asked Erlang B from scratch (60 ms); kept tables, 3–5 ms.
describe('channel mix, whole evaluation', () => {
  const mix = newModel('channels', 'bench');
  bench('100,000 contacts per 5 minutes, phone/chat/e-mail/self', () => {
    evaluateModel({ ...mix, kind: 'channels', contactsPerInterval: 100_000, intervalSec: 300 } as typeof mix);
  });
});
