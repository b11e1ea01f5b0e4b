import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TOWS_SOURCES } from '../../domain/project/schema';
import type { Project, Quadrant, TowsCell } from '../../domain/project/types';
import { itemLabels } from '../../domain/swot/labels';
import { towsActions } from '../../state/swotActions';
import { useAppStore } from '../../state/store';
import { AddField } from '../../ui/AddField';
import { FormulationMoves } from './FormulationMoves';
import { TowsStrategyRow } from './TowsStrategyRow';
import { fullReason } from '../../i18n/capacity';

/** A SWOT quadrant listed with its labels, as the row and column headers of David's TOWS matrix. */
const FactorList = memo(function FactorList({
  quadrant,
  swot,
  labels,
}: {
  quadrant: Quadrant;
  swot: Project['swot'];
  labels: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <div className={`tows-factors quadrant-${quadrant}`}>
      <h2>{t(`swot.quadrant.${quadrant}`)}</h2>
      <ol>
        {swot[quadrant].map((item) => (
          <li key={item.id}>
            <strong>{labels.get(item.id)}</strong> {item.text}
          </li>
        ))}
      </ol>
    </div>
  );
});

function Cell({
  cell,
  project,
  labels,
}: {
  cell: TowsCell;
  project: Project;
  labels: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const [a, b] = TOWS_SOURCES[cell].map((q) => t(`swot.quadrant.${q}`));
  const strategies = project.tows[cell];
  const hasItems = TOWS_SOURCES[cell].every((q) => project.swot[q].length > 0);
  return (
    <section className={`tows-cell tows-${cell}`} aria-labelledby={`tows-heading-${cell}`}>
      <h2 id={`tows-heading-${cell}`}>{t(`tows.cell.${cell}`)}</h2>
      <p className="muted small">{t(`tows.cellHelp.${cell}`)}</p>
      {strategies.length === 0 && (
        <p className="empty-help">{hasItems ? t('tows.empty', { a, b }) : t('tows.noItems', { a, b })}</p>
      )}
      <ol className="tows-list">
        {strategies.map((strategy, index) => (
          <TowsStrategyRow
            key={strategy.id}
            cell={cell}
            strategy={strategy}
            index={index}
            swot={project.swot}
            labels={labels}
          />
        ))}
      </ol>
      <AddField
        label={t('tows.addLabel', { cell })}
        placeholder={t('tows.addPlaceholder', { cell })}
        full={fullReason(t, 'towsStrategies', strategies.length)}
        onAdd={(text) => towsActions.addStrategy(cell, text)}
      />
    </section>
  );
}

/** The TOWS matrix: SWOT factors as headers, the four strategy cells crossing them. */
export function TowsMatrix() {
  const { t } = useTranslation();
  const project = useAppStore((s) => s.project);
  const swot = project?.swot;
  const labels = useMemo(() => (swot ? itemLabels(swot) : new Map<string, string>()), [swot]);
  if (!project || !swot) return null;
  return (
    <div className="page tows-page">
      <h1>{t('tows.heading')}</h1>
      <p className="intro">{t('tows.intro')}</p>
      <div className="tows-grid">
        <div className="tows-corner" aria-hidden="true" />
        <FactorList quadrant="strengths" swot={swot} labels={labels} />
        <FactorList quadrant="weaknesses" swot={swot} labels={labels} />
        <FactorList quadrant="opportunities" swot={swot} labels={labels} />
        <Cell cell="SO" project={project} labels={labels} />
        <Cell cell="WO" project={project} labels={labels} />
        <FactorList quadrant="threats" swot={swot} labels={labels} />
        <Cell cell="ST" project={project} labels={labels} />
        <Cell cell="WT" project={project} labels={labels} />
      </div>
      <FormulationMoves ticks={project.checklists.formulationMoves} />
    </div>
  );
}
