/** RFM: recency, frequency and monetary value per customer, from transactions, and their 1–`bins` scores. */

export interface Transaction {
  customerId: string;
  /** A calendar date `YYYY-MM-DD` (a time after it, as in an ISO timestamp, is ignored). */
  date: string;
  /** Money; a refund may be negative. */
  amount: number;
}

export interface RfmCustomer {
  id: string;
  /** Whole days from the last purchase to the analysis date. */
  recencyDays: number;
  /** Number of transactions. */
  frequency: number;
  /** Their total, in money. */
  monetary: number;
}

export interface RfmScore {
  id: string;
  r: number;
  f: number;
  m: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or null if it is not a real calendar date. */
export function dayNumber(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / MS_PER_DAY;
}

/**
 * Recency (whole days from the last purchase to `analysisDate`), frequency (number of transactions) and
 * monetary value (their total) per customer, ordered by customer id. Throws a RangeError naming the first
 * transaction with an unreadable date, a date after the analysis date, a non-finite amount or an empty id.
 */
export function rfmFromTransactions(transactions: Transaction[], analysisDate: string): RfmCustomer[] {
  const today = dayNumber(analysisDate);
  if (today === null) throw new RangeError(`analysisDate “${analysisDate}” is not a date YYYY-MM-DD`);
  const byId = new Map<string, { last: number; frequency: number; monetary: number }>();
  transactions.forEach((t, i) => {
    const day = dayNumber(t.date);
    if (day === null) throw new RangeError(`transactions[${i}].date “${t.date}” is not a date YYYY-MM-DD`);
    if (day > today) throw new RangeError(`transactions[${i}].date ${t.date} is after the analysis date`);
    if (!Number.isFinite(t.amount)) throw new RangeError(`transactions[${i}].amount is not a number`);
    if (t.customerId === '') throw new RangeError(`transactions[${i}].customerId is empty`);
    const c = byId.get(t.customerId);
    if (c) {
      if (day > c.last) c.last = day;
      c.frequency += 1;
      c.monetary += t.amount;
    } else byId.set(t.customerId, { last: day, frequency: 1, monetary: t.amount });
  });
  return [...byId]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, c]) => ({ id, recencyDays: today - c.last, frequency: c.frequency, monetary: c.monetary }));
}

/** Equal-count bins as SQL's `ntile`: ascending by value, ties by id; the k-th of n (0-based) gets ⌊k·bins/n⌋ + 1. */
function ntile(customers: readonly RfmCustomer[], value: (c: RfmCustomer) => number, bins: number): number[] {
  const order = customers.map((_, i) => i);
  order.sort((x, y) => {
    const a = customers[x]!;
    const b = customers[y]!;
    const d = value(a) - value(b);
    return d !== 0 ? d : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const out = new Array<number>(customers.length);
  const n = customers.length;
  order.forEach((index, k) => (out[index] = Math.floor((k * bins) / n) + 1));
  return out;
}

/**
 * 1–`bins` scores for recency, frequency and monetary value by equal-count bins (`ntile`), in the customers'
 * order; recency is reversed, so the most recent customers score `bins`. Throws a RangeError for `bins` that is
 * not a whole number within 2–10 or a customer with a non-finite value.
 */
export function rfmScores(customers: RfmCustomer[], bins = 5): RfmScore[] {
  if (!Number.isInteger(bins) || bins < 2 || bins > 10)
    throw new RangeError(`bins must be a whole number within 2–10 (got ${bins})`);
  customers.forEach((c, i) => {
    if (![c.recencyDays, c.frequency, c.monetary].every(Number.isFinite))
      throw new RangeError(`customers[${i}] has a value that is not a number`);
  });
  const r = ntile(customers, (c) => c.recencyDays, bins);
  const f = ntile(customers, (c) => c.frequency, bins);
  const m = ntile(customers, (c) => c.monetary, bins);
  return customers.map((c, i) => ({ id: c.id, r: bins + 1 - r[i]!, f: f[i]!, m: m[i]! }));
}
