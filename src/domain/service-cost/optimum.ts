import type { CurveFn } from './curves';

export interface CurvePoint {
  serviceLevel: number;
  cost: number;
  revenue: number;
  profit: number;
  /** dC/ds and dR/ds per unit of service level (divide by 100 for "per percentage point"). */
  marginalCost: number;
  marginalRevenue: number;
}

/** Slope of sampled values: central differences inside, one-sided at the ends (numpy's gradient). */
function gradient(xs: readonly number[], ys: readonly number[]): number[] {
  const n = xs.length;
  if (n < 2) return ys.map(() => 0);
  return ys.map((_, i) => {
    const a = Math.max(0, i - 1);
    const b = Math.min(n - 1, i + 1);
    return (ys[b]! - ys[a]!) / (xs[b]! - xs[a]!);
  });
}

/**
 * Cost, revenue, profit P = R − C and the marginal curves at each service level of the grid; each curve
 * is evaluated once per point and the marginals come from neighbouring points. Throws a RangeError naming
 * the service level where a curve is not a finite number, so no NaN reaches a chart.
 */
export function profitCurve(cost: CurveFn, revenue: CurveFn, grid: readonly number[]): CurvePoint[] {
  const costs = grid.map(cost);
  const revenues = grid.map(revenue);
  grid.forEach((s, i) => {
    if (!Number.isFinite(costs[i]!)) throw new RangeError(`cost is ${costs[i]} at a service level of ${s}`);
    if (!Number.isFinite(revenues[i]!))
      throw new RangeError(`revenue is ${revenues[i]} at a service level of ${s}`);
  });
  const mc = gradient(grid, costs);
  const mr = gradient(grid, revenues);
  return grid.map((s, i) => ({
    serviceLevel: s,
    cost: costs[i]!,
    revenue: revenues[i]!,
    profit: revenues[i]! - costs[i]!,
    marginalCost: mc[i]!,
    marginalRevenue: mr[i]!,
  }));
}

/**
 * The service level in [lo, hi] with the highest profit R − C: the best grid point, then refined by
 * golden-section search in the cells around it (profit curves of these families are unimodal there).
 */
export function optimalServiceLevel(
  cost: CurveFn,
  revenue: CurveFn,
  lo: number,
  hi: number,
  gridPoints = 100,
): { serviceLevel: number; profit: number; cost: number; revenue: number } {
  const profit = (s: number) => revenue(s) - cost(s);
  let best = lo;
  let bestValue = -Infinity;
  for (let i = 0; i < gridPoints; i += 1) {
    const s = lo + ((hi - lo) * i) / (gridPoints - 1);
    const v = profit(s);
    if (!Number.isFinite(v)) throw new RangeError(`profit is ${v} at a service level of ${s}`);
    if (v > bestValue) {
      bestValue = v;
      best = s;
    }
  }
  const step = (hi - lo) / (gridPoints - 1);
  let a = Math.max(lo, best - step);
  let b = Math.min(hi, best + step);
  const ratio = (Math.sqrt(5) - 1) / 2;
  let x1 = b - ratio * (b - a);
  let x2 = a + ratio * (b - a);
  let f1 = profit(x1);
  let f2 = profit(x2);
  for (let i = 0; i < 100 && b - a > 1e-10; i += 1) {
    if (f1 < f2) {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + ratio * (b - a);
      f2 = profit(x2);
    } else {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = b - ratio * (b - a);
      f1 = profit(x1);
    }
  }
  const s = profit((a + b) / 2) >= bestValue ? (a + b) / 2 : best;
  return { serviceLevel: s, profit: profit(s), cost: cost(s), revenue: revenue(s) };
}

/** What each extra percentage point of service costs, C(s + 0.01) − C(s), from `from` up to `to` − 1 point. */
export function costPerExtraPoint(
  cost: CurveFn,
  from = 0.9,
  to = 0.99,
): Array<{ from: number; to: number; extraCost: number }> {
  const out: Array<{ from: number; to: number; extraCost: number }> = [];
  for (let p = Math.round(from * 100); p < Math.round(to * 100); p += 1) {
    const extraCost = cost((p + 1) / 100) - cost(p / 100);
    if (!Number.isFinite(extraCost))
      throw new RangeError(`the cost of going from ${p}% to ${p + 1}% is not finite`);
    out.push({ from: p / 100, to: (p + 1) / 100, extraCost });
  }
  return out;
}
