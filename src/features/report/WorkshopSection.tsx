import { useTranslation } from 'react-i18next';
import type { Project, WorkshopRecord } from '../../domain/project/types';
import { DISAGREEMENT_SD } from '../../domain/workshop/spread';
import { formatDateTime, formatFixed } from '../../i18n/format';
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
  const { t, i18n } = useTranslation();
  if (record.lines.length === 0) return null;
  if (record.kind === 'rate' || record.kind === 'score') {
    const fmt = (v: number | null) => (v === null ? '–' : formatFixed(v, i18n.language, 2));
    return (
      <ReportTable
        header={[
          t(record.kind === 'score' ? 'workshop.report.cell' : 'workshop.report.driver'),
          t('workshop.report.mean'),
          t('workshop.report.sd'),
          '',
        ]}
        rows={record.lines.map((l) => [
          l.label,
          fmt(l.value),
          fmt(l.sd),
          l.sd !== null && l.sd >= DISAGREEMENT_SD
            ? t('workshop.report.disagree', { sd: formatFixed(DISAGREEMENT_SD, i18n.language, 1) })
            : '',
        ])}
      />
    );
  }
  if (record.kind === 'ahp')
    return (
      <ReportTable
        header={[t('workshop.report.criterion'), t('workshop.report.weight')]}
        rows={record.lines.map((l) => [l.label, formatFixed(l.value, i18n.language, 3)])}
      />
    );
  const vote = record.kind === 'vote';
  return (
    <ReportTable
      header={
        vote
          ? [t('workshop.report.item'), t('workshop.report.dots')]
          : [t('workshop.report.idea'), t('workshop.report.givers')]
      }
      rows={record.lines.map((l) => [l.label, l.value])}
    />
  );
}
