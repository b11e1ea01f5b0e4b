import type { Project } from '../project/types';

/**
 * The parts of a project that the scoring (QSPM or criteria), its charts and its sensitivity read: the SWOT,
 * the mode, the criteria, the seed and each alternative's name and scores. Typing an alternative's note, a
 * lever or the justification changes none of them.
 */
export function scoringDeps(project: Project): unknown[] {
  const s = project.strategy;
  return [
    project.swot,
    s.mode,
    s.criteria,
    s.seed,
    ...s.alternatives.flatMap((a) => [a.id, a.name, a.kind, a.scores]),
  ];
}
