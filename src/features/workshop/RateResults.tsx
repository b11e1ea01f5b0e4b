import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../ui/TableScroll';
import { FORCES } from '../../domain/project/schema';
import type { Force } from '../../domain/project/types';
import type { Activity } from '../../domain/workshop/activity';
import { histogramOf } from '../../domain/workshop/histogram';
import { DISAGREEMENT_SD, spreadOf, wholeRating } from '../../domain/workshop/spread';
import type { Tally } from '../../domain/workshop/tally';
import { formatFixed } from '../../i18n/format';
import { forcesActions } from '../../state/environmentActions';
import { useForces } from '../../state/selectors';

/** Each driver's ratings from the room: how many, mean, spread, range, the disagreement, and the means applied. */
export function RateResults({ activity, tally }: { activity: Activity; tally: Tally }) {
  const { t, i18n } = useTranslation();
  const forces = useForces();
  const [applied, setApplied] = useState(false);
  const fmt = (v: number | null, d = 1) => (v === null ? '–' : formatFixed(v, i18n.language, d));
  const forceOf = new Map<string, { force: Force; now: number | null }>();
  if (forces) for (const f of FORCES) for (const d of forces[f]) forceOf.set(d.id, { force: f, now: d.now });
  const rows = activity.options.map((o) => ({ ...o, spread: spreadOf(tally.ratings.get(o.key) ?? []) }));
  const apply = rows.flatMap((r) => {
    const at = forceOf.get(r.key);
    return at && r.spread.mean !== null
      ? [
          {
            force: at.force,
            id: r.key,
            now: wholeRating(r.spread.mean),
            group: histogramOf(tally.ratings.get(r.key) ?? []),
          },
        ]
      : [];
  });
  return (
    <>
      <p role="status">{t('workshop.results.ratings.raters', { count: tally.raters })}</p>
      <TableScroll>
        <table className="data-table" data-testid="rating-results">
          <thead>
            <tr>
              <th scope="col">{t('workshop.results.ratings.option')}</th>
              <th scope="col">{t('workshop.results.ratings.n')}</th>
              <th scope="col">{t('workshop.results.ratings.mean')}</th>
              <th scope="col">{t('workshop.results.ratings.sd')}</th>
              <th scope="col">{t('workshop.results.ratings.range')}</th>
              <th scope="col">{t('workshop.results.ratings.now')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.spread.n}</td>
                <td>{fmt(r.spread.mean)}</td>
                <td>
                  {fmt(r.spread.sd)}
                  {r.spread.sd !== null && r.spread.sd >= DISAGREEMENT_SD && (
                    <span className="chip disagree"> {t('workshop.results.ratings.disagree')}</span>
                  )}
                </td>
                <td>{r.spread.min === null ? '–' : `${r.spread.min}–${r.spread.max}`}</td>
                <td>{forceOf.get(r.key)?.now ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <button
        type="button"
        disabled={apply.length === 0}
        onClick={() => {
          forcesActions.setRatingsNow(apply);
          setApplied(true);
        }}
      >
        {t('workshop.results.ratings.apply')}
      </button>
      {applied && (
        <p role="status" className="hint">
          {t('workshop.results.ratings.applied')}
        </p>
      )}
    </>
  );
}
