import type { LeaderRange } from './sensitivity';

/** Below this shift of one weight, the winner is called fragile; from ROBUST_SHIFT on, robust. */
export const FRAGILE_SHIFT = 0.05;
export const ROBUST_SHIFT = 0.1;
/** Monte Carlo share of first places below which the winner is fragile, and from which it is robust. */
export const FRAGILE_SHARE = 0.6;
export const ROBUST_SHARE = 0.8;

export type Verdict =
  | { kind: 'robust'; share: number | null }
  | { kind: 'moderate'; criterion: number | null; shift: number | null; share: number | null }
  | { kind: 'fragile'; criterion: number | null; shift: number | null; share: number | null };

/**
 * A plain-language verdict on the leader: fragile when a small change of one weight (< 0.05) changes the
 * winner or it comes first in fewer than 60% of the Monte Carlo runs; robust when no weight needs less than
 * a 0.10 change and it wins at least 80% of runs; moderately robust in between.
 */
export function verdict(ranges: readonly LeaderRange[], leaderShare: number | null): Verdict {
  const critical = ranges
    .filter((r): r is LeaderRange & { shift: number } => r.shift !== null)
    .sort((a, b) => a.shift - b.shift)[0];
  const shift = critical?.shift ?? null;
  const criterion = critical?.criterion ?? null;
  if ((shift !== null && shift < FRAGILE_SHIFT) || (leaderShare !== null && leaderShare < FRAGILE_SHARE))
    return { kind: 'fragile', criterion, shift, share: leaderShare };
  if ((shift === null || shift >= ROBUST_SHIFT) && (leaderShare === null || leaderShare >= ROBUST_SHARE))
    return { kind: 'robust', share: leaderShare };
  return { kind: 'moderate', criterion, shift, share: leaderShare };
}
