import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FORCES } from '../../domain/project/schema';
import type { Force } from '../../domain/project/types';
import type { Activity } from '../../domain/workshop/activity';
import { histogramOf } from '../../domain/workshop/histogram';
import { spreadOf, wholeRating } from '../../domain/workshop/spread';
import type { Tally } from '../../domain/workshop/tally';
import { forcesActions } from '../../state/environmentActions';
import { useForces } from '../../state/selectors';
import { SpreadTable } from './SpreadTable';

/** Each driver's ratings from the room: how many, mean, spread, range, the disagreement, and the means applied. */
export function RateResults({ activity, tally }: { activity: Activity; tally: Tally }) {
  const { t } = useTranslation();
  const forces = useForces();
  const [applied, setApplied] = useState(false);
  const forceOf = new Map<string, { force: Force; now: number | null }>();
  if (forces) for (const f of FORCES) for (const d of forces[f]) forceOf.set(d.id, { force: f, now: d.now });
  const rows = activity.options.map((o) => ({
    key: o.key,
    label: o.label,
    values: tally.ratings.get(o.key) ?? [],
    now: forceOf.get(o.key)?.now ?? null,
  }));
  const apply = rows.flatMap((r) => {
    const at = forceOf.get(r.key);
    const { mean } = spreadOf(r.values);
    return at && mean !== null
      ? [{ force: at.force, id: r.key, now: wholeRating(mean), group: histogramOf(r.values) }]
      : [];
  });
  return (
    <>
      <p role="status">{t('workshop.results.ratings.raters', { count: tally.raters })}</p>
      <SpreadTable
        rows={rows}
        optionHeader={t('workshop.results.ratings.option')}
        nowHeader={t('workshop.results.ratings.now')}
        testId="rating-results"
      />
      <button
        type="button"
        disabled={apply.length === 0}
        onClick={() => {
          // A refused edit (a limit) is said where it happened; only a taken one is reported as applied.
          if (forcesActions.setRatingsNow(apply)) setApplied(true);
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
