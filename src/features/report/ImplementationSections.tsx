import { useTranslation } from 'react-i18next';
import { CategoryChart } from '../../charts/CategoryChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { TimelineChart } from '../../charts/TimelineChart';
import { useViewContext } from '../../charts/useViewContext';
import { strategyParts } from '../../domain/implementation/strategyParts';
import { RECOVERY_STEPS } from '../../domain/project/implementationSchema';
import type { Project } from '../../domain/project/types';
import { localToday } from '../../ui/localToday';
import { complaintParetoView } from '../../views/complaintParetoView';
import { objectiveName } from '../../views/objectiveTexts';
import { strategyPartsTexts } from '../../views/strategyPartsTexts';
import { timelineView } from '../../views/timelineView';
import { ReportSection, ReportTable } from './ReportSection';

/**
 * The course's last step in the report: the service strategy in its six parts (with what is missing), the
 * implementation plan and its timeline, and service recovery with the complaint-cause Pareto.
 */
export function ImplementationSections({ project }: { project: Project }) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const parts = strategyPartsTexts(strategyParts(project), project, ctx);
  const { philosophy, actions, recovery } = project.implementation;
  const timeline = timelineView(actions, localToday(), ctx);
  const pareto = complaintParetoView(recovery.complaints, ctx);
  const objectiveText = (id: string | null) => {
    const i = project.objectives.objectives.findIndex((o) => o.id === id);
    return i < 0 ? '' : objectiveName(project.objectives.objectives[i]!, i, ctx);
  };
  return (
    <>
      <ReportSection id="summary" title={t('summary.title')}>
        {parts.map((p, i) => (
          <div key={p.part} className="report-part">
            <h3>
              {i + 1}. {p.title}
            </h3>
            {p.part === 'philosophy' && philosophy.trim() && <blockquote>{philosophy}</blockquote>}
            {p.facts.length > 0 && (
              <ul>
                {p.facts.map((f, j) => (
                  <li key={j}>{f.text}</li>
                ))}
              </ul>
            )}
            {p.missing.length > 0 && (
              <p className="report-missing">
                <strong>{t('summary.lacks')}</strong>
                {t('common.colon')}
                {p.missing.map((m) => m.text).join(' ')}
              </p>
            )}
          </div>
        ))}
      </ReportSection>
      <ReportSection id="plan" title={t('plan.title')}>
        <ReportTable
          caption={t('plan.actions.heading')}
          header={[
            t('plan.actions.what'),
            t('plan.actions.owner'),
            t('plan.actions.start'),
            t('plan.actions.due'),
            t('plan.actions.kpi'),
            t('plan.actions.status'),
            t('plan.actions.objective'),
            t('plan.actions.lever'),
          ]}
          rows={actions.map((a) => [
            a.text,
            a.owner,
            a.start,
            a.due,
            a.kpi,
            t(`plan.actions.statuses.${a.status}`),
            objectiveText(a.objectiveId),
            a.lever ? t(`strategy.lever.${a.lever}`) : '',
          ])}
          numeric={[false, false, false, false, false, false, false, false]}
        />
        {timeline && <TimelineChart view={timeline} />}
        <h3>{t('plan.recovery.heading')}</h3>
        <ReportTable
          caption={t('plan.recovery.stepsCaption')}
          header={[
            t('plan.recovery.step'),
            t('plan.recovery.how'),
            t('plan.recovery.owner'),
            t('plan.recovery.within'),
          ]}
          rows={RECOVERY_STEPS.map((key, i) => [
            `${i + 1}. ${t(`plan.recovery.steps.${key}`)}`,
            recovery.steps[key].how,
            recovery.steps[key].owner,
            recovery.steps[key].within,
          ])}
          numeric={[false, false, false, false]}
        />
        {pareto && (
          <ChartFrame view={pareto}>
            <CategoryChart view={pareto} height={340} />
          </ChartFrame>
        )}
      </ReportSection>
    </>
  );
}
