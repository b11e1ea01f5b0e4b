import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TimelineChart } from '../../charts/TimelineChart';
import { useViewContext } from '../../charts/useViewContext';
import { useAppStore } from '../../state/store';
import { localToday } from '../../ui/localToday';
import { timelineView } from '../../views/timelineView';
import { ActionsTable } from './ActionsTable';
import { RecoverySection } from './RecoverySection';
import './implementation.css';

/** The course's last step: the implementation plan, its timeline, and service recovery. */
export function PlanPage() {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const project = useAppStore((s) => s.project);
  const actions = project?.implementation.actions;
  const timeline = useMemo(() => (actions ? timelineView(actions, localToday(), ctx) : null), [actions, ctx]);
  if (!project) return null;
  return (
    <div className="page plan-page">
      <h1>{t('plan.title')}</h1>
      <p className="intro">{t('plan.intro')}</p>
      <ActionsTable project={project} />
      <section className="plan-section" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('plan.timeline.heading')}</h2>
        {timeline ? <TimelineChart view={timeline} /> : <p className="muted">{t('plan.timeline.none')}</p>}
      </section>
      <RecoverySection recovery={project.implementation.recovery} />
    </div>
  );
}
