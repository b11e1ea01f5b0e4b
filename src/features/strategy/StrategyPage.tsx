import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { scoringViewOf, type ScoringView } from '../../domain/strategy/analysis';
import { useAppStore } from '../../state/store';
import './strategy.css';
import { AlternativesPanel } from './AlternativesPanel';
import { ChoicePanel } from './ChoicePanel';
import { ResultsPanel } from './ResultsPanel';
import { ScoringPanel } from './ScoringPanel';
import { SensitivityPanel } from './SensitivityPanel';

// The ranking and sensitivity read only what the scoring reads (`scoringDeps`), so they are drawn again
// only when the scoring view changes, not for a note or the justification typed.
const sameView = (a: { view: ScoringView }, b: { view: ScoringView }) => a.view === b.view;
const Results = memo(ResultsPanel, sameView);
const Sensitivity = memo(SensitivityPanel, sameView);

/** Strategy choice: alternatives, QSPM or weighted criteria, ranking, sensitivity and the choice. */
export function StrategyPage() {
  const { t } = useTranslation();
  const project = useAppStore((s) => s.project);
  if (!project) return null;
  const view = scoringViewOf(project);
  return (
    <div className="page strategy-page">
      <h1>{t('strategy.heading')}</h1>
      <p className="intro">{t('strategy.intro')}</p>
      <AlternativesPanel project={project} />
      <ScoringPanel project={project} view={view} />
      <Results project={project} view={view} />
      <Sensitivity project={project} view={view} />
      <ChoicePanel project={project} view={view} />
    </div>
  );
}
