import { bench, describe } from 'vitest';
import { compileFormula } from '../../src/domain/formula/formula';
import { hyperbolicCost, serviceLevelGrid } from '../../src/domain/service-cost/curves';
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
