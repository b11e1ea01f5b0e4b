import type { Problem, Result } from '../project/result';

export type AbcClass = 'A' | 'B' | 'C';

export interface AbcRow {
  id: string;
  value: number;
  /** value / total, 0–1. */
  share: number;
  /** The shares of this item and every item ranked before it, 0–1. */
  cumulativeShare: number;
  class: AbcClass;
}

/** The course's cut-offs: A until 80% of the total, B until 95%, C the rest. */
export const DEFAULT_ABC_CUTOFFS = { a: 0.8, b: 0.95 } as const;

/**
 * ABC classification by cumulative share: ranked by value descending (ties by id ascending), an item is A while
 * the cumulative share of the items ranked before it is below `a`, B while below `b`, else C — so the item that
 * crosses a cut-off still belongs to the class below it. Refuses negative or non-finite values, duplicate
 * ids, a zero total and cut-offs outside 0 < a ≤ b ≤ 1, each with its path.
 */
export function abcClassify(
  items: Array<{ id: string; value: number }>,
  cutoffs: { a: number; b: number } = DEFAULT_ABC_CUTOFFS,
): Result<AbcRow[]> {
  const errors: Problem[] = [];
  const cut = (name: 'a' | 'b', v: number) => (Number.isFinite(v) && v > 0 && v <= 1 ? null : name);
  for (const name of ['a', 'b'] as const)
    if (cut(name, cutoffs[name]))
      errors.push({
        path: `cutoffs.${name}`,
        message: `must be above 0 and at most 1 (got ${cutoffs[name]})`,
      });
  if (errors.length === 0 && cutoffs.a > cutoffs.b)
    errors.push({ path: 'cutoffs.b', message: `must be at least the A cut-off ${cutoffs.a}` });
  const seen = new Set<string>();
  let total = 0;
  items.forEach((item, i) => {
    if (!Number.isFinite(item.value) || item.value < 0)
      errors.push({
        path: `items[${i}].value`,
        message: `must be a number of at least 0 (got ${item.value})`,
      });
    else total += item.value;
    if (seen.has(item.id)) errors.push({ path: `items[${i}].id`, message: `“${item.id}” is listed twice` });
    seen.add(item.id);
  });
  if (errors.length === 0 && items.length > 0 && total === 0)
    errors.push({ path: 'items', message: 'every value is 0: there is nothing to share out' });
  if (errors.length > 0) return { ok: false, errors };

  const ranked = [...items].sort((x, y) =>
    y.value !== x.value ? y.value - x.value : x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
  );
  // Shares before an item come from the sum of the values before it (exact for whole amounts), and a share
  // within 1e-12 of a cut-off counts as reaching it, so that 50 + 30 of 100 is 80% and not 79.999…%.
  const below = (share: number, cutoff: number) => share < cutoff - 1e-12;
  let sumBefore = 0;
  const rows = ranked.map(({ id, value }): AbcRow => {
    const before = sumBefore / total;
    sumBefore += value;
    return {
      id,
      value,
      share: value / total,
      cumulativeShare: sumBefore / total,
      class: below(before, cutoffs.a) ? 'A' : below(before, cutoffs.b) ? 'B' : 'C',
    };
  });
  return { ok: true, value: rows };
}
