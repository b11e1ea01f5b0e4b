import type { ServiceModel } from '../domain/project/types';
import type { ModelPoint, ModelView } from '../domain/service-cost/models';
import { formatSharePercent } from '../i18n/format';
import { PALETTE } from './theme';
import { niceRange, roundTo } from './scale';
import type { CurvesView, ViewAxis, ViewContext, ViewMark, ViewSeries, ViewTable } from './types';

/** Service levels are shown in % with one decimal, the same in a mark's label, a caption and a note. */

interface Curves {
  key: string;
  series: ViewSeries[];
  x: ViewAxis;
  y: ViewAxis;
}

/** The curves and axes of one set of points, kept while only today's point moves: a chart need not redraw them. */
const curvesCache = new WeakMap<readonly ModelPoint[], Curves>();

function curves(points: readonly ModelPoint[], ctx: ViewContext): Curves {
  const { t } = ctx;
  const key = [ctx.language, t('serviceCost.cost'), t('serviceCost.axisMoney')].join('\u0000');
  const cached = curvesCache.get(points);
  if (cached && cached.key === key) return cached;
  const x = points.map((p) => p.serviceLevel * 100);
  const hasRevenue = points.some((p) => p.revenue !== null);
  const series: ViewSeries[] = [
    {
      id: 'cost',
      name: t('serviceCost.cost'),
      colour: PALETTE.vermillion,
      x,
      values: points.map((p) => p.cost),
    },
    ...(hasRevenue
      ? [
          {
            id: 'revenue',
            name: t('serviceCost.revenue'),
            colour: PALETTE.blue,
            x,
            values: points.map((p) => p.revenue),
          },
          {
            id: 'profit',
            name: t('serviceCost.profit'),
            colour: PALETTE.green,
            x,
            values: points.map((p) => p.profit),
          },
        ]
      : []),
  ];
  const made = {
    key,
    series,
    x: serviceLevelAxis(x, ctx),
    y: moneyAxis(
      series.flatMap((s) => s.values),
      ctx,
    ),
  };
  curvesCache.set(points, made);
  return made;
}

/** The service-level axis in %: round ticks from below the lowest point to above the highest, within 0–100. */
export function serviceLevelAxis(percents: readonly number[], ctx: ViewContext): ViewAxis {
  const range = niceRange(Math.min(...percents), Math.max(...percents), 8);
  const min = Math.max(0, range.min);
  const max = Math.min(100, range.max);
  return {
    title: ctx.t('serviceCost.axisServiceLevel'),
    min,
    max,
    ticks: range.ticks.filter((v) => v >= min && v <= max),
    decimals: 0,
    unit: '%',
    format: (v) => `${ctx.fixed(v, 0)}%`,
  };
}

/** The money axis: round ticks from 0 (or below a negative minimum) to above the highest value. */
export function moneyAxis(values: ReadonlyArray<number | null>, ctx: ViewContext): ViewAxis {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const range = niceRange(Math.min(0, ...finite), Math.max(0, ...finite), 6);
  return {
    title: ctx.t('serviceCost.axisMoney'),
    min: range.min,
    max: range.max,
    ticks: range.ticks,
    decimals: 0,
    format: (v) => ctx.number(v, 0),
  };
}

/** The subtitle with units: what the call-centre and inventory curves measure differs from a generic curve's. */
export function serviceCostSubtitle(model: ServiceModel, ctx: ViewContext): string {
  return model.kind === 'callCentre'
    ? ctx.t('serviceCost.chartSubtitleCallCentre', { target: model.targetAnswerSec })
    : model.kind === 'inventory'
      ? ctx.t('serviceCost.chartSubtitleInventory')
      : ctx.t('serviceCost.chartSubtitle');
}

/** The method each kind of model rests on: only a call centre cites Erlang C (or A), only inventory cites Chopra. */
export function serviceCostSource(model: ServiceModel, ctx: ViewContext): string {
  if (model.kind === 'callCentre' && model.patienceSec !== null)
    return ctx.t('serviceCost.source.callCentreA');
  return ctx.t(`serviceCost.source.${model.kind}`);
}

