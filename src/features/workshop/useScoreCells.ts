import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { keyFactors } from '../../domain/strategy/analysis';
import type { VoteOption } from '../../domain/workshop/activity';
import { cellKey } from '../../domain/workshop/groupScores';
import { currentProject, useAppStore } from '../../state/store';
import { alternativeName } from '../../views/names';

/** The QSPM's cells for a room to score: every alternative on every key factor, and the scale (1–4, or 1–5 on criteria). */
export function useScoreCells() {
  const { t } = useTranslation();
  const swot = useAppStore((s) => s.project?.swot);
  const strategy = useAppStore((s) => s.project?.strategy);
  return useMemo(() => {
    // Recomputed when the SWOT or the strategy changes (what the key factors are made of), read whole then.
    const project = currentProject();
    if (!swot || !strategy || !project) return { cells: [] as VoteOption[], cellScale: { min: 1, max: 4 } };
    const factors = keyFactors(project);
    const cells = strategy.alternatives.flatMap((a) =>
      factors.map((f) => ({
        key: cellKey(a.id, f.id),
        label: `${f.label} ${f.text}`,
        group: alternativeName(a, t),
      })),
    );
    return { cells, cellScale: strategy.mode === 'criteria' ? { min: 1, max: 5 } : { min: 1, max: 4 } };
  }, [swot, strategy, t]);
}
