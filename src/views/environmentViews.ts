import { FORCES } from '../domain/project/schema';

import { forcesTable, swotTable } from './tables';
import type { Project } from '../domain/project/types';
import { summariseForces } from '../domain/forces/intensity';
import { factorMatrix } from '../domain/swot/factorMatrix';
import { PALETTE, SERIES } from './theme';
import type { CategoryView, ViewContext } from './types';
import { fixedAxis } from './valueAxis';

/**
 * The five forces' intensity (1–5), now and in three years, as a radar (page and report) or as bars (page
 * and deck): the same series either way. Null until a force is rated.
 */
export function forcesView(
  forces: Project['forces'],
  ctx: ViewContext,
  shape: 'radar' | 'bar' = 'bar',
): CategoryView | null {
  const { t } = ctx;
  const summary = summariseForces(forces);
  if (FORCES.every((f) => summary.byForce[f].now === null && summary.byForce[f].future === null)) return null;
  const categories = FORCES.map((f) => t(`forces.short.${f}`));
  const now = FORCES.map((f) => summary.byForce[f].now);
  const future = FORCES.map((f) => summary.byForce[f].future);
  const shown = (v: number | null) => (v === null ? '–' : ctx.fixed(v, 1));
  return {
    kind: 'category',
    shape,
    id: shape === 'bar' ? 'forces' : 'forcesRadar',
    title: t(shape === 'bar' ? 'forces.barTitle' : 'forces.radarTitle'),
    subtitle: t('forces.chartSubtitle'),
    source: t('forces.chartSource'),
    summary: categories
      .map((c, i) => `${c}${t('common.colon')}${shown(now[i]!)} / ${shown(future[i]!)}`)
      .join(t('common.listSeparator')),
    categories,
    series: [
      { id: 'now', name: t('common.now'), colour: SERIES.now, values: now },
      { id: 'future', name: t('common.future'), colour: SERIES.future, dash: true, values: future },
    ],
    y: fixedAxis(t('forces.axis'), 0, 5, 1, ctx),
    valueLabels: { decimals: 1, format: (v) => ctx.fixed(v, 1) },
    table: () => forcesTable(forces, ctx),
  };
}

/** The IFE and EFE totals (1–4) against the 2.5 average, each bar coloured by its side of it. */
export function ifeEfeView(swot: Project['swot'], ctx: ViewContext): CategoryView | null {
  const { t } = ctx;
  const ife = factorMatrix(swot, 'ife');
  const efe = factorMatrix(swot, 'efe');
  if (!ife.valid && !efe.valid) return null;
  const totals = [ife.valid ? ife.total : null, efe.valid ? efe.total : null];
  const shown = (v: number | null) => (v === null ? '–' : ctx.fixed(v, 2));
  return {
    kind: 'category',
    shape: 'bar',
    horizontal: true,
    id: 'ifeEfe',
    title: `${t('scoring.totalsTitle')}${t('scoring.totalsColon')}IFE ${shown(totals[0]!)}${t('common.comma')}EFE ${shown(totals[1]!)}`,
    subtitle: t('scoring.totalsSubtitle'),
    source: t('scoring.chartSource'),
    summary: `IFE ${shown(totals[0]!)}${t('common.listSeparator')}EFE ${shown(totals[1]!)}`,
    categories: ['IFE', 'EFE'],
    series: [{ id: 'total', name: t('scoring.totalAxis'), colour: PALETTE.blue, values: totals }],
    categoryColours: totals.map((v) => ((v ?? 0) >= 2.5 ? PALETTE.blue : PALETTE.vermillion)),
    y: fixedAxis(t('scoring.totalAxis'), 1, 4, 0.5, ctx),
    valueLabels: { decimals: 2, format: (v) => ctx.fixed(v, 2) },
    references: [{ value: 2.5, label: t('scoring.average') }],
    table: () => swotTable(swot, ctx),
  };
}
