/** The AHP judgment key of two criteria, in the order they are listed. */
export const ahpKey = (a: string, b: string) => `${a}|${b}`;

/**
 * Saaty's random consistency index (The Analytic Hierarchy Process, 1980) for matrices of order 1–10:
 * the mean consistency index of random reciprocal matrices on the 1–9 scale.
 */
export const SAATY_RANDOM_INDEX = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49] as const;
export const RANDOM_INDEX_SOURCE = 'Saaty (1980)';
/** Saaty's scale in the order a pair is offered: 9 … 2 for the first, 1 equal, 1/2 … 1/9 for the second. */
export const SAATY_SCALE: readonly number[] = [
  9,
  8,
  7,
  6,
  5,
  4,
  3,
  2,
  1,
  1 / 2,
  1 / 3,
  1 / 4,
  1 / 5,
  1 / 6,
  1 / 7,
  1 / 8,
  1 / 9,
];

/** A consistency ratio above this asks the team to revisit its judgments (Saaty). */
export const CONSISTENCY_LIMIT = 0.1;

export interface AhpResult {
  weights: number[];
  lambdaMax: number;
  consistencyIndex: number;
  /** CI / RI; 0 for matrices of order 1 and 2, which are always consistent. */
  consistencyRatio: number;
}

/**
 * Weights from a reciprocal pairwise-comparison matrix (a[i][j] = how much more important i is than j, on
 * Saaty's 1–9 scale; a[j][i] = 1 / a[i][j]): the principal eigenvector by power iteration, normalised to
 * sum 1, with λmax, CI = (λmax − n)/(n − 1) and CR = CI/RI.
 */
export function ahpWeights(matrix: number[][]): AhpResult {
  const n = matrix.length;
  if (n === 0) throw new RangeError('the comparison matrix is empty');
  if (n > SAATY_RANDOM_INDEX.length)
    throw new RangeError(`at most ${SAATY_RANDOM_INDEX.length} criteria can be compared (found ${n})`);
  matrix.forEach((row, i) => {
    if (row.length !== n) throw new RangeError(`row ${i + 1} has ${row.length} entries; ${n} expected`);
    row.forEach((v, j) => {
      if (!Number.isFinite(v) || v <= 0)
        throw new RangeError(`entry (${i + 1}, ${j + 1}) must be a positive number (found ${v})`);
    });
  });
  let w = Array.from({ length: n }, () => 1 / n);
  for (let iteration = 0; iteration < 1000; iteration += 1) {
    const next = matrix.map((row) => row.reduce((sum, v, j) => sum + v * w[j]!, 0));
    const total = next.reduce((a, b) => a + b, 0);
    const normalised = next.map((v) => v / total);
    const change = normalised.reduce((m, v, i) => Math.max(m, Math.abs(v - w[i]!)), 0);
    w = normalised;
    if (change < 1e-12) break;
  }
  const aw = matrix.map((row) => row.reduce((sum, v, j) => sum + v * w[j]!, 0));
  const lambdaMax = aw.reduce((sum, v, i) => sum + v / w[i]!, 0) / n;
  const consistencyIndex = n > 1 ? Math.max(0, (lambdaMax - n) / (n - 1)) : 0;
  const ri = SAATY_RANDOM_INDEX[n - 1]!;
  return { weights: w, lambdaMax, consistencyIndex, consistencyRatio: ri === 0 ? 0 : consistencyIndex / ri };
}

/**
 * The full reciprocal matrix from the judgments above the diagonal: `judgments[i][j - i - 1]` compares
 * criterion i with j (> 1: i more important; < 1: j more important).
 */
export function reciprocalMatrix(n: number, judgment: (i: number, j: number) => number): number[][] {
  const m = Array.from({ length: n }, () => Array.from({ length: n }, () => 1));
  for (let i = 0; i < n; i += 1)
    for (let j = i + 1; j < n; j += 1) {
      const v = judgment(i, j);
      m[i]![j] = v;
      m[j]![i] = 1 / v;
    }
  return m;
}
