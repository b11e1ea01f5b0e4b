import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { own } from '../../domain/project/own';
import type { Activity } from '../../domain/workshop/activity';
import { histogramOf } from '../../domain/workshop/histogram';
import type { Tally } from '../../domain/workshop/tally';
import { useAppStore } from '../../state/store';
import { workshopActions } from '../../state/workshopActions';
import { SpreadTable } from './SpreadTable';

/**
 * The room's QSPM scores: each cell's count, mean, spread and the disagreement, and the means taken as the
 * scores with the participants' counts kept for the Monte Carlo (one undo step).
 */
export function ScoreResults({ activity, tally }: { activity: Activity; tally: Tally }) {
  const { t } = useTranslation();
  const alternatives = useAppStore((s) => s.project?.strategy.alternatives);
  const [applied, setApplied] = useState(false);
  const scoresOf = new Map((alternatives ?? []).map((a) => [a.id, a.scores]));
  const cells = activity.options.map((o) => {
    const [alternativeId, factorId] = o.key.split('|') as [string, string];
    const scores = scoresOf.get(alternativeId);
    return {
      key: o.key,
      label: `${o.group ?? ''}: ${o.label}`,
      values: tally.ratings.get(o.key) ?? [],
      now: (scores && own(scores, factorId)) ?? null,
      alternativeId,
      factorId,
    };
  });
  const scored = cells.filter((c) => c.values.length > 0);
  const apply = () => {
    const taken = workshopActions.takeGroupScores(
      scored.map((c) => ({
        alternativeId: c.alternativeId,
        factorId: c.factorId,
        counts: histogramOf(c.values),
      })),
    );
    if (taken) setApplied(true);
  };
  return (
    <>
      <p role="status">{t('workshop.results.ratings.raters', { count: tally.raters })}</p>
      <SpreadTable
        rows={cells}
        optionHeader={t('workshop.report.cell')}
        nowHeader={t('workshop.results.scores.now')}
        testId="score-results"
      />
      <button type="button" disabled={scored.length === 0} onClick={apply}>
        {t('workshop.results.scores.apply')}
      </button>
      {applied && <p role="status">{t('workshop.results.scores.applied')}</p>}
    </>
  );
}
