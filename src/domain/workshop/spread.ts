/** What a group's ratings of one thing say: how many, the mean, the spread (sample standard deviation). */
export interface Spread {
  n: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null with fewer than two ratings. */
  sd: number | null;
  min: number | null;
  max: number | null;
}

/** The spread from which a group is said to disagree: a standard deviation of 1 point or more on a 1–5 scale. */
export const DISAGREEMENT_SD = 1;

/** Mean, sample standard deviation and range of `values`. */
export function spreadOf(values: readonly number[]): Spread {
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null, min: null, max: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = n < 2 ? null : Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1));
  return { n, mean, sd, min: Math.min(...values), max: Math.max(...values) };
}

/** A mean rating as the whole number a 1–5 field takes (halves round up, as a team would read 3.5 as 4). */
export function wholeRating(mean: number, min = 1, max = 5): number {
  return Math.min(max, Math.max(min, Math.floor(mean + 0.5)));
}
