import type { PestelFactor } from '../project/types';

/** A PEST(EL) factor's score, 1–25: impact (1–5) × likelihood (1–5); null until both are rated. */
export function pestelScore(factor: Pick<PestelFactor, 'impact' | 'likelihood'>): number | null {
  if (factor.impact === null || factor.likelihood === null) return null;
  return factor.impact * factor.likelihood;
}

/**
 * Factors ranked by score, highest first; ties by impact, then in their list order. Unscored factors
 * come last, in list order.
 */
export function rankFactors(
  factors: readonly PestelFactor[],
): Array<{ factor: PestelFactor; score: number | null; rank: number | null }> {
  const indexed = factors.map((factor, index) => ({ factor, index, score: pestelScore(factor) }));
  indexed.sort((a, b) => {
    if (a.score === null || b.score === null)
      return a.score === null ? (b.score === null ? a.index - b.index : 1) : -1;
    return b.score - a.score || (b.factor.impact ?? 0) - (a.factor.impact ?? 0) || a.index - b.index;
  });
  let rank = 0;
  return indexed.map(({ factor, score }) => ({ factor, score, rank: score === null ? null : ++rank }));
}

/**
 * Sideways offsets (in likelihood units) that keep factors with the same impact and likelihood from
 * hiding each other on the bubble chart: n factors at one point spread 0.3 apart, centred on it.
 */
export function spreadCoincident(factors: readonly PestelFactor[]): Map<string, number> {
  const groups = new Map<string, string[]>();
  for (const f of factors) {
    if (f.impact === null || f.likelihood === null) continue;
    const key = `${f.impact}:${f.likelihood}`;
    groups.set(key, [...(groups.get(key) ?? []), f.id]);
  }
  const offsets = new Map<string, number>();
  for (const ids of groups.values())
    ids.forEach((id, k) => offsets.set(id, (k - (ids.length - 1) / 2) * 0.3));
  return offsets;
}
