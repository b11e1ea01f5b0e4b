import { formatSharePercent } from '../i18n/format';
import type { ServiceModel } from '../domain/project/types';
import type { ModelPoint, ModelView } from '../domain/service-cost/models';
import { identityCache } from './identityCache';
import { niceRange, roundTo, stepDecimals } from './scale';
import { moneyAxis, serviceCostSentences, serviceCostSource, serviceLevelAxis } from './serviceCostView';
import { PALETTE } from './theme';
import type { CurvesView, ViewAxis, ViewContext, ViewSeries } from './types';
import { fixedAxis } from './valueAxis';

/** Curves that depend only on the points (not on today's), kept while only today's point moves. */
const marginalCache = identityCache<{ series: ViewSeries[]; x: ViewAxis; y: ViewAxis }>();
const leverCache = identityCache<{ series: ViewSeries[]; x: ViewAxis; y: ViewAxis; y2: ViewAxis }>();

/** The marginal cost at the optimum, read off the curve between the two points around it. */
function marginalAt(points: readonly ModelPoint[], serviceLevel: number): number {
  const found = points.findIndex((p) => p.serviceLevel >= serviceLevel);
  // An optimum at the range's end (or a hair past it, by rounding) reads the last point.
  const i = found < 0 ? points.length - 1 : found;
  const b = points[Math.max(0, i)]!;
  const a = points[Math.max(0, i - 1)]!;
  const span = b.serviceLevel - a.serviceLevel;
  const share = span > 0 ? (serviceLevel - a.serviceLevel) / span : 0;
  return ((a.marginalCost ?? 0) + share * ((b.marginalCost ?? 0) - (a.marginalCost ?? 0))) / 100;
}

/**
 * A generic model's marginal cost and marginal revenue per percentage point of service, the optimum marked
 * where they cross. Null for models whose curves have no derivative (call centre, inventory).
 */
export function marginalView(model: ServiceModel, view: ModelView, ctx: ViewContext): CurvesView | null {
  const { t } = ctx;
  const { points } = view;
  if (model.kind !== 'generic' || points[0]?.marginalCost === undefined) return null;
  const { series, x, y } = marginalCache(`marginal:${model.id}`, [points, ctx.language, t], () => {
    const slx = points.map((p) => p.serviceLevel * 100);
    const curves: ViewSeries[] = [
      {
        id: 'marginalCost',
        name: t('serviceCost.marginalCost'),
        colour: PALETTE.vermillion,
        x: slx,
        values: points.map((p) => (p.marginalCost ?? 0) / 100),
      },
      {
        id: 'marginalRevenue',
        name: t('serviceCost.marginalRevenue'),
        colour: PALETTE.blue,
        x: slx,
        values: points.map((p) => (p.marginalRevenue ?? 0) / 100),
      },
    ];
    // Marginal cost runs away near 100%: the axis stops at three times the highest marginal revenue, so
    // that the crossing (the optimum) is not squashed flat at the bottom.
    const cap = 3 * Math.max(...curves[1]!.values.map((v) => Math.abs(v ?? 0)));
    const money = moneyAxis(
      curves
        .flatMap((s) => s.values)
        .map((v) => (v !== null && cap > 0 ? Math.max(-cap, Math.min(cap, v)) : v)),
      ctx,
    );
    return {
      series: curves,
      x: serviceLevelAxis(slx, ctx),
      y: { ...money, title: t('serviceCost.axisMarginal') },
    };
  });
  const optimum = view.optimum;
  const sl = (p: ModelPoint) => `${formatSharePercent(p.serviceLevel, ctx.language)}%`;
  return {
    kind: 'curves',
    id: `marginal:${model.id}`,
    title: t('serviceCost.marginalTitle', { name: model.name }),
    subtitle: t('serviceCost.marginalSubtitle'),
    source: serviceCostSource(model, ctx),
    summary: serviceCostSentences(view, ctx).optimum ?? '',
    x,
    y,
    series,
    marks: optimum
      ? [
          {
            id: 'optimum',
            x: optimum.serviceLevel * 100,
            y: marginalAt(points, optimum.serviceLevel),
            label: `${t('serviceCost.optimum')} ${sl(optimum)}`,
            colour: PALETTE.green,
            side: 'above',
          },
        ]
      : [],
    table: () => ({
      name: t('serviceCost.marginalCost'),
      rows: [
        [t('csv.serviceLevel'), ...series.map((s) => s.name)],
        ...points.map((p, i) => [
          roundTo(p.serviceLevel * 100, 4),
          ...series.map((s) => roundTo(s.values[i], 4)),
        ]),
      ],
    }),
  };
}

