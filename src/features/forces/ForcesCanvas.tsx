import { useDeferredValue, useMemo } from 'react';
import { forcesTable } from '../../views/tables';
import { useTranslation } from 'react-i18next';
import { CsvButton } from '../../ui/CsvButton';
import { ChartFrame } from '../../charts/ChartFrame';
import { CategoryChart } from '../../charts/CategoryChart';
import { useViewContext } from '../../charts/useViewContext';
import { forcesView } from '../../views/environmentViews';
import { summariseForces } from '../../domain/forces/intensity';
import { FORCES } from '../../domain/project/schema';
import { formatNumber } from '../../i18n/format';
import { currentProject, useAppStore } from '../../state/store';
import { ForceCard } from './ForceCard';

/** Porter's five forces laid out as his diagram, with the intensity charts and industry attractiveness. */
export function ForcesCanvas() {
  const { t, i18n } = useTranslation();
  const forces = useAppStore((s) => s.project?.forces);
  const summary = useMemo(() => (forces ? summariseForces(forces) : null), [forces]);
  const ctx = useViewContext();
  // The charts follow a keystroke a moment later, so that the field typed in paints first.
  const later = useDeferredValue(forces);
  const radar = useMemo(() => (later ? forcesView(later, ctx, 'radar') : null), [later, ctx]);
  const bars = useMemo(() => (later ? forcesView(later, ctx, 'bar') : null), [later, ctx]);
  if (!forces || !summary) return null;
  const shown = (v: number | null) => (v === null ? t('common.notRated') : formatNumber(v, i18n.language, 2));
  return (
    <div className="page forces-page">
      <h1>{t('forces.heading')}</h1>
      <p className="intro">{t('forces.intro')}</p>
      <p className="page-actions">
        <CsvButton
          current={currentProject}
          table={(p) => forcesTable(p.forces, ctx)}
          what={t('csv.what.forces')}
        />
      </p>
      <p className="formula">{t('forces.formula')}</p>
      <p className="attractiveness" data-testid="attractiveness">
        <strong>
          {t('forces.attractiveness', {
            now: shown(summary.attractiveness.now),
            future: shown(summary.attractiveness.future),
          })}
        </strong>
      </p>
      <div className="forces-diagram">
        {FORCES.map((force) => (
          <ForceCard key={force} force={force} drivers={forces[force]} intensity={summary.byForce[force]} />
        ))}
      </div>
      {radar && bars && (
        <div className="chart-row">
          <ChartFrame view={radar}>
            <CategoryChart view={radar} height={360} />
          </ChartFrame>
          <ChartFrame view={bars}>
            <CategoryChart view={bars} height={360} />
          </ChartFrame>
        </div>
      )}
    </div>
  );
}
