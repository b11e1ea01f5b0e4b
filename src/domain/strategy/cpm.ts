import { own } from '../project/own';

/**
 * Competitive profile matrix (David & David): critical success factors with weights summing to 1, each
 * player rated 1 (major weakness) – 4 (major strength); weighted score = weight × rating, summed per player.
 * An unrated cell counts nothing and is listed, so that a total is never quietly too low.
 */
export function cpmTotals(
  factors: ReadonlyArray<{ id: string; weight: number; ratings: Record<string, number | null> }>,
  players: readonly string[],
): { totals: Record<string, number>; unrated: Array<{ factor: string; player: string }> } {
  const totals: Record<string, number> = Object.fromEntries(players.map((p) => [p, 0]));
  const unrated: Array<{ factor: string; player: string }> = [];
  for (const f of factors)
    for (const p of players) {
      const r = own(f.ratings, p);
      if (r === null || r === undefined) unrated.push({ factor: f.id, player: p });
      else {
        if (!Number.isInteger(r) || r < 1 || r > 4)
          throw new RangeError(`rating of ${p} for ${f.id} must be a whole number 1–4 (found ${r})`);
        totals[p]! += f.weight * r;
      }
    }
  return { totals, unrated };
}
