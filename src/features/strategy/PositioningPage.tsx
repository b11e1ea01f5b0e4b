import { memo, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewContext } from '../../charts/useViewContext';
import { cpmTable, playersTable, valueCurveTable } from '../../views/tables';
import { CsvButton } from '../../ui/CsvButton';
import { currentProject, useAppStore } from '../../state/store';
import { CpmSection } from './CpmSection';
import { PlayersTable } from './PlayersTable';
import { PositionMaps } from './PositionMaps';
import './strategy.css';
import type { Project } from '../../domain/project/types';
import { sameExcept, sameListExcept } from '../../domain/memo/sameExcept';
import { useSettledValue } from '../../ui/useSettledValue';
import { TargetingSection } from './TargetingSection';
import { ValueCurveSection } from './ValueCurveSection';

// The maps, the CPM and the value curves draw every player: they follow a keystroke in the players' table a
// moment later (a deferred render React can interrupt), so that the field typed in paints first.
const Maps = memo(PositionMaps);
const Cpm = memo(CpmSection);
const Curves = memo(ValueCurveSection);
const TYPING_PAUSE_MS = 400;

function sameButCompetitorNames(a: Project | null, b: Project | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    sameExcept(a, b, ['strategy', 'updatedAt']) &&
    sameExcept(a.strategy, b.strategy, ['competitors']) &&
    sameListExcept(a.strategy.competitors, b.strategy.competitors, ['name'])
  );
}

/** Positioning: players, price–quality cells, strategy clock, value–price bubbles, CPM and value curves. */
export function PositioningPage() {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const project = useAppStore((s) => s.project);
  // A competitor's name typed redraws every chart and table below when the typing pauses, not on every key.
  const settled = useSettledValue(project, sameButCompetitorNames, TYPING_PAUSE_MS);
  const later = useDeferredValue(settled);
  if (!project || !later) return null;
  return (
    <div className="page positioning-page">
      <h1>{t('positioning.heading')}</h1>
      <p className="intro">{t('positioning.intro')}</p>
      <p className="page-actions">
        <CsvButton
          current={currentProject}
          table={(p) => playersTable(p, ctx)}
          what={t('csv.what.players')}
        />
        <CsvButton current={currentProject} table={(p) => cpmTable(p, ctx)} what={t('csv.what.cpm')} />
        <CsvButton
          current={currentProject}
          table={(p) => valueCurveTable(p, ctx)}
          what={t('csv.what.valueCurves')}
        />
      </p>
      <TargetingSection answers={project.strategy.targeting} />
      <PlayersTable project={project} />
      <Maps project={later} />
      <Cpm project={later} />
      <Curves project={later} />
    </div>
  );
}
