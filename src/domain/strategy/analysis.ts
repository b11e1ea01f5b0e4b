import { QUADRANTS } from '../project/schema';
import type { Problem } from '../project/result';
import type { Alternative, Project } from '../project/types';
import { itemLabels } from '../swot/labels';
import { qspm, tas } from './qspm';
import { leaderRanges, type LeaderRange } from './sensitivity';
import { own } from '../project/own';
import { memoLast } from '../memo/memoLast';
import { scoringDeps } from './scoringDeps';

export interface KeyFactor {
  id: string;
  /** S1, W2, O3, T1 for SWOT items; C1, C2 … for criteria. */
  label: string;
  text: string;
  weight: number;
  group: 'internal' | 'external' | 'criteria';
}

/** complete: every alternative scored; dash: the factor does not affect the choice; else not counted yet. */
export type RowStatus = 'complete' | 'dash' | 'incomplete' | 'mixed';

export interface ScoringView {
  /** The alternatives as they were scored: their names and scores are current (see `scoringDeps`). */
  alternatives: Alternative[];
  factors: KeyFactor[];
  status: Record<string, RowStatus>;
  /** Internal and external weight sums (each 1.0 in IFE/EFE, 2.0 in all), or the criteria's sum. */
  weightSums: { internal: number; external: number; criteria: number };
  /** Sum of TAS per alternative over the rows counted (complete and dash rows). */
  totals: Record<string, number>;
  ranking: string[];
  /** TAS per alternative and factor, for the stacked bars. */
  tas: Record<string, Record<string, number>>;
  /** Scores the scoring refused (e.g. a 5 left from criteria mode in a QSPM), with the cell. */
  problems: Problem[];
  /** Rows not counted yet, so the totals are not final. */
  pending: number;
  /** For each scored (not dashed) factor, the weights over which the leader stays first (the tornado). */
  ranges: Array<LeaderRange & { factorId: string }>;
  /** The weights and scores of the counted rows (dash = 0), for sensitivity and Monte Carlo. */
  counted: { factors: KeyFactor[]; weights: number[]; scores: Array<Array<number | null>> };
}

/** The key factors of the current mode: the weighted SWOT items (IFE then EFE) or the team's criteria. */
export function keyFactors(project: Project): KeyFactor[] {
  if (project.strategy.mode === 'criteria')
    return project.strategy.criteria
      .filter((c) => c.weight !== null)
      .map((c, i) => ({ id: c.id, label: `C${i + 1}`, text: c.name, weight: c.weight!, group: 'criteria' }));
  const labels = itemLabels(project.swot);
  return QUADRANTS.flatMap((q) =>
    project.swot[q]
      .filter((item) => item.weight !== null)
      .map((item) => ({
        id: item.id,
        label: labels.get(item.id)!,
        text: item.text,
        weight: item.weight!,
        group: q === 'strengths' || q === 'weaknesses' ? ('internal' as const) : ('external' as const),
      })),
  );
}

export function rowStatus(project: Project, factorId: string): RowStatus {
  const scores = project.strategy.alternatives.map((a) => own(a.scores, factorId));
  if (scores.length === 0) return 'incomplete';
  const dashes = scores.filter((s) => s === null).length;
  const numbers = scores.filter((s) => typeof s === 'number').length;
  if (dashes > 0 && numbers > 0) return 'mixed';
  if (dashes === scores.length) return 'dash';
  return numbers === scores.length ? 'complete' : 'incomplete';
}

/**
 * QSPM (or weighted criteria) over the rows that are ready, with the TAS per cell, the ranking and the
 * weight range of each factor over which the leader stays first.
 */
export function scoringView(project: Project): ScoringView {
  const factors = keyFactors(project);
  const alternatives = project.strategy.alternatives;
  const status = Object.fromEntries(factors.map((f) => [f.id, rowStatus(project, f.id)]));
  const countedFactors = factors.filter((f) => status[f.id] === 'complete' || status[f.id] === 'dash');
  const sum = (group: KeyFactor['group']) =>
    factors.filter((f) => f.group === group).reduce((s, f) => s + f.weight, 0);
  const scale = project.strategy.mode === 'criteria' ? { min: 1, max: 5 } : { min: 1, max: 4 };
  const result = qspm({
    factors: countedFactors.map((f) => ({ id: f.id, weight: f.weight })),
    alternatives: alternatives.map((a) => ({ id: a.id, scores: a.scores })),
    scale,
  });
  const totals = result.ok ? result.value.totals : Object.fromEntries(alternatives.map((a) => [a.id, 0]));
  const ranking = result.ok ? result.value.ranking : alternatives.map((a) => a.id);
  const tasTable = Object.fromEntries(
    alternatives.map((a) => [
      a.id,
      Object.fromEntries(countedFactors.map((f) => [f.id, tas(f.weight, own(a.scores, f.id) ?? null)])),
    ]),
  );
  const weights = countedFactors.map((f) => f.weight);
  const scores = alternatives.map((a) => countedFactors.map((f) => own(a.scores, f.id) ?? null));
  const ranges =
    alternatives.length >= 2 && countedFactors.length >= 2
      ? leaderRanges(
          weights,
          scores.map((row) => row.map((s) => s ?? 0)),
        )
          .map((r) => ({ ...r, factorId: countedFactors[r.criterion]!.id }))
          // A dash row moves no alternative: its weight only rescales the others, which never changes the order.
          .filter((r) => status[r.factorId] === 'complete')
      : [];
  return {
    alternatives,
    factors,
    status,
    weightSums: { internal: sum('internal'), external: sum('external'), criteria: sum('criteria') },
    totals,
    ranking,
    tas: tasTable,
    problems: result.ok ? [] : result.errors,
    pending: factors.length - countedFactors.length,
    ranges,
    counted: { factors: countedFactors, weights, scores },
  };
}

/** `scoringView`, computed again only when what it reads (`scoringDeps`) changed since the last call. */
export const scoringViewOf = memoLast(scoringDeps, scoringView);
