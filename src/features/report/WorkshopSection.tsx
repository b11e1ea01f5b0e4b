import { useTranslation } from 'react-i18next';
import type { Project, WorkshopRecord } from '../../domain/project/types';
import { useViewContext } from '../../charts/useViewContext';
import { formatDateTime } from '../../i18n/format';
import { workshopRecordTable } from '../../views/workshopRecordView';
import { ReportSection, ReportTable } from './ReportSection';

/** The workshop's record: each kept activity with its question, counts and results (the disagreement too). */
export function WorkshopSection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const { records } = project.workshop;
  return (
    <ReportSection id="workshop" title={t('workshop.heading')}>
      {records.length === 0 ? (
        <p className="muted report-empty">{t('report.notFilled')}</p>
      ) : (
        <>
          <p>{t('workshop.report.intro')}</p>
          {records.map((r) => (
            <div key={r.id} className="report-record" data-testid="report-workshop-record">
              <h3>
                {t(`workshop.record.kind.${r.kind}`)}
                {t('common.colon')}
                {r.prompt}
              </h3>
              <p className="muted">
                {t('workshop.report.meta', {
                  time: formatDateTime(r.at, i18n.language),
                  participants: r.participants,
                  contributions: r.contributions,
                })}
              </p>
              <RecordLines record={r} />
            </div>
          ))}
        </>
      )}
    </ReportSection>
  );
}

function RecordLines({ record }: { record: WorkshopRecord }) {
  const table = workshopRecordTable(record, useViewContext());
  return table && <ReportTable header={table.header} rows={table.rows} numeric={table.numeric} />;
}