/** A model's curve points: service level (%), the lever (agents, safety stock), cost, revenue, profit. */
export function modelCurveTable(model: ServiceModel, view: ModelView, ctx: ViewContext): ViewTable {
  const h = (key: string) => ctx.t(`csv.${key}`);
  const lever =
    model.kind === 'callCentre' ? h('agents') : model.kind === 'inventory' ? h('safetyStock') : null;
  return {
    name: model.name,
    rows: [
      [h('serviceLevel'), ...(lever ? [lever] : []), h('cost'), h('revenue'), h('profit')],
      ...view.points.map((p) => [
        roundTo(p.serviceLevel * 100, 4),
        ...(lever ? [roundTo(p.lever, 2)] : []),
        roundTo(p.cost, 2),
        roundTo(p.revenue, 2),
        roundTo(p.profit, 2),
      ]),
    ],
  };
}

/** The sentences on the optimum and today, worded and rounded as the marks are. */
export function serviceCostSentences(view: ModelView, ctx: ViewContext) {
  const { t } = ctx;
  const sl = (p: ModelPoint) => formatSharePercent(p.serviceLevel, ctx.language);
  const money = (v: number) => ctx.number(v, 0);
  const op = view.operating;
  return {
    optimum: view.optimum
      ? t('serviceCost.optimumText', { sl: sl(view.optimum), profit: money(view.optimum.profit ?? 0) })
      : null,
    today:
      t('serviceCost.todayText', { sl: sl(op), cost: money(op.cost) }) +
      (op.profit !== null ? t('serviceCost.todayProfit', { profit: money(op.profit) }) : ''),
  };
}

/**
 * Cost (and, with revenue, revenue and profit) against service level for one model, the optimum and today
 * marked: drawn on its page, in the report, on its slide and in its CSV.
 */
export function serviceCostView(model: ServiceModel, view: ModelView, ctx: ViewContext): CurvesView {
  const { t } = ctx;
  const { series, x, y } = curves(view.points, ctx);
  const hasRevenue = series.length > 1;
  const op = view.operating;
  const at = (p: ModelPoint) => p.profit ?? p.cost;
  const slLabel = (name: string, p: ModelPoint) =>
    `${name} ${formatSharePercent(p.serviceLevel, ctx.language)}%`;
  const marks: ViewMark[] = [];
  // Today at the optimum: one mark saying so (two labels on one point were drawn over each other).
  const atOptimum =
    view.optimum !== null &&
    Math.abs(view.optimum.serviceLevel - op.serviceLevel) < 1e-9 &&
    view.optimum.cost === op.cost;
  if (view.optimum && atOptimum)
    marks.push({
      id: 'optimum',
      x: view.optimum.serviceLevel * 100,
      y: at(view.optimum),
      label: slLabel(t('serviceCost.todayOptimum'), view.optimum),
      colour: PALETTE.green,
      side: 'above',
    });
  else if (view.optimum)
    marks.push({
      id: 'optimum',
      x: view.optimum.serviceLevel * 100,
      y: at(view.optimum),
      label: slLabel(t('serviceCost.optimum'), view.optimum),
      colour: PALETTE.green,
      side: 'above',
    });
  if (Number.isFinite(op.cost) && op.serviceLevel > 0 && !atOptimum)
    marks.push({
      id: 'today',
      x: op.serviceLevel * 100,
      y: at(op),
      label: slLabel(t('serviceCost.today'), op),
      colour: PALETTE.black,
      side: 'below',
    });
  const sentences = serviceCostSentences(view, ctx);
  return {
    kind: 'curves',
    id: `service:${model.id}`,
    title: t(hasRevenue ? 'serviceCost.chartTitle' : 'serviceCost.chartTitleCost', { name: model.name }),
    subtitle: serviceCostSubtitle(model, ctx),
    source: serviceCostSource(model, ctx),
    summary: sentences.optimum
      ? t('serviceCost.summaryBoth', { optimum: sentences.optimum, today: sentences.today })
      : t('serviceCost.summaryToday', { today: sentences.today }),
    x,
    y,
    series,
    marks,
    table: () => modelCurveTable(model, view, ctx),
  };
}
