import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adbudgRevenue,
  exponentialCost,
  hyperbolicCost,
  logisticRevenue,
  modifiedExponentialRevenue,
  serviceLevelGrid,
} from '../../../src/domain/service-cost/curves';
import { classifyMove } from '../../../src/domain/service-cost/moves';
import {
  costPerExtraPoint,
  optimalServiceLevel,
  profitCurve,
} from '../../../src/domain/service-cost/optimum';
import { compareProductivity, decomposeProductivity } from '../../../src/domain/service-cost/productivity';

describe('curve families', () => {
  it('evaluate as written', () => {
    expect(exponentialCost({ a: 10, b: Math.log(2) })(1)).toBeCloseTo(20, 12);
    expect(hyperbolicCost({ a: 100, b: 10, k: 2 })(0.5)).toBe(140);
    expect(modifiedExponentialRevenue({ a: 1000, b: Math.log(2), c: 50 })(1)).toBeCloseTo(550, 9);
    expect(logisticRevenue({ a: 100, b: -5, c: 10, d: 0 })(0.5)).toBeCloseTo(50, 12);
    expect(adbudgRevenue({ a: 100, b: 20, c: 2, d: 0.25 })(0.5)).toBeCloseTo(60, 12);
  });

  it('refuse a service level of 1 where cost is infinite, and bad parameters', () => {
    expect(() => hyperbolicCost({ a: 1, b: 1, k: 1 })(1)).toThrow(/infinite at a service level of 1/);
    expect(() => hyperbolicCost({ a: 1, b: -1, k: 1 })).toThrow(/b and k must be > 0/);
    expect(() => exponentialCost({ a: 0, b: 1 })).toThrow(/a must be > 0/);
    expect(() => adbudgRevenue({ a: 1, b: 0, c: 0, d: 1 })).toThrow(/c and d must be > 0/);
    expect(() => serviceLevelGrid(0.5, 1.2, 10)).toThrow(/0 ≤ from < to ≤ 1/);
  });

  it('cost curves are finite and rising on their domain (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0.01, max: 1e5, noNaN: true }),
        fc.double({ min: 0.1, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 0.998, noNaN: true }),
        (a, b, k, s) => {
          const c = hyperbolicCost({ a, b, k });
          expect(Number.isFinite(c(s))).toBe(true);
          expect(c(s + 0.001)).toBeGreaterThanOrEqual(c(s));
        },
      ),
    );
  });
});

describe('optimal service level', () => {
  it('finds s* = 1 − √(b/m) for linear revenue m·s against a + b/(1 − s)', () => {
    // P'(s) = m − b/(1 − s)² = 0 ⇒ s* = 1 − √(b/m); with m = 10,000 and b = 100, s* = 0.9.
    const opt = optimalServiceLevel(hyperbolicCost({ a: 500, b: 100, k: 1 }), (s) => 10_000 * s, 0.5, 0.99);
    expect(opt.serviceLevel).toBeCloseTo(0.9, 6);
    expect(opt.profit).toBeCloseTo(9000 - 500 - 1000, 3);
  });

  it('finds s* = ln(ab / pq) / (b + q) for a(1 − e^(−bs)) against p·e^(qs)', () => {
    const opt = optimalServiceLevel(
      exponentialCost({ a: 10, b: 3 }),
      modifiedExponentialRevenue({ a: 1000, b: 5, c: 0 }),
      0,
      1,
    );
    expect(opt.serviceLevel).toBeCloseTo(Math.log((1000 * 5) / (10 * 3)) / 8, 6);
  });

  it('has marginal revenue equal to marginal cost at an interior optimum', () => {
    const cost = hyperbolicCost({ a: 500, b: 100, k: 1 });
    const revenue = (s: number) => 10_000 * s;
    const [point] = profitCurve(cost, revenue, [0.9 - 1e-3, 0.9, 0.9 + 1e-3]).slice(1);
    // Marginals come from neighbouring grid points (here 0.001 apart), so they agree to about 0.01%.
    expect(Math.abs(point!.marginalCost - point!.marginalRevenue) / point!.marginalRevenue).toBeLessThan(
      2e-4,
    );
    expect(point!.profit).toBeCloseTo(7500, 6);
  });

  it('says what each extra point near 100% costs, and that it keeps rising', () => {
    const steps = costPerExtraPoint(hyperbolicCost({ a: 0, b: 100, k: 1 }), 0.95, 0.99);
    expect(steps.map((x) => x.to)).toEqual([0.96, 0.97, 0.98, 0.99]);
    expect(steps[0]!.extraCost).toBeCloseTo(100 / 0.04 - 100 / 0.05, 6);
    steps.slice(1).forEach((x, i) => expect(x.extraCost).toBeGreaterThan(steps[i]!.extraCost));
  });

  it('reports a non-finite point instead of passing NaN on to a chart', () => {
    expect(() =>
      profitCurve(
        (s) => 1 / (s - 0.5),
        (s) => s,
        [0.4, 0.5, 0.6],
      ),
    ).toThrow(/at a service level of 0.5/);
  });
});

describe('the four cost–service moves', () => {
  const base = { serviceLevel: 0.9, cost: 1000 };
  it.each([
    [{ serviceLevel: 0.9, cost: 900 }, 'keep-service-lower-cost'],
    [{ serviceLevel: 0.95, cost: 1000 }, 'keep-cost-raise-service'],
    [{ serviceLevel: 0.95, cost: 1200 }, 'raise-service-add-cost'],
    [{ serviceLevel: 0.95, cost: 800 }, 'raise-service-lower-cost'],
    [{ serviceLevel: 0.85, cost: 800 }, 'lower-service-lower-cost'],
    [{ serviceLevel: 0.85, cost: 1100 }, 'worse'],
    [{ serviceLevel: 0.9, cost: 1100 }, 'worse'],
    [{ serviceLevel: 0.9004, cost: 1002 }, 'no-change'],
  ] as const)('%o is %s', (scenario, move) => {
    expect(classifyMove(base, scenario)).toBe(move);
  });
});

describe('service productivity (Grönroos and Ojasalo)', () => {
  it('decomposes revenue/cost into external × capacity × internal efficiency', () => {
    const p = decomposeProductivity({ revenue: 120_000, cost: 80_000, output: 2_200, capacity: 2_750 });
    expect(p.externalEfficiency * p.capacityEfficiency * p.internalEfficiency).toBeCloseTo(
      p.productivity,
      12,
    );
    expect(p.productivity).toBe(1.5);
    expect(p.capacityEfficiency).toBe(0.8);
    const better = decomposeProductivity({ revenue: 120_000, cost: 72_000, output: 2_200, capacity: 2_500 });
    const ratio = compareProductivity(p, better);
    expect(ratio.capacityEfficiency).toBeCloseTo(1.1, 12);
    expect(ratio.externalEfficiency).toBe(1);
    expect(() => decomposeProductivity({ revenue: 1, cost: 0, output: 1, capacity: 1 })).toThrow(
      /cost must be > 0/,
    );
  });
});
