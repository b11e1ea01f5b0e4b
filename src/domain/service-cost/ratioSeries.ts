import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';

/** A sum too large for a double, kept as exp(logScale) × each field. */
export interface ScaledSums {
  logScale: number;
  /** Σ u_j */
  sum: number;
  /** Σ j·u_j */
  indexSum: number;
  /** Σ u_j·H_j with H_j = Σ_{i=1..j} 1/(x+i) */
  harmonicSum: number;
}

const EPSILON = 1e-17;

/**
 * The series u_j = Π_{i=1..j} c/(x+i) for j ≥ `start` (u_0 = 1), which is Kummer's M(1, x+1, c) and so the
 * scaled lower incomplete gamma function x·e^c·c^−x·γ(x, c) (Abramowitz & Stegun 6.5.29 and 13.1.2).
 * The terms rise while c > x + j and fall after, so the sum starts at the largest term and walks out both
 * ways until a term no longer counts: about 9·√max(x, c) terms, where summing from j = 0 would need c − x
 * more (millions when few agents face a large, patient queue).
 */
export function ratioSeries(c: number, x: number, start: number): ScaledSums {
  const peak = Math.max(start, Math.floor(c - x));
  const logScale = peak === 0 ? 0 : peak * Math.log(c) - (gammaln(x + peak + 1) - gammaln(x + 1));
  const harmonicAtPeak = peak === 0 ? 0 : digamma(x + peak + 1) - digamma(x + 1);
  let sum = 1;
  let indexSum = peak;
  let harmonicSum = harmonicAtPeak;

  let term = 1;
  let harmonic = harmonicAtPeak;
  for (let j = peak + 1; ; j += 1) {
    term *= c / (x + j);
    harmonic += 1 / (x + j);
    sum += term;
    indexSum += j * term;
    harmonicSum += harmonic * term;
    if (term < EPSILON * sum) break;
  }
  term = 1;
  harmonic = harmonicAtPeak;
  for (let j = peak; j > start; j -= 1) {
    term *= (x + j) / c;
    harmonic -= 1 / (x + j);
    sum += term;
    indexSum += (j - 1) * term;
    harmonicSum += Math.max(0, harmonic) * term;
    if (term < EPSILON * sum) break;
  }
  return { logScale, sum, indexSum, harmonicSum };
}
