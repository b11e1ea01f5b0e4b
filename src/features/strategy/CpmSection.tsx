import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../charts/ChartFrame';
import { CategoryChart } from '../../charts/CategoryChart';
import { useViewContext } from '../../charts/useViewContext';
import { cpmView } from '../../views/strategyViews';
import type { Project } from '../../domain/project/types';
import { cpmScores } from '../../views/names';
import { formatFixed } from '../../i18n/format';
import { positioningActions as edit } from '../../state/positioningActions';
import { fullReason } from '../../i18n/capacity';
import { FullReason } from '../../ui/FullReason';
import { CpmTable } from './CpmTable';

/** Competitive profile matrix: critical success factors, weights, ratings 1–4 per player, totals, radar. */
export function CpmSection({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const ctx = useViewContext();
  const fmt = (v: number) => formatFixed(v, i18n.language, 2);
  const { cpm } = project.strategy;
  const full = fullReason(t, 'cpmFactors', cpm.length);
  const { players, totals, unrated } = cpmScores(project, t);
  const weightSum = cpm.reduce((s, f) => s + (f.weight ?? 0), 0);
  const radar = cpmView(project, ctx);
  return (
    <section aria-labelledby="cpm-heading" className="strategy-section">
      <h2 id="cpm-heading">{t('positioning.cpm')}</h2>
      <p className="muted small">{t('positioning.cpmHelp')}</p>
      <CpmTable cpm={cpm} players={players} totals={totals} weightSum={weightSum} />
      {cpm.length > 0 && Math.abs(weightSum - 1) >= 5e-4 && (
        <p className="bad" role="status">
          {t('positioning.cpmSum', { sum: fmt(weightSum) })}
        </p>
      )}
      {unrated.length > 0 && (
        <p className="muted">{t('positioning.cpmUnrated', { count: unrated.length })}</p>
      )}
      <button
        type="button"
        disabled={Boolean(full)}
        aria-describedby={full ? 'cpm-full' : undefined}
        onClick={() => edit.addCpmFactor(t('positioning.newCsf'))}
      >
        {t('positioning.addCsf')}
      </button>
      <FullReason id="cpm-full" reason={full} />
      {radar && (
        <ChartFrame view={radar}>
          <CategoryChart view={radar} height={460} />
        </ChartFrame>
      )}
    </section>
  );
}
