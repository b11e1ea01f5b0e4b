import type { Problem, Result } from '../project/result';
import { own } from '../project/own';

export interface QspmInput {
  /** Key factors with their weights (IFE + EFE weights, so 2.0 in all; or criteria summing to 1). */
  factors: Array<{ id: string; weight: number }>;
  /**
   * Attractiveness score per factor id: 1 (not attractive) – 4 (highly attractive), or null for a dash
   * (the factor does not affect this choice). A factor with no entry has not been scored yet.
   */
  alternatives: Array<{ id: string; scores: Record<string, number | null> }>;
  /** The score scale; QSPM's attractiveness scores are 1–4 (the default). */
  scale?: { min: number; max: number };
}

export interface QspmResult {
  /** Sum of total attractiveness scores (STAS) per alternative id. */
  totals: Record<string, number>;
  /** Alternative ids, most attractive first; ties keep the input order. */
  ranking: string[];
}

/** Total attractiveness score of one cell: weight × attractiveness score (a dash counts nothing). */
export const tas = (weight: number, score: number | null): number => (score === null ? 0 : weight * score);

/**
 * Quantitative strategic planning matrix (David & David): TAS = weight × AS, summed per alternative.
 * Refuses, naming the cell, a score outside 1–4 or not whole, a factor not scored for every alternative,
 * and a row where some alternatives got a dash and others a score (a dash must go to all of them).
 */
export function qspm(input: QspmInput): Result<QspmResult> {
  const errors: Problem[] = [];
  const { min, max } = input.scale ?? { min: 1, max: 4 };
  input.factors.forEach((factor, row) => {
    if (!Number.isFinite(factor.weight) || factor.weight < 0)
      errors.push({
        path: `factors[${row}].weight`,
        message: `weight of "${factor.id}" must be a number from 0 (found ${factor.weight})`,
        code: 'qspmBadWeight',
        params: { factor: factor.id, found: String(factor.weight) },
      });
    let dashes = 0;
    let scored = 0;
    input.alternatives.forEach((alt, col) => {
      const score = own(alt.scores, factor.id);
      const path = `alternatives[${col}].scores.${factor.id}`;
      if (score === undefined) {
        errors.push({
          path,
          message: `"${alt.id}" has no score for "${factor.id}"; give ${min}–${max} or a dash`,
          code: 'qspmMissing',
          params: { alternative: alt.id, factor: factor.id },
        });
      } else if (score === null) dashes += 1;
      else if (!Number.isInteger(score) || score < min || score > max) {
        errors.push({
          path,
          message: `score of "${alt.id}" for "${factor.id}" must be a whole number ${min}–${max} (found ${score})`,
          code: 'qspmBadScore',
          params: { alternative: alt.id, factor: factor.id, found: String(score), min, max },
        });
      } else scored += 1;
    });
    if (dashes > 0 && scored > 0)
      errors.push({
        path: `factors[${row}]`,
        message: `"${factor.id}" has a dash for some alternatives and a score for others; a dash must go to every alternative in the row`,
        code: 'qspmMixedDash',
        params: { factor: factor.id },
      });
  });
  if (errors.length > 0) return { ok: false, errors };
  const totals: Record<string, number> = {};
  for (const alt of input.alternatives)
    totals[alt.id] = input.factors.reduce((sum, f) => sum + tas(f.weight, own(alt.scores, f.id) ?? null), 0);
  const ranking = input.alternatives
    .map((alt, index) => ({ id: alt.id, index }))
    .sort((a, b) => totals[b.id]! - totals[a.id]! || a.index - b.index)
    .map((x) => x.id);
  return { ok: true, value: { totals, ranking } };
}
