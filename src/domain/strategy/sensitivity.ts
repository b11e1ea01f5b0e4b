const EPS = 1e-12;

/** Σ wᵢ·sᵢ. */
export const weightedTotal = (weights: readonly number[], scores: readonly number[]): number =>
  weights.reduce((sum, w, i) => sum + w * (scores[i] ?? 0), 0);

/**
 * The weights when criterion `criterion` is set to `weight` and the others are rescaled in proportion, so
 * that the sum stays the same.
 */
export function reweight(weights: readonly number[], criterion: number, weight: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const rest = sum - weights[criterion]!;
  const factor = rest > 0 ? (sum - weight) / rest : 0;
  return weights.map((w, i) => (i === criterion ? weight : w * factor));
}

/**
 * The weight of `criterion` at which alternatives A and B tie when the other weights are rescaled in
 * proportion (the sum of the weights kept); null when no weight in (0, 1) does it (they never tie, or
 * they tie at every weight).
 *
 * With S = Σw, R = Σ_{i≠c} wᵢ(aᵢ − bᵢ) and the others scaled by (S − x)/(S − w_c), the difference is linear
 * in x: x·(a_c − b_c) + (S − x)·R/(S − w_c), so the tie is where that line crosses zero.
 */
export function rankFlipWeight(
  weights: number[],
  scoresA: number[],
  scoresB: number[],
  criterion: number,
): number | null {
  const sum = weights.reduce((a, b) => a + b, 0);
  const rest = sum - weights[criterion]!;
  if (rest <= EPS) return null;
  let r = 0;
  weights.forEach((w, i) => {
    if (i !== criterion) r += w * (scoresA[i]! - scoresB[i]!);
  });
  const k = r / rest;
  const slope = scoresA[criterion]! - scoresB[criterion]! - k;
  if (Math.abs(slope) < EPS) return null;
  const x = (-sum * k) / slope;
  return x > 0 && x < Math.min(1, sum) ? x : null;
}

export interface LeaderRange {
  criterion: number;
  weight: number;
  /** Below this weight another alternative leads (null: none does down to 0). */
  lower: number | null;
  lowerChallenger: number | null;
  /** Above this weight another alternative leads (null: none does up to 1). */
  upper: number | null;
  upperChallenger: number | null;
  /** The smallest change of this weight that changes the leader; null when none does. */
  shift: number | null;
}

/** Index of the highest total; the first of equals. */
export function leaderOf(weights: readonly number[], scores: readonly number[][]): number {
  let best = 0;
  scores.forEach((s, i) => {
    if (weightedTotal(weights, s) > weightedTotal(weights, scores[best]!) + EPS) best = i;
  });
  return best;
}

/**
 * For each criterion, the range of its weight over which today's leader stays first (the others rescaled
 * in proportion): the bars of a tornado chart, most sensitive first when sorted by `shift`.
 * `scores[alternative][criterion]`, a dash given as 0 for every alternative.
 */
export function leaderRanges(weights: number[], scores: number[][]): LeaderRange[] {
  const leader = leaderOf(weights, scores);
  return weights.map((weight, criterion) => {
    let lower: number | null = null;
    let upper: number | null = null;
    let lowerChallenger: number | null = null;
    let upperChallenger: number | null = null;
    scores.forEach((s, other) => {
      if (other === leader) return;
      const x = rankFlipWeight(weights, scores[leader]!, s, criterion);
      if (x === null) return;
      if (x >= weight && (upper === null || x < upper)) {
        upper = x;
        upperChallenger = other;
      }
      if (x < weight && (lower === null || x > lower)) {
        lower = x;
        lowerChallenger = other;
      }
    });
    const shifts = [lower === null ? null : weight - lower, upper === null ? null : upper - weight].filter(
      (v): v is number => v !== null,
    );
    return {
      criterion,
      weight,
      lower,
      lowerChallenger,
      upper,
      upperChallenger,
      shift: shifts.length ? Math.min(...shifts) : null,
    };
  });
}
