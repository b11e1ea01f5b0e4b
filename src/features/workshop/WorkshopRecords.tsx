import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { useWorkshopRecords } from '../../state/selectors';
import { workshopActions } from '../../state/workshopActions';

/** What the report's workshop section will show: each kept activity, with a way to take it out. */
export function WorkshopRecords() {
  const { t, i18n } = useTranslation();
  const records = useWorkshopRecords() ?? [];
  return (
    <section className="card" aria-labelledby="records-heading">
      <h2 id="records-heading">{t('workshop.record.heading')}</h2>
      {records.length === 0 ? (
        <p className="empty-help">{t('workshop.record.none')}</p>
      ) : (
        <ul className="record-list" data-testid="workshop-records">
          {records.map((r) => (
            <li key={r.id}>
              <span>
                <strong>{t(`workshop.record.kind.${r.kind}`)}</strong> · {r.prompt}
                <span className="hint">
                  {' '}
                  {formatDateTime(r.at, i18n.language)} ·{' '}
                  {t('workshop.record.counts', {
                    participants: r.participants,
                    contributions: r.contributions,
                  })}
                </span>
              </span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('workshop.record.remove', { prompt: r.prompt })}
                onClick={() => workshopActions.dropRecord(r.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
