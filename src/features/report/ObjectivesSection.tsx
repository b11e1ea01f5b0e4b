import { useTranslation } from 'react-i18next';
import { useViewContext } from '../../charts/useViewContext';
import type { Project } from '../../domain/project/types';
import { objectiveGapsText, standardTexts } from '../../views/objectiveTexts';
import { ReportSection, ReportTable } from './ReportSection';

/** The course's second step in the report: the objectives with what each lacks, and the service standards. */
export function ObjectivesSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const { objectives, standards } = project.objectives;
  const standardRow = (s: (typeof standards)[number]) => {
    const texts = standardTexts(s, project, ctx);
    return [texts.metric, texts.readTarget ?? s.target, texts.today, s.measure];
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
        rows={objectives.map((o) => [o.text, o.target, o.owner, o.due, objectiveGapsText(o, ctx)])}
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
