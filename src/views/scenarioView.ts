import { formatSharePercent } from '../i18n/format';
import type { ServiceModel } from '../domain/project/types';
import type { ModelPoint, ModelView } from '../domain/service-cost/models';
import { classifyMove } from '../domain/service-cost/moves';
import { identityCache } from './identityCache';
import { moneyAxis, serviceLevelAxis } from './serviceCostView';
import { PLAYER_SERIES } from './theme';
import type { CurvesView, ViewAxis, ViewContext, ViewSeries } from './types';

const seriesCache = new WeakMap<readonly ModelPoint[], { key: string; series: ViewSeries }>();
const axesCache = identityCache<{ x: ViewAxis; y: ViewAxis }>();

/** One model's cost curve: the baseline solid, scenarios dashed; kept while its points stay the same. */
function costSeries(model: ServiceModel, view: ModelView, index: number): ViewSeries {
  const colour = PLAYER_SERIES[index % PLAYER_SERIES.length]!;
  const key = `${model.id}\u0000${model.name}\u0000${colour}`;
  const cached = seriesCache.get(view.points);
  if (cached && cached.key === key) return cached.series;
  const series: ViewSeries = {
    id: model.id,
    name: model.name,
    colour,
    dash: index > 0,
    x: view.points.map((p) => p.serviceLevel * 100),
    values: view.points.map((p) => p.cost),
  };
  seriesCache.set(view.points, { key, series });
  return series;
}

/**
 * A baseline and its scenarios (the four cost–service moves): each one's cost curve and today's point, and
 * each scenario's move from the baseline in the summary.
 */
export function scenarioView(
  baseline: ServiceModel,
  drawn: ReadonlyArray<{ model: ServiceModel; view: ModelView }>,
  ctx: ViewContext,
): CurvesView {
  const { t } = ctx;
  const series = drawn.map((d, i) => costSeries(d.model, d.view, i));
  const { x, y } = axesCache(baseline.id, [ctx.language, ...series], () => ({
    x: serviceLevelAxis(
      series.flatMap((s) => s.x!),
      ctx,
    ),
    y: moneyAxis(
      series.flatMap((s) => s.values),
      ctx,
    ),
  }));
  const base = drawn.find((d) => d.model.id === baseline.id);
  const move = (d: (typeof drawn)[number]) =>
    !base || d === base
      ? t('serviceCost.baseline')
      : t(`serviceCost.move.${classifyMove(base.view.operating, d.view.operating)}`);
  const h = (key: string) => t(`csv.${key}`);
  return {
    kind: 'curves',
    id: `scenarios:${baseline.id}`,
    title: t('serviceCost.overlayTitle', { name: baseline.name }),
    subtitle: t('serviceCost.overlaySubtitle'),
    source: t('serviceCost.chartSource'),
    summary: drawn
      .map(
        (d) =>
          `${d.model.name}${t('common.colon')}${formatSharePercent(d.view.operating.serviceLevel, ctx.language)}%${t('common.comma')}${ctx.number(d.view.operating.cost, 0)}${t('common.paren', { text: move(d) })}`,
      )
      .join(t('common.listSeparator')),
    x,
    y,
    series,
    marks: drawn.map((d, i) => ({
      id: `${d.model.id}:today`,
      name: `${d.model.name}${t('common.colon')}${t('serviceCost.today')}`,
      x: d.view.operating.serviceLevel * 100,
      y: d.view.operating.cost,
      label: '',
      colour: series[i]!.colour,
      side: 'above' as const,
    })),
    table: () => ({
      name: baseline.name,
      rows: [
        [h('model'), h('serviceLevel'), h('cost'), h('profit'), h('move')],
        ...drawn.map((d) => [
          d.model.name,
          Math.round(d.view.operating.serviceLevel * 1e6) / 1e4,
          Math.round(d.view.operating.cost * 100) / 100,
          d.view.operating.profit === null ? null : Math.round(d.view.operating.profit * 100) / 100,
          move(d),
        ]),
      ],
    }),
  };
}
