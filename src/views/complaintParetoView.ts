import { complaintPareto, VITAL_SHARE } from '../domain/implementation/complaints';
import type { Project } from '../domain/project/types';
import { PALETTE } from './theme';
import type { CategoryView, ViewContext, ViewSeries } from './types';
import { dataAxis, fixedAxis } from './valueAxis';

type Cause = Project['implementation']['recovery']['complaints'][number];

/**
 * Service recovery's complaint-cause Pareto: each cause's count as a bar, ranked, the vital few (the fewest
 * causes giving 80% of complaints) in blue and the rest in grey; the cumulative share as a line on a right-hand
 * axis in %, and the 80% line dashed on that axis. Null when no complaint has been counted.
 */
export function complaintParetoView(causes: readonly Cause[], ctx: ViewContext): CategoryView | null {
  const pareto = complaintPareto(causes);
  if (!pareto) return null;
  const { t } = ctx;
  const pct = (v: number) => ctx.number(v * 100, 1);
  const names = pareto.ranked.map((r, i) => r.cause.trim() || t('plan.recovery.unnamed', { rank: i + 1 }));
  const bars = (vital: boolean): ViewSeries => ({
    id: vital ? 'vital' : 'rest',
    name: t(vital ? 'plan.recovery.vital' : 'plan.recovery.rest'),
    colour: vital ? PALETTE.blue : PALETTE.grey,
    values: pareto.ranked.map((r) => (r.vital === vital ? r.count : null)),
  });
  return {
    kind: 'category',
    shape: 'bar',
    stacked: true,
    id: 'complaintPareto',
    title: t('plan.recovery.paretoTitle', {
      n: ctx.number(pareto.vitalCount),
      total: ctx.number(pareto.ranked.length),
      share: pct(pareto.vitalShare),
    }),
    subtitle: t('plan.recovery.paretoSubtitle', { total: ctx.number(pareto.total) }),
    source: t('plan.recovery.paretoSource'),
    summary: t('plan.recovery.paretoSummary', {
      first: names[0],
      share: pct(pareto.ranked[0]!.share),
      n: ctx.number(pareto.vitalCount),
      vital: pct(pareto.vitalShare),
    }),
    categories: names,
    series: [
      ...[bars(true), bars(false)].filter((s) => s.values.some((v) => v !== null)),
      {
        id: 'cumulative',
        name: t('plan.recovery.cumulative'),
        colour: PALETTE.vermillion,
        right: true,
        values: pareto.ranked.map((r) => r.cumulative * 100),
      },
      {
        id: 'vital-line',
        name: t('plan.recovery.vitalLine', { share: pct(VITAL_SHARE) }),
        colour: PALETTE.black,
        dash: true,
        right: true,
        values: pareto.ranked.map(() => VITAL_SHARE * 100),
      },
    ],
    y: dataAxis(
      t('plan.recovery.countAxis'),
      pareto.ranked.map((r) => r.count),
      ctx,
      5,
    ),
    y2: { ...fixedAxis(t('plan.recovery.cumulativeAxis'), 0, 100, 20, ctx), unit: '%' },
    table: () => ({
      name: t('plan.recovery.csvName'),
      rows: [
        [
          t('plan.recovery.cause'),
          t('plan.recovery.count'),
          t('plan.recovery.sharePct'),
          t('plan.recovery.cumulativePct'),
          t('plan.recovery.vital'),
        ],
        ...pareto.ranked.map((r, i) => [
          names[i],
          r.count,
          Number((r.share * 100).toFixed(2)),
          Number((r.cumulative * 100).toFixed(2)),
          r.vital ? t('common.yes') : t('common.no'),
        ]),
      ],
    }),
  };
}
