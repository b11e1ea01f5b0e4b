import { LIMITS } from '../project/limits';
import { spreadOf, type Spread } from './spread';

/** Counts of the scores 1–5 (index 0 counts the 1s), as a project keeps a workshop's spread. */
export type Histogram = number[];

/** The counts of whole scores 1–5 in `values` (others are not counted), each at most the schema's limit. */
export function histogramOf(values: readonly number[]): Histogram {
  const counts = [0, 0, 0, 0, 0];
  for (const v of values) if (Number.isInteger(v) && v >= 1 && v <= 5) counts[v - 1]! += 1;
  return counts.map((n) => Math.min(n, LIMITS.participantsPerRecord));
}

/** The scores a histogram counts, in ascending order. */
export function valuesOf(histogram: readonly number[]): number[] {
  return histogram.flatMap((n, i) => Array.from({ length: n }, () => i + 1));
}

/** Mean, sample standard deviation and range of the scores a histogram counts. */
export const spreadOfHistogram = (histogram: readonly number[]): Spread => spreadOf(valuesOf(histogram));
