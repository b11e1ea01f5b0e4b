import { LIMITS } from '../project/limits';
import type { Project } from '../project/types';
import { keyFactors } from '../strategy/analysis';
import { setScore } from '../strategy/edit';
import { spreadOfHistogram, type Histogram } from './histogram';
import { wholeRating } from './spread';

/** One QSPM cell a workshop scored: the participants' counts of each score. */
export interface GroupScore {
  alternativeId: string;
  factorId: string;
  counts: Histogram;
}

/** The key of a QSPM cell in `strategy.groupScores`. */
export const cellKey = (alternativeId: string, factorId: string) => `${alternativeId}|${factorId}`;

/**
 * The project with each cell's score set to the participants' mean (rounded to a whole score on the scale) and
 * their counts kept for the Monte Carlo. Counts of cells whose alternative or factor is gone are dropped; at
 * the limit the newest cells are kept.
 */
export function applyGroupScores(project: Project, cells: readonly GroupScore[]): Project {
  const scale = project.strategy.mode === 'criteria' ? { min: 1, max: 5 } : { min: 1, max: 4 };
  let next = project;
  const given = new Map<string, Histogram>();
  for (const cell of cells) {
    const { mean } = spreadOfHistogram(cell.counts);
    if (mean === null) continue;
    next = setScore(next, cell.alternativeId, cell.factorId, wholeRating(mean, scale.min, scale.max));
    given.set(cellKey(cell.alternativeId, cell.factorId), cell.counts);
  }
  const factors = keyFactors(next);
  const live = new Set(next.strategy.alternatives.flatMap((a) => factors.map((f) => cellKey(a.id, f.id))));
  const kept = Object.entries(next.strategy.groupScores).filter(([key]) => live.has(key) && !given.has(key));
  const all = [...kept, ...[...given].filter(([key]) => live.has(key))].slice(-LIMITS.groupScoredCells);
  return { ...next, strategy: { ...next.strategy, groupScores: Object.fromEntries(all) } };
}