/** The lever's axis: agents in whole numbers, safety stock on round numbers, from the first point to the last. */
function leverAxis(title: string, values: readonly number[], ctx: ViewContext): ViewAxis {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const range = niceRange(lo, hi, 8);
  const step = Math.max(range.step, hi - lo < 8 ? 1 : 0);
  const decimals = stepDecimals(step);
  const first = Math.ceil(lo / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= hi + 1e-9; v += step) ticks.push(roundTo(v, 6)!);
  return { title, min: lo, max: hi, ticks, decimals, format: (v) => ctx.number(v, decimals) };
}

/**
 * What management controls (agents, or safety stock) against the service level it buys (% on the left axis;
 * inventory adds the fill rate) and what it costs (right axis). Null for a generic model.
 */
export function leverView(model: ServiceModel, view: ModelView, ctx: ViewContext): CurvesView | null {
  const { t } = ctx;
  const { points } = view;
  if (model.kind === 'generic' || model.kind === 'channels' || points.length === 0) return null;
  const callCentre = model.kind === 'callCentre';
  const { series, x, y, y2 } = leverCache(`lever:${model.id}`, [points, ctx.language, t], () => {
    const lever = points.map((p) => p.lever ?? 0);
    const hasFillRate = points.some((p) => p.fillRate !== undefined);
    const curves: ViewSeries[] = [
      {
        id: 'serviceLevel',
        name: t(callCentre ? 'serviceCost.colSl' : 'serviceCost.cycleServiceLevel'),
        colour: PALETTE.blue,
        x: lever,
        values: points.map((p) => p.serviceLevel * 100),
      },
      ...(hasFillRate
        ? [
            {
              id: 'fillRate',
              name: t('serviceCost.fillRate'),
              colour: PALETTE.sky,
              dash: true,
              x: lever,
              values: points.map((p) => (p.fillRate === undefined ? null : p.fillRate * 100)),
            },
          ]
        : []),
      {
        id: 'cost',
        name: t('serviceCost.cost'),
        colour: PALETTE.vermillion,
        x: lever,
        right: true,
        values: points.map((p) => p.cost),
      },
    ];
    const percent = fixedAxis(t('serviceCost.axisServiceLevel'), 0, 100, 20, ctx);
    return {
      series: curves,
      x: leverAxis(t(callCentre ? 'serviceCost.colAgents' : 'serviceCost.axisSafetyStock'), lever, ctx),
      y: { ...percent, unit: '%', format: (v: number) => `${ctx.fixed(v, 0)}%` },
      y2: moneyAxis(
        points.map((p) => p.cost),
        ctx,
      ),
    };
  });
  const op = view.operating;
  return {
    kind: 'curves',
    id: `lever:${model.id}`,
    title: t(callCentre ? 'serviceCost.leverTitleAgents' : 'serviceCost.leverTitleStock', {
      name: model.name,
    }),
    subtitle: t(callCentre ? 'serviceCost.leverSubtitleAgents' : 'serviceCost.leverSubtitleStock'),
    source: serviceCostSource(model, ctx),
    summary: t('serviceCost.todayText', {
      sl: formatSharePercent(op.serviceLevel, ctx.language),
      cost: ctx.number(op.cost, 0),
    }),
    x,
    y,
    y2,
    series,
    marks: [],
    table: () => ({
      name: x.title,
      rows: [
        [x.title, ...series.map((s) => s.name)],
        ...points.map((p, i) => [roundTo(p.lever, 2), ...series.map((s) => roundTo(s.values[i], 4))]),
      ],
    }),
  };
}
