import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface MonteCarloInput {
  weights: number[];
  /** scores[alternative][criterion]; null for a dash (stays a dash in every run). */
  scores: Array<Array<number | null>>;
  seed: number;
  runs?: number;
  /** Each weight is multiplied by 1 + U(−spread, spread), then all are rescaled to the same sum. */
  weightSpread?: number;
  /** Each score moves by U(−spread, spread) points, kept within the scale. */
  scoreSpread?: number;
  scale?: { min: number; max: number };
  /**
   * draws[alternative][criterion]: how many participants gave each score 1–5 (a workshop's counts). Where a
   * cell has counts, each run draws one participant's score from them instead of moving the fixed score.
   */
  draws?: Array<Array<readonly number[] | null>>;
}

export interface MonteCarloResult {
  runs: number;
  /** Share of runs in which each alternative ranked first (a tie shares the run). */
  firstShare: number[];
}

/** The score (1–5) at the fraction `u` (0 ≤ u < 1) of the counts: each participant's score equally likely. */
function drawFrom(counts: readonly number[], u: number): number {
  const total = counts.reduce((a, b) => a + b, 0);
  let left = u * total;
  for (let i = 0; i < counts.length; i += 1) {
    left -= counts[i]!;
    if (left < 0) return i + 1;
  }
  return counts.length;
}

/**
 * Perturbs the weights and scores at random, reproducibly from `seed` (xoroshiro128+), and counts how often
 * each alternative comes first.
 */
export function monteCarloFirst(input: MonteCarloInput): MonteCarloResult {
  const { weights, scores, seed } = input;
  const runs = input.runs ?? 2000;
  const weightSpread = input.weightSpread ?? 0.2;
  const scoreSpread = input.scoreSpread ?? 0.5;
  const scale = input.scale ?? { min: 1, max: 4 };
  const rng = xoroshiro128plus(seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * uniformFloat64(rng);
  const sum = weights.reduce((a, b) => a + b, 0);
  // The cells with participants' counts, looked up once rather than in every run.
  const drawable = scores.map((row, a) =>
    row.map((_, c) => {
      const counts = input.draws?.[a]?.[c];
      return counts && counts.some((n) => n > 0) ? counts : null;
    }),
  );
  const wins = scores.map(() => 0);
  const totals = scores.map(() => 0);
  for (let run = 0; run < runs; run += 1) {
    const drawn = weights.map((w) => w * (1 + between(-weightSpread, weightSpread)));
    const drawnSum = drawn.reduce((a, b) => a + b, 0);
    const w = drawn.map((v) => (drawnSum > 0 ? (v * sum) / drawnSum : 0));
    scores.forEach((row, a) => {
      let total = 0;
      row.forEach((s, c) => {
        if (s === null) return;
        const counts = drawable[a]![c];
        const moved = counts
          ? drawFrom(counts, uniformFloat64(rng))
          : Math.min(scale.max, Math.max(scale.min, s + between(-scoreSpread, scoreSpread)));
        total += w[c]! * moved;
      });
      totals[a] = total;
    });
    const best = Math.max(...totals);
    const leaders = totals.filter((t) => Math.abs(t - best) < 1e-12).length;
    totals.forEach((t, a) => {
      if (Math.abs(t - best) < 1e-12) wins[a]! += 1 / leaders;
    });
  }
  return { runs, firstShare: wins.map((w) => w / runs) };
}
