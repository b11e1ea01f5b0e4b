import { useTranslation } from 'react-i18next';
import { useViewContext } from '../../charts/useViewContext';
import { linkedReading, objectiveGaps } from '../../domain/objectives/objectives';
import type { Project } from '../../domain/project/types';
import { ReportSection, ReportTable } from './ReportSection';

/** The course's second step in the report: the objectives with what each lacks, and the service standards. */
export function ObjectivesSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const { objectives, standards } = project.objectives;
  const pct = (v: number) => ctx.number(v * 100, 1);
  const standardRow = (s: Project['objectives']['standards'][number]) => {
    const reading = linkedReading(s, project);
    const metric = s.metric || t(`objectives.standards.kinds.${s.kind}`);
    if (reading && !reading.ok)
      return [metric, s.target, t(`objectives.standards.${reading.problem}`), s.measure];
    if (reading?.ok && reading.source === 'model')
      return [
        metric,
        t('objectives.standards.modelTarget', {
          share: pct(reading.share),
          seconds: ctx.number(reading.seconds),
        }),
        t(reading.meets ? 'objectives.standards.meets' : 'objectives.standards.short', {
          share: pct(reading.today),
        }),
        s.measure,
      ];
    const today =
      reading?.ok && reading.source === 'satisfaction' && reading.today !== null
        ? t('objectives.standards.csi', { csi: ctx.number(reading.today, 1) })
        : '–';
    return [metric, s.target, today, s.measure];
  };
  return (
    <ReportSection id="objectives" title={t('objectives.title')}>
      <ReportTable
        caption={t('objectives.objectives.heading')}
        header={[
          t('objectives.objectives.what'),
          t('objectives.objectives.target'),
          t('objectives.objectives.owner'),
          t('objectives.objectives.due'),
          t('objectives.objectives.missing'),
        ]}
        rows={objectives.map((o) => {
          const gaps = objectiveGaps(o);
          return [
            o.text,
            o.target,
            o.owner,
            o.due,
            gaps.length === 0
              ? t('objectives.objectives.complete')
              : gaps.map((g) => t(`objectives.objectives.gaps.${g}`)).join(t('common.listSeparator')),
          ];
        })}
        numeric={[false, false, false, false, false]}
      />
      <ReportTable
        caption={t('objectives.standards.heading')}
        header={[
          t('objectives.standards.metric'),
          t('objectives.standards.target'),
          t('objectives.standards.today'),
          t('objectives.standards.measure'),
        ]}
        rows={standards.map(standardRow)}
        numeric={[false, false, false, false]}
      />
    </ReportSection>
  );
}
