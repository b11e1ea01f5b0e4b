import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { forcesTable } from '../../export/csvTables';
import { CsvButton } from '../../ui/CsvButton';
import { ChartFrame } from '../../charts/ChartFrame';
import { ForcesBarChart } from '../../charts/ForcesBarChart';
import { ForcesRadarChart, type ForcePoint } from '../../charts/ForcesRadarChart';
import { summariseForces } from '../../domain/forces/intensity';
import { FORCES } from '../../domain/project/schema';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { ForceCard } from './ForceCard';

/** Porter's five forces laid out as his diagram, with the intensity charts and industry attractiveness. */
export function ForcesCanvas() {
  const { t, i18n } = useTranslation();
  const forces = useAppStore((s) => s.project?.forces);
  const summary = useMemo(() => (forces ? summariseForces(forces) : null), [forces]);
  const points: ForcePoint[] = useMemo(
    () =>
      summary
        ? FORCES.map((f) => ({
            force: t(`forces.short.${f}`),
            now: summary.byForce[f].now,
            future: summary.byForce[f].future,
          }))
        : [],
    [summary, t],
  );
  if (!forces || !summary) return null;
  const shown = (v: number | null) => (v === null ? t('common.notRated') : formatNumber(v, i18n.language, 2));
  const describe = points.map((p) => `${p.force}: ${p.now ?? '–'} / ${p.future ?? '–'}`).join('; ');
  return (
    <div className="page forces-page">
      <h1>{t('forces.heading')}</h1>
      <p className="intro">{t('forces.intro')}</p>
      <p className="page-actions">
        <CsvButton table={forcesTable} what={t('csv.what.forces')} />
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
      <div className="chart-row">
        <ChartFrame
          title={t('forces.radarTitle')}
          subtitle={t('forces.chartSubtitle')}
          source={t('forces.chartSource')}
          summary={describe}
        >
          <ForcesRadarChart data={points} nowLabel={t('common.now')} futureLabel={t('common.future')} />
        </ChartFrame>
        <ChartFrame
          title={t('forces.barTitle')}
          subtitle={t('forces.chartSubtitle')}
          source={t('forces.chartSource')}
          deckSlide="forces"
          summary={describe}
        >
          <ForcesBarChart
            data={points}
            nowLabel={t('common.now')}
            futureLabel={t('common.future')}
            axisLabel={t('forces.axis')}
          />
        </ChartFrame>
      </div>
    </div>
  );
}
