import type { Result } from '../project/result';
import { abcClassify, type AbcClass, type AbcRow } from './abc';

export type ServiceTier = 'high' | 'medium' | 'low';

export interface Segment {
  id: string;
  name: string;
  /** Revenue or profit, in money. */
  value: number;
  /** Customers the row stands for. */
  customers: number;
}

export interface AbcClassSummary {
  class: AbcClass;
  tier: ServiceTier;
  /** Rows in the class, customers they stand for, and their shares of all customers and of the value (0–1). */
  rows: number;
  customers: number;
  customerShare: number;
  value: number;
  valueShare: number;
}

export interface AbcAnalysis {
  /** Every row ranked, with its class. */
  ranked: Array<AbcRow & { name: string; customers: number }>;
  classes: AbcClassSummary[];
  /** The ABC curve: cumulative share of customers (x) against cumulative share of value (y), both 0–1, from (0, 0). */
  curve: Array<{ x: number; y: number }>;
  /** The cut-offs the classes were drawn with (cumulative shares, 0–1). */
  cutoffs: { a: number; b: number };
}

const CLASSES: AbcClass[] = ['A', 'B', 'C'];

/**
 * The ABC classes of customers or segments (see `abcClassify`), each with the customers and value it holds and
 * its service tier, and the ABC curve. Refuses what `abcClassify` refuses, with paths into `segments`.
 */
export function abcAnalysis(
  segments: readonly Segment[],
  settings: { a: number; b: number; tiers: Record<AbcClass, ServiceTier> },
): Result<AbcAnalysis> {
  const classified = abcClassify(
    segments.map((s) => ({ id: s.id, value: s.value })),
    { a: settings.a, b: settings.b },
  );
  if (!classified.ok)
    return {
      ok: false,
      errors: classified.errors.map((e) => ({ ...e, path: e.path.replace(/^items/, 'segments') })),
    };
  const byId = new Map(segments.map((s) => [s.id, s]));
  const ranked = classified.value.map((row) => {
    const s = byId.get(row.id)!;
    return { ...row, name: s.name, customers: s.customers };
  });
  const totalCustomers = ranked.reduce((n, r) => n + r.customers, 0);
  const totalValue = ranked.reduce((n, r) => n + r.value, 0);
  const classes = CLASSES.map((c): AbcClassSummary => {
    const rows = ranked.filter((r) => r.class === c);
    const customers = rows.reduce((n, r) => n + r.customers, 0);
    const value = rows.reduce((n, r) => n + r.value, 0);
    return {
      class: c,
      tier: settings.tiers[c],
      rows: rows.length,
      customers,
      customerShare: totalCustomers > 0 ? customers / totalCustomers : 0,
      value,
      valueShare: totalValue > 0 ? value / totalValue : 0,
    };
  });
  let customersSoFar = 0;
  const curve = [{ x: 0, y: 0 }];
  for (const r of ranked) {
    customersSoFar += r.customers;
    curve.push({ x: customersSoFar / totalCustomers, y: r.cumulativeShare });
  }
  return { ok: true, value: { ranked, classes, curve, cutoffs: { a: settings.a, b: settings.b } } };
}
