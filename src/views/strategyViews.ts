import type { Project } from '../domain/project/types';

import { cpmTable, qspmTable, valueCurveTable } from './tables';
import { own } from '../domain/project/own';
import type { ScoringView } from '../domain/strategy/analysis';
import { alternativeName, cpmScores, valueCanvas } from './names';
import { PLAYER_SERIES } from './theme';
import type { CategoryView, ViewContext, ViewSeries } from './types';
import { dataAxis, fixedAxis } from './valueAxis';

const playerColour = (i: number) => PLAYER_SERIES[i % PLAYER_SERIES.length]!;

/** Ratings 1–4 of each player on each critical success factor: the firm solid, competitors dashed. */
export function cpmView(project: Project, ctx: ViewContext): CategoryView | null {
  const { t } = ctx;
  const { cpm } = project.strategy;
  if (cpm.length < 3) return null;
  const { players, totals } = cpmScores(project, t);
  return {
    kind: 'category',
    shape: 'radar',
    id: 'cpm',
    title: t('positioning.cpmRadarTitle'),
    subtitle: t('positioning.cpmRadarSubtitle'),
    source: t('positioning.source'),
    summary: `${t('positioning.cpmTotal')}${t('common.colon')}${players
      .map((p) => `${p.name} ${ctx.fixed(totals[p.id] ?? 0, 2)}`)
      .join(t('common.listSeparator'))}`,
    categories: cpm.map((f, i) => f.name || t('positioning.csfName', { n: i + 1 })),
    series: players.map((p, i) => ({
      id: p.id,
      name: p.name,
      colour: playerColour(i),
      dash: i > 0,
      values: cpm.map((f) => own(f.ratings, p.id) ?? null),
    })),
    y: fixedAxis(t('positioning.cpmRating'), 0, 4, 1, ctx),
    table: () => cpmTable(project, ctx),
  };
}

/**
 * The strategy canvas: today and one alternative (asked for, else the chosen one, else the first) solid,
 * competitors dashed, levels 0–10 on each competing factor. Null until two factors and a curve exist.
 */
export function valueCurveView(
  project: Project,
  ctx: ViewContext,
  alternativeId?: string | null,
): CategoryView | null {
  const { t } = ctx;
  const { valueFactors } = project.strategy;
  const { alternative, curves } = valueCanvas(project, t, alternativeId);
  if (valueFactors.length < 2 || curves.length === 0) return null;
  const series: ViewSeries[] = curves.map((c, i) => ({
    id: c.id,
    name: c.name,
    colour: playerColour(i),
    dash: c.dashed,
    values: valueFactors.map((f) => own(c.levels, f.id) ?? null),
  }));
  return {
    kind: 'category',
    shape: 'line',
    id: 'valueCurves',
    title: t('positioning.canvasTitle', { name: alternative ? alternativeName(alternative, t) : '' }),
    subtitle: t('positioning.canvasSubtitle'),
    source: t('positioning.source'),
    summary: series
      .map(
        (s) =>
          `${s.name}${t('common.colon')}${s.values.map((v) => (v === null ? '–' : ctx.fixed(v, 0))).join('/')}`,
      )
      .join(t('common.listSeparator')),
    categories: valueFactors.map((f, i) => f.name || t('positioning.valueFactorName', { n: i + 1 })),
    series,
    y: fixedAxis(t('positioning.canvasAxis'), 0, 10, 2, ctx),
    table: () => valueCurveTable(project, ctx),
  };
}

/** How many key factors get a colour of their own in the QSPM stack; the rest are summed as "other". */
export const QSPM_NAMED_FACTORS = 6;
const QSPM_COLOURS = PLAYER_SERIES.slice(1, 1 + QSPM_NAMED_FACTORS);
const OTHER_COLOUR = '#b8bec8';

/**
 * Each alternative's sum of TAS, stacked by key factor: the six factors that add most across the
 * alternatives each in a colour of their own, the rest as one grey "other" segment, so that the legend
 * stays readable and no colour stands for two factors. Null until two alternatives are scored.
 */
export function qspmView(project: Project, scoring: ScoringView, ctx: ViewContext): CategoryView | null {
  const { t } = ctx;
  const alternatives = project.strategy.alternatives;
  const drawn = scoring.counted.factors.filter((f) => scoring.status[f.id] === 'complete');
  if (drawn.length === 0 || alternatives.length < 2) return null;
  const tas = (altId: string, factorId: string) => scoring.tas[altId]?.[factorId] ?? 0;
  const weightOf = (id: string) => alternatives.reduce((sum, a) => sum + tas(a.id, id), 0);
  const named = new Set(
    [...drawn]
      .sort((a, b) => weightOf(b.id) - weightOf(a.id))
      .slice(0, drawn.length <= QSPM_NAMED_FACTORS + 1 ? drawn.length : QSPM_NAMED_FACTORS)
      .map((f) => f.id),
  );
  const kept = drawn.filter((f) => named.has(f.id));
  const rest = drawn.filter((f) => !named.has(f.id));
  const names = alternatives.map((a) => alternativeName(a, t));
  const leader = alternatives.find((a) => a.id === scoring.ranking[0]);
  const series: ViewSeries[] = kept.map((f, i) => ({
    id: f.id,
    name: `${f.label} ${f.text}`,
    short: f.label,
    colour: QSPM_COLOURS[i]!,
    values: alternatives.map((a) => tas(a.id, f.id)),
  }));
  if (rest.length > 0)
    series.push({
      id: 'other',
      name: t('strategy.otherFactors', { count: rest.length, labels: rest.map((f) => f.label).join(', ') }),
      colour: OTHER_COLOUR,
      values: alternatives.map((a) => rest.reduce((sum, f) => sum + tas(a.id, f.id), 0)),
    });
  const totals = alternatives.map((a) => scoring.totals[a.id] ?? 0);
  return {
    kind: 'category',
    shape: 'bar',
    stacked: true,
    id: 'qspm',
    title: t('strategy.tasChartTitle', { name: leader ? alternativeName(leader, t) : '' }),
    subtitle: t('strategy.tasChartSubtitle'),
    source: t('strategy.source'),
    summary: scoring.ranking
      .map(
        (id, i) =>
          `${i + 1}. ${names[alternatives.findIndex((a) => a.id === id)]} ${ctx.fixed(scoring.totals[id] ?? 0, 2)}`,
      )
      .join(t('common.listSeparator')),
    categories: names,
    series,
    y: dataAxis(t('strategy.tasAxis'), totals, ctx),
    table: () => qspmTable(project, scoring, ctx),
  };
}
