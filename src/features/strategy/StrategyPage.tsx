import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { scoringView } from '../../domain/strategy/analysis';
import { useAppStore } from '../../state/store';
import './strategy.css';
import { AlternativesPanel } from './AlternativesPanel';
import { ChoicePanel } from './ChoicePanel';
import { ResultsPanel } from './ResultsPanel';
import { ScoringPanel } from './ScoringPanel';
import { SensitivityPanel } from './SensitivityPanel';

/** Strategy choice: alternatives, QSPM or weighted criteria, ranking, sensitivity and the choice. */
export function StrategyPage() {
  const { t } = useTranslation();
  const project = useAppStore((s) => s.project);
  const view = useMemo(() => (project ? scoringView(project) : null), [project]);
  if (!project || !view) return null;
  return (
    <div className="page strategy-page">
      <h1>{t('strategy.heading')}</h1>
      <p className="intro">{t('strategy.intro')}</p>
      <AlternativesPanel project={project} />
      <ScoringPanel project={project} view={view} />
      <ResultsPanel project={project} view={view} />
      <SensitivityPanel project={project} view={view} />
      <ChoicePanel project={project} view={view} />
    </div>
  );
}
