/**
 * IFE / EFE scoring and the internal–external (IE) matrix, after F. R. David, Strategic Management:
 * Concepts and Cases (IFE and EFE matrices: weights 0–1 summing to 1, ratings 1–4, total = Σ weight × rating,
 * 2.5 the average; IE matrix: IFE total on x, EFE total on y, bands 1.0–1.99 / 2.0–2.99 / 3.0–4.0).
 */

export type IeCell = 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI' | 'VII' | 'VIII' | 'IX';
export type IePrescription = 'grow-build' | 'hold-maintain' | 'harvest-divest';

/** The average total of an IFE or EFE matrix: below is weak (internally) or poorly responding (externally). */
export const AVERAGE_TOTAL = 2.5;

/**
 * Σ weight × rating for IFE/EFE rows (weights 0–1, ratings 1–4). Throws a RangeError naming the row for a
 * value out of range: out-of-range input is an error to report, never to clamp. Check user input first
 * with `checkFactorMatrix` to show the problem where it was typed.
 */
export function weightedTotal(rows: Array<{ weight: number; rating: number }>): number {
  let total = 0;
  rows.forEach(({ weight, rating }, i) => {
    if (!Number.isFinite(weight) || weight < 0 || weight > 1)
      throw new RangeError(`row ${i + 1}: weight ${weight} is outside 0–1`);
    if (!Number.isFinite(rating) || rating < 1 || rating > 4)
      throw new RangeError(`row ${i + 1}: rating ${rating} is outside 1–4`);
    total += weight * rating;
  });
  return total;
}

const CELLS: readonly IeCell[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/** 0 for a strong total (3.0–4.0), 1 for average (2.0–2.99), 2 for weak (1.0–1.99). */
function band(total: number): 0 | 1 | 2 {
  if (total >= 3) return 0;
  if (total >= 2) return 1;
  return 2;
}

/**
 * The IE-matrix cell of a firm from its IFE total (x, drawn from 4 on the left to 1 on the right) and EFE
 * total (y, 4 at the top), cells I–IX numbered row by row from the top left, with David's prescription:
 * I, II, IV grow and build; III, V, VII hold and maintain; VI, VIII, IX harvest or divest.
 * Throws a RangeError for a total outside 1–4 (no matrix of ratings 1–4 with weights summing to 1 gives one).
 */
export function ieMatrixCell(
  ifeTotal: number,
  efeTotal: number,
): { cell: IeCell; prescription: IePrescription } {
  for (const [name, total] of [
    ['IFE', ifeTotal],
    ['EFE', efeTotal],
  ] as const) {
    if (!Number.isFinite(total) || total < 1 || total > 4)
      throw new RangeError(`${name} total ${total} is outside 1–4`);
  }
  return IE_CELLS[band(efeTotal) * 3 + band(ifeTotal)]!;
}

/** The cells on each anti-diagonal share a prescription: row + column 0–1 grow, 2 hold, 3–4 harvest. */
const prescriptionAt = (row: number, column: number): IePrescription =>
  row + column <= 1 ? 'grow-build' : row + column === 2 ? 'hold-maintain' : 'harvest-divest';

/** The nine IE cells row by row from the top left (strong IFE on the left, strong EFE at the top). */
export const IE_CELLS: ReadonlyArray<{ cell: IeCell; prescription: IePrescription }> = CELLS.map(
  (cell, i) => ({
    cell,
    prescription: prescriptionAt(Math.floor(i / 3), i % 3),
  }),
);

/** How far a weight sum may be from 1 and still count as 1 (it guards float error, not sloppy weights). */
export const WEIGHT_SUM_TOLERANCE = 5e-4;

export function weightsSumToOne(sum: number): boolean {
  return Math.abs(sum - 1) <= WEIGHT_SUM_TOLERANCE;
}

/**
 * A weight sum for display: two decimals, but never "1.00" for a sum that is not 1 — then as many decimals
 * as it takes (0.996 shows as "0.996", not "1.00"), so a wrong sum never looks right and a right one
 * (three weights of 1/3) never looks wrong.
 */
export function formatWeightSum(sum: number): string {
  if (weightsSumToOne(sum)) return '1.00';
  for (let digits = 2; digits <= 6; digits += 1) {
    const shown = sum.toFixed(digits);
    if (Number(shown) !== 1) return shown;
  }
  return sum.toPrecision(8);
}

/**
 * Rescales weights (each ≥ 0) in proportion so that they sum to 1; all-zero weights become equal.
 * Throws a RangeError for a negative or non-finite weight.
 */
export function normaliseWeights(weights: readonly number[]): number[] {
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight ${i + 1} (${w}) must be a number ≥ 0`);
  });
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 1 / weights.length);
  return weights.map((w) => w / sum);
}

/**
 * Normalised weights as a team writes them: each rounded to `decimals` places (2: hundredths) by the largest
 * remainder, so that the rounded weights still sum to exactly 1 (0.33 + 0.33 + 0.34, not three 0.33). Each is
 * within one unit of the last place of its exact share. Throws as `normaliseWeights` does.
 */
export function normaliseRounded(weights: readonly number[], decimals = 2): number[] {
  const exact = normaliseWeights(weights);
  const units = 10 ** decimals;
  const scaled = exact.map((w) => w * units);
  const floors = scaled.map(Math.floor);
  let left = units - floors.reduce((a, b) => a + b, 0);
  // The largest remainders get the units left over; ties go to the earlier weight.
  const order = scaled
    .map((v, i) => ({ i, rest: v - floors[i]! }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors.map((n) => n / units);
}
