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
import { ValueCurveSection } from './ValueCurveSection';

// The maps, the CPM and the value curves draw every player: they follow a keystroke in the players' table a
// moment later (a deferred render React can interrupt), so that the field typed in paints first.
const Maps = memo(PositionMaps);
const Cpm = memo(CpmSection);
const Curves = memo(ValueCurveSection);

/** Positioning: players, price–quality cells, strategy clock, value–price bubbles, CPM and value curves. */
export function PositioningPage() {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const project = useAppStore((s) => s.project);
  const later = useDeferredValue(project);
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
      <PlayersTable project={project} />
      <Maps project={later} />
      <Cpm project={later} />
      <Curves project={later} />
    </div>
  );
}
