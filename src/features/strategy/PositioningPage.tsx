import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project/types';
import { cpmTable, playersTable, valueCurveTable } from '../../export/csvTables';
import { CsvButton } from '../../ui/CsvButton';
import { alternativeName } from '../../views/names';
import { currentProject, useAppStore } from '../../state/store';
import { CpmSection } from './CpmSection';
import { PlayersTable } from './PlayersTable';
import { PositionMaps } from './PositionMaps';
import './strategy.css';
import { ValueCurveSection } from './ValueCurveSection';

/** Positioning: players, price–quality cells, strategy clock, value–price bubbles, CPM and value curves. */
export function PositioningPage() {
  const { t } = useTranslation();
  const project = useAppStore((s) => s.project);
  if (!project) return null;
  const namesOf = (p: Project) => new Map(p.strategy.alternatives.map((a) => [a.id, alternativeName(a, t)]));
  return (
    <div className="page positioning-page">
      <h1>{t('positioning.heading')}</h1>
      <p className="intro">{t('positioning.intro')}</p>
      <p className="page-actions">
        <CsvButton
          current={currentProject}
          table={(p, tr) => playersTable(p, tr, namesOf(p))}
          what={t('csv.what.players')}
        />
        <CsvButton current={currentProject} table={cpmTable} what={t('csv.what.cpm')} />
        <CsvButton
          current={currentProject}
          table={(p, tr) => valueCurveTable(p, tr, namesOf(p))}
          what={t('csv.what.valueCurves')}
        />
      </p>
      <PlayersTable project={project} />
      <PositionMaps project={project} />
      <CpmSection project={project} />
      <ValueCurveSection project={project} />
    </div>
  );
}
