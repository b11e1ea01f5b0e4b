/**
 * What a customer is worth: the course's lifetime spend (the KFC exercise), word of mouth, and the
 * retention-based lifetime value. Each function throws a RangeError naming the input that is out of range
 * (callers check with `valueInputProblems` first); nothing is clamped.
 */

const finite = (name: string, v: number) => {
  if (!Number.isFinite(v)) throw new RangeError(`${name} must be a finite number (got ${v})`);
};
const atLeast = (name: string, v: number, min: number) => {
  finite(name, v);
  if (v < min) throw new RangeError(`${name} must be at least ${min} (got ${v})`);
};
const within = (name: string, v: number, min: number, max: number) => {
  finite(name, v);
  if (v < min || v > max) throw new RangeError(`${name} must be within ${min}–${max} (got ${v})`);
};

/** Lifetime spend of one customer, in money: spend per visit × visits per year × years. */
export function courseLifetimeValue(input: {
  spendPerVisit: number;
  visitsPerYear: number;
  years: number;
}): number {
  atLeast('spendPerVisit', input.spendPerVisit, 0);
  atLeast('visitsPerYear', input.visitsPerYear, 0);
  atLeast('years', input.years, 0);
  return input.spendPerVisit * input.visitsPerYear * input.years;
}

/**
 * Word of mouth from one customer: a satisfied one tells `toldIfSatisfied` people, a dissatisfied one
 * `toldIfDissatisfied`, and `conversionRate` (0–1) of the listeners become customers or stay away; the
 * customers gained and lost and their value (each worth `customerValue`, in money).
 */
export function wordOfMouth(input: {
  customerValue: number;
  toldIfSatisfied: number;
  toldIfDissatisfied: number;
  conversionRate: number;
}): { gainedCustomers: number; lostCustomers: number; gainedValue: number; lostValue: number } {
  atLeast('customerValue', input.customerValue, 0);
  atLeast('toldIfSatisfied', input.toldIfSatisfied, 0);
  atLeast('toldIfDissatisfied', input.toldIfDissatisfied, 0);
  within('conversionRate', input.conversionRate, 0, 1);
  const gainedCustomers = input.toldIfSatisfied * input.conversionRate;
  const lostCustomers = input.toldIfDissatisfied * input.conversionRate;
  return {
    gainedCustomers,
    lostCustomers,
    gainedValue: gainedCustomers * input.customerValue,
    lostValue: lostCustomers * input.customerValue,
  };
}

/** The most periods a finite horizon sums over. */
export const MAX_PERIODS = 1000;

/**
 * Retention-based customer lifetime value, in money: margin `m` per period, retention rate `r` (0–1) and
 * discount rate `i` (0–1) per period. Infinite horizon (no `periods`): m·r/(1+i−r), or m·(1+i)/(1+i−r) when the
 * first margin comes at the start; a finite horizon of T periods sums t = 1…T of m·r^t/(1+i)^t, or of
 * m·r^(t−1)/(1+i)^(t−1) at the start. The acquisition cost (≥ 0) is subtracted.
 */
export function retentionLifetimeValue(input: {
  marginPerPeriod: number;
  retentionRate: number;
  discountRate: number;
  periods?: number;
  marginAtStart?: boolean;
  acquisitionCost?: number;
}): number {
  const { marginPerPeriod: m, retentionRate: r, discountRate: i, periods } = input;
  const atStart = input.marginAtStart ?? false;
  const cost = input.acquisitionCost ?? 0;
  finite('marginPerPeriod', m);
  within('retentionRate', r, 0, 1);
  within('discountRate', i, 0, 1);
  atLeast('acquisitionCost', cost, 0);
  if (periods === undefined) {
    if (1 + i - r <= 0)
      throw new RangeError('an infinite horizon needs a retention rate below 1 + the discount rate');
    return (atStart ? (m * (1 + i)) / (1 + i - r) : (m * r) / (1 + i - r)) - cost;
  }
  if (!Number.isInteger(periods) || periods < 1 || periods > MAX_PERIODS)
    throw new RangeError(`periods must be a whole number within 1–${MAX_PERIODS} (got ${periods})`);
  const q = r / (1 + i);
  let term = atStart ? 1 : q;
  let sum = 0;
  for (let t = 1; t <= periods; t += 1) {
    sum += term;
    term *= q;
  }
  return m * sum - cost;
}
