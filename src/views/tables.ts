import { factorCodes } from '../domain/pestel/codes';
import { rankFactors } from '../domain/pestel/score';
import { FORCES, QUADRANTS } from '../domain/project/schema';
import type { Project } from '../domain/project/types';
import { own } from '../domain/project/own';
import type { ScoringView } from '../domain/strategy/analysis';
import { priceQualityCell } from '../domain/strategy/positioning';
import { itemLabels } from '../domain/swot/labels';
import { alternativeName, cpmScores, placedPlayers } from './names';
import { roundTo } from './scale';
import type { ViewContext, ViewTable } from './types';

/**
 * The tables behind the charts and canvases, as CSV gets them: a chart's view hands out its table, and a page
 * without a chart yet (nothing rated) still offers the same table. Headers are in the user's language;
 * numbers stay numbers.
 */

const header = (ctx: ViewContext, ...keys: string[]) => keys.map((k) => ctx.t(`csv.${k}`));

export function swotTable(swot: Project['swot'], ctx: ViewContext): ViewTable {
  const labels = itemLabels(swot);
  return {
    name: 'SWOT',
    rows: [
      header(ctx, 'quadrant', 'label', 'text', 'note', 'weight', 'rating'),
      ...QUADRANTS.flatMap((q) =>
        swot[q].map((item) => [
          ctx.t(`swot.quadrant.${q}`),
          labels.get(item.id),
          item.text,
          item.note,
          item.weight,
          item.rating,
        ]),
      ),
    ],
  };
}

/** Every driver of every force with its ratings now and in three years. */
export function forcesTable(forces: Project['forces'], ctx: ViewContext): ViewTable {
  return {
    name: ctx.t('app.forces'),
    rows: [
      header(ctx, 'force', 'driver', 'now', 'future', 'note'),
      ...FORCES.flatMap((force) =>
        forces[force].map((d) => [ctx.t(`forces.force.${force}`), d.text, d.now, d.future, d.note]),
      ),
    ],
  };
}

/** The QSPM (or weighted criteria): key factor, weight, then AS and TAS per alternative; sums at the end. */
export function qspmTable(project: Project, scoring: ScoringView, ctx: ViewContext): ViewTable {
  const { alternatives } = project.strategy;
  const names = alternatives.map((a) => alternativeName(a, ctx.t));
  return {
    name: 'QSPM',
    rows: [
      [...header(ctx, 'label', 'factor', 'weight'), ...names.flatMap((n) => [`${n} AS`, `${n} TAS`])],
      ...scoring.factors.map((f) => [
        f.label,
        f.text,
        f.weight,
        ...alternatives.flatMap((a) => {
          const score = own(a.scores, f.id);
          return [score === null ? '—' : score, roundTo(scoring.tas[a.id]?.[f.id])];
        }),
      ]),
      ['', ctx.t('csv.sumTas'), '', ...alternatives.flatMap((a) => ['', roundTo(scoring.totals[a.id])])],
    ],
  };
}

/** The competitive profile: each factor's weight and every player's rating; weighted totals at the end. */
export function cpmTable(project: Project, ctx: ViewContext): ViewTable {
  const { cpm } = project.strategy;
  const { players, totals } = cpmScores(project, ctx.t);
  return {
    name: 'CPM',
    rows: [
      [...header(ctx, 'factor', 'weight'), ...players.map((p) => p.name)],
      ...cpm.map((f) => [f.name, f.weight, ...players.map((p) => own(f.ratings, p.id) ?? null)]),
      [
        ctx.t('csv.total'),
        roundTo(cpm.reduce((s, f) => s + (f.weight ?? 0), 0)),
        ...players.map((p) => roundTo(totals[p.id] ?? 0)),
      ],
    ],
  };
}

/** Every curve of the strategy canvas (today, each alternative, each competitor) on each factor. */
export function valueCurveTable(project: Project, ctx: ViewContext): ViewTable {
  const { firm, competitors, alternatives, valueFactors } = project.strategy;
  const curves = [
    { name: ctx.t('positioning.firmToday'), levels: firm.valueCurve },
    ...alternatives.map((a) => ({ name: alternativeName(a, ctx.t), levels: a.valueCurve })),
    ...competitors.map((c) => ({ name: c.name, levels: c.valueCurve })),
  ];
  return {
    name: ctx.t('positioning.valueCurves'),
    rows: [
      [ctx.t('csv.factor'), ...curves.map((c) => c.name)],
      ...valueFactors.map((f) => [f.name, ...curves.map((c) => own(c.levels, f.id) ?? null)]),
    ],
  };
}

/** Every player's price, quality and share, with the price–quality strategy of those placed. */
export function playersTable(project: Project, ctx: ViewContext): ViewTable {
  const { firm, competitors, alternatives } = project.strategy;
  const { placed } = placedPlayers(project, ctx.t);
  const cellOf = (id: string) => {
    const p = placed.find((x) => x.id === id);
    return p ? ctx.t(`positioning.cell.${priceQualityCell(p.quality, p.price)}`) : null;
  };
  return {
    name: ctx.t('positioning.heading'),
    rows: [
      [...header(ctx, 'player', 'price', 'quality', 'share'), ctx.t('positioning.colCell')],
      [ctx.t('positioning.firmToday'), firm.price, firm.quality, firm.share, cellOf(firm.id)],
      ...alternatives.map((a) => [alternativeName(a, ctx.t), a.price, a.quality, null, cellOf(a.id)]),
      ...competitors.map((c) => [c.name, c.price, c.quality, c.share, cellOf(c.id)]),
    ],
  };
}

/** Every factor, ranked by score (unrated ones last), with its ratings, direction and horizon. */
export function pestelTable(pestel: Project['pestel'], ctx: ViewContext) {
  const { t } = ctx;
  const codes = factorCodes(pestel, (c) => t(`pestel.code.${c}`));
  const h = (key: string) => t(`csv.${key}`);
  return {
    name: 'PESTEL',
    rows: [
      [
        h('label'),
        h('category'),
        h('factor'),
        h('impact'),
        h('likelihood'),
        h('score'),
        h('direction'),
        h('horizon'),
        h('note'),
      ],
      ...rankFactors(pestel).map(({ factor: f, score }) => [
        codes.get(f.id),
        t(`pestel.category.${f.category}`),
        f.text,
        f.impact,
        f.likelihood,
        score,
        t(`pestel.directions.${f.direction}`),
        t(`pestel.horizons.${f.horizon}`),
        f.note,
      ]),
    ],
  };
}
