import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { own } from '../../domain/project/own';
import type { Activity } from '../../domain/workshop/activity';
import { histogramOf } from '../../domain/workshop/histogram';
import { DISAGREEMENT_SD, spreadOf } from '../../domain/workshop/spread';
import type { Tally } from '../../domain/workshop/tally';
import { formatFixed } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { workshopActions } from '../../state/workshopActions';
import { TableScroll } from '../../ui/TableScroll';

/**
 * The room's QSPM scores: each cell's count, mean, spread and the disagreement, and the means taken as the
 * scores with the participants' counts kept for the Monte Carlo (one undo step).
 */
export function ScoreResults({ activity, tally }: { activity: Activity; tally: Tally }) {
  const { t, i18n } = useTranslation();
  const alternatives = useAppStore((s) => s.project?.strategy.alternatives) ?? [];
  const [applied, setApplied] = useState(false);
  const fmt = (v: number | null, d = 1) => (v === null ? '–' : formatFixed(v, i18n.language, d));
  const rows = activity.options.map((o) => {
    const [alternativeId, factorId] = o.key.split('|') as [string, string];
    const values = tally.ratings.get(o.key) ?? [];
    const now = alternatives.find((a) => a.id === alternativeId);
    return {
      ...o,
      alternativeId,
      factorId,
      values,
      spread: spreadOf(values),
      now: now && own(now.scores, factorId),
    };
  });
  const scored = rows.filter((r) => r.values.length > 0);
  const apply = () => {
    const cells = scored.map((r) => ({
      alternativeId: r.alternativeId,
      factorId: r.factorId,
      counts: histogramOf(r.values),
    }));
    if (workshopActions.takeGroupScores(cells)) setApplied(true);
  };
  return (
    <>
      <p role="status">{t('workshop.results.ratings.raters', { count: tally.raters })}</p>
      <TableScroll>
        <table className="data-table" data-testid="score-results">
          <thead>
            <tr>
              <th scope="col">{t('workshop.report.cell')}</th>
              <th scope="col">{t('workshop.results.ratings.n')}</th>
              <th scope="col">{t('workshop.results.ratings.mean')}</th>
              <th scope="col">{t('workshop.results.ratings.sd')}</th>
              <th scope="col">{t('workshop.results.scores.now')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{`${r.group ?? ''}: ${r.label}`}</th>
                <td>{r.spread.n}</td>
                <td>{fmt(r.spread.mean)}</td>
                <td>
                  {fmt(r.spread.sd)}
                  {r.spread.sd !== null && r.spread.sd >= DISAGREEMENT_SD && (
                    <strong className="disagree"> {t('workshop.results.ratings.disagree')}</strong>
                  )}
                </td>
                <td>{r.now ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <button type="button" disabled={scored.length === 0} onClick={apply}>
        {t('workshop.results.scores.apply')}
      </button>
      {applied && <p role="status">{t('workshop.results.scores.applied')}</p>}
    </>
  );
}
