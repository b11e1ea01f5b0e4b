/**
 * Cost and revenue (benefit) of a service level s, a fraction 0–1. Each family returns a function of s
 * built from its parameters; parameters out of range are reported, never clamped.
 */

export type CurveFn = (s: number) => number;

export const COST_FAMILIES = ['exponential', 'hyperbolic'] as const;
export const REVENUE_FAMILIES = ['modifiedExponential', 'logistic', 'adbudg'] as const;
export type CostFamily = (typeof COST_FAMILIES)[number];
export type RevenueFamily = (typeof REVENUE_FAMILIES)[number];

function finite(name: string, value: number): void {
  if (!Number.isFinite(value))
    throw new RangeError(`parameter ${name} must be a finite number (got ${value})`);
}

/** Exponential cost C(s) = a·e^(b·s): a > 0 the cost at s = 0, b the growth rate. */
export function exponentialCost({ a, b }: { a: number; b: number }): CurveFn {
  finite('a', a);
  finite('b', b);
  if (a <= 0) throw new RangeError(`a must be > 0 (got ${a})`);
  return (s) => a * Math.exp(b * s);
}

/**
 * Cost that explodes towards full service, C(s) = a + b / (1 − s)^k, for s < 1: a ≥ 0 the fixed cost,
 * b > 0 the scale, k > 0 how sharply cost rises near 100%. Infinite at s = 1, so s = 1 is refused.
 */
export function hyperbolicCost({ a, b, k }: { a: number; b: number; k: number }): CurveFn {
  finite('a', a);
  finite('b', b);
  finite('k', k);
  if (b <= 0 || k <= 0) throw new RangeError(`b and k must be > 0 (got b = ${b}, k = ${k})`);
  return (s) => {
    if (s >= 1)
      throw new RangeError(`cost a + b/(1 − s)^k is infinite at a service level of ${s}; use s below 1`);
    return a + b / (1 - s) ** k;
  };
}

/** Modified exponential revenue R(s) = a(1 − e^(−b·s)) + c: saturates at a + c. */
export function modifiedExponentialRevenue({ a, b, c }: { a: number; b: number; c: number }): CurveFn {
  finite('a', a);
  finite('b', b);
  finite('c', c);
  return (s) => a * (1 - Math.exp(-b * s)) + c;
}

/** Logistic revenue R(s) = a / (1 + e^(−(b + c·s))) + d: an S-curve with its steepest part at s = −b/c. */
export function logisticRevenue({ a, b, c, d }: { a: number; b: number; c: number; d: number }): CurveFn {
  for (const [name, v] of Object.entries({ a, b, c, d })) finite(name, v);
  return (s) => a / (1 + Math.exp(-(b + c * s))) + d;
}

/**
 * ADBUDG revenue R(s) = b + (a − b)·s^c / (d + s^c) (Little 1970): b at s = 0, approaching a; c > 0
 * shapes it (c > 1 S-shaped), d > 0 sets where half the response is reached.
 */
export function adbudgRevenue({ a, b, c, d }: { a: number; b: number; c: number; d: number }): CurveFn {
  for (const [name, v] of Object.entries({ a, b, c, d })) finite(name, v);
  if (c <= 0 || d <= 0) throw new RangeError(`c and d must be > 0 (got c = ${c}, d = ${d})`);
  return (s) => {
    if (s < 0) throw new RangeError(`the service level must be ≥ 0 (got ${s})`);
    return b + ((a - b) * s ** c) / (d + s ** c);
  };
}

/** `n` evenly spaced service levels from `from` to `to` (inclusive), 0 ≤ from < to ≤ 1. */
export function serviceLevelGrid(from: number, to: number, n: number): number[] {
  if (!(from >= 0 && to <= 1 && from < to))
    throw new RangeError(`the range must satisfy 0 ≤ from < to ≤ 1 (got ${from}–${to})`);
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`at least 2 points are needed (got ${n})`);
  return Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
}
