import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/workshop/activity';
import { recordOf } from '../../domain/workshop/record';
import type { Tally } from '../../domain/workshop/tally';
import { formatTime } from '../../i18n/format';
import { useWorkshopRecords } from '../../state/selectors';
import { workshopActions } from '../../state/workshopActions';

/** Keeps the activity's results in the project for the report and the deck (again: updates them). */
export function KeepRecord({
  activity,
  tally,
  consistentOnly = false,
}: {
  activity: Activity;
  tally: Tally;
  consistentOnly?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const kept = useWorkshopRecords()?.find((r) => r.id === activity.id);
  return (
    <div className="keep-record">
      <button
        type="button"
        onClick={() =>
          workshopActions.keepRecord(recordOf(activity, tally, new Date().toISOString(), { consistentOnly }))
        }
      >
        {kept ? t('workshop.record.update') : t('workshop.record.keep')}
      </button>
      {kept && (
        <span role="status" className="hint">
          {t('workshop.record.kept', { time: formatTime(kept.at, i18n.language) })}
        </span>
      )}
    </div>
  );
}
