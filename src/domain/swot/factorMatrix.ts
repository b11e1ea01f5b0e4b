import { problem } from '../project/problems';
import type { Problem } from '../project/result';
import type { Project, Quadrant } from '../project/types';
import { itemLabels } from './labels';
import { formatWeightSum, normaliseRounded, weightedTotal, weightsSumToOne } from './scoring';

export type MatrixKind = 'ife' | 'efe';

export const MATRIX_QUADRANTS: Record<MatrixKind, readonly [Quadrant, Quadrant]> = {
  ife: ['strengths', 'weaknesses'],
  efe: ['opportunities', 'threats'],
};

export interface MatrixRow {
  id: string;
  label: string;
  quadrant: Quadrant;
  text: string;
  weight: number | null;
  rating: number | null;
  /** weight × rating, when both are set. */
  score: number | null;
}

export interface FactorMatrix {
  kind: MatrixKind;
  rows: MatrixRow[];
  weightSum: number;
  /** The sum for display: never "1.00" unless it is 1. */
  weightSumText: string;
  /** Σ weight × rating over the rows that have both; meaningful only when `valid`. */
  total: number;
  /** Every row weighted and rated within its rules, and the weights sum to 1. */
  valid: boolean;
  problems: Problem[];
}

/**
 * The IFE (strengths and weaknesses) or EFE (opportunities and threats) matrix of a SWOT, with every rule
 * it breaks (after F. R. David, Strategic Management): weights 0–1 that sum to 1.00; ratings 1–4, where
 * in the IFE strengths take 3–4 and weaknesses 1–2, and in the EFE any 1–4 says how well the current
 * strategy responds.
 */
export function factorMatrix(swot: Project['swot'], kind: MatrixKind): FactorMatrix {
  const labels = itemLabels(swot);
  const rows: MatrixRow[] = MATRIX_QUADRANTS[kind].flatMap((quadrant) =>
    swot[quadrant].map((item) => ({
      id: item.id,
      label: labels.get(item.id)!,
      quadrant,
      text: item.text,
      weight: item.weight,
      rating: item.rating,
      score: item.weight !== null && item.rating !== null ? item.weight * item.rating : null,
    })),
  );
  const problems: Problem[] = [];
  if (rows.length === 0) problems.push(problem(kind.toUpperCase(), 'matrixEmpty'));
  for (const row of rows) {
    if (row.weight === null) problems.push(problem(row.label, 'weightMissing'));
    if (row.rating === null) problems.push(problem(row.label, 'ratingMissing'));
    else if (kind === 'ife' && row.quadrant === 'strengths' && row.rating < 3)
      problems.push(problem(row.label, 'strengthRating', { rating: row.rating }));
    else if (kind === 'ife' && row.quadrant === 'weaknesses' && row.rating > 2)
      problems.push(problem(row.label, 'weaknessRating', { rating: row.rating }));
  }
  const weightSum = rows.reduce((sum, row) => sum + (row.weight ?? 0), 0);
  const weightSumText = formatWeightSum(weightSum);
  if (rows.length > 0 && !weightsSumToOne(weightSum))
    problems.push(problem(kind.toUpperCase(), 'weightSum', { sum: weightSumText }));
  const complete = rows.filter(
    (r): r is MatrixRow & { weight: number; rating: number } => r.weight !== null && r.rating !== null,
  );
  return {
    kind,
    rows,
    weightSum,
    weightSumText,
    total: weightedTotal(complete),
    valid: problems.length === 0,
    problems,
  };
}

/**
 * Rescales the weights of one matrix's factors in proportion, to two decimals, so that they sum to exactly 1.00. Factors without a
 * weight keep none; if no factor has a weight (or all are 0), every factor gets an equal share.
 */
export function normaliseMatrixWeights(project: Project, kind: MatrixKind): Project {
  const quadrants = MATRIX_QUADRANTS[kind];
  const items = quadrants.flatMap((q) => project.swot[q]);
  if (items.length === 0) return project;
  const weighted = items.filter((i) => i.weight !== null && i.weight > 0);
  const targets = weighted.length > 0 ? items.filter((i) => i.weight !== null) : items;
  // Hundredths as the course writes weights (a thousandth each past 50 factors, where hundredths run out).
  const decimals = targets.length > 50 ? 3 : 2;
  const next = normaliseRounded(
    targets.map((i) => (weighted.length > 0 ? i.weight! : 1)),
    decimals,
  );
  const byId = new Map(targets.map((item, k) => [item.id, next[k]!]));
  const swot = { ...project.swot };
  for (const q of quadrants)
    swot[q] = project.swot[q].map((i) => (byId.has(i.id) ? { ...i, weight: byId.get(i.id)! } : i));
  return { ...project, swot };
}
