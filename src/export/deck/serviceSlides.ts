import type { Project } from '../../domain/project/types';
import { classifyMove } from '../../domain/service-cost/moves';
import { evaluateModel } from '../../domain/service-cost/models';
import type { Translate } from '../csvTables';
import type { DeckSlide } from './deckModel';
import { C, round, SERIES } from './deckPalette';

/**
 * At most about `max` points of a curve, evenly spaced, the last one kept: the chart's data sheet stays
 * readable while the curve stays true. A call centre's curve has one point per agent, often only a few
 * dozen, and is kept whole: thinned, its straight segments would miss today's point.
 */
export function sample<T>(points: readonly T[], max = 60): T[] {
  const step = Math.max(1, Math.ceil(points.length / max));
  return points.filter((_, i) => i % step === 0 || i === points.length - 1);
}

/** The service-level axis (%) from the 5 below the lowest point to the 5 above the highest, at most 100. */
function serviceLevelAxis(x: readonly number[]) {
  return {
    xMin: Math.floor(Math.min(...x) / 5) * 5,
    xMax: Math.min(100, Math.ceil(Math.max(...x) / 5) * 5),
  };
}

/** The value axis' floor: 0, or below a negative minimum the next round number (a digit times 10^k). */
export function axisFloor(min: number): number {
  if (!(min < 0)) return 0;
  const step = 10 ** Math.floor(Math.log10(-min));
  return -Math.ceil(-min / step) * step;
}

export function serviceSlides(project: Project, t: Translate): DeckSlide[] {
  return project.serviceModels.flatMap((model) => {
    const result = evaluateModel(model);
    if (!result.ok) return [];
    const view = result.value;
    const points = sample(view.points);
    const percent = (serviceLevel: number) => round(serviceLevel * 100, 2);
    const hasRevenue = points.some((p) => p.revenue !== null);
    const curves = [
      { name: t('serviceCost.cost'), values: points.map((p) => round(p.cost)) },
      ...(hasRevenue
        ? [
            {
              name: t('serviceCost.revenue'),
              values: points.map((p) => (p.revenue === null ? null : round(p.revenue))),
            },
            {
              name: t('serviceCost.profit'),
              values: points.map((p) => (p.profit === null ? null : round(p.profit))),
            },
          ]
        : []),
    ];
    const floor = axisFloor(Math.min(...curves.flatMap((c) => c.values.filter((v) => v !== null))));
    // The optimum and today are dashed vertical lines up from the axis to the profit curve (the cost curve
    // when there is no revenue), as on screen, named at their top: two extra rows each.
    const top = (p: { cost: number; profit: number | null }) => round(p.profit ?? p.cost);
    const lines = [
      ...(view.optimum
        ? [
            {
              name: `${t('serviceCost.optimum')} ${percent(view.optimum.serviceLevel).toFixed(1)}%`,
              x: percent(view.optimum.serviceLevel),
              top: top(view.optimum),
              colour: C.black,
            },
          ]
        : []),
      {
        name: `${t('serviceCost.today')} ${percent(view.operating.serviceLevel).toFixed(1)}%`,
        x: percent(view.operating.serviceLevel),
        top: top(view.operating),
        colour: C.grey,
      },
    ];
    const x = [...points.map((p) => percent(p.serviceLevel)), ...lines.flatMap((l) => [l.x, l.x])];
    const blank = (n: number) => Array<null>(n).fill(null);
    const series = [
      ...curves.map((c) => ({ name: c.name, labels: [], values: [...c.values, ...blank(2 * lines.length)] })),
      ...lines.map((line, i) => ({
        name: line.name,
        labels: [],
        values: [...blank(points.length + 2 * i), floor, line.top, ...blank(2 * (lines.length - i - 1))],
        style: {
          dash: true,
          labelAt: points.length + 2 * i + 1,
          labelPosition: i === 0 && lines.length > 1 ? ('t' as const) : ('r' as const),
        },
      })),
    ];
    const optimum = view.optimum
      ? t('serviceCost.optimumText', {
          sl: (view.optimum.serviceLevel * 100).toFixed(1),
          profit: Math.round(view.optimum.profit ?? 0).toLocaleString('en'),
        })
      : '';
    const today = t('serviceCost.todayText', {
      sl: (view.operating.serviceLevel * 100).toFixed(1),
      cost: Math.round(view.operating.cost).toLocaleString('en'),
    });
    return [
      {
        id: `service:${model.id}`,
        title: t(hasRevenue ? 'serviceCost.chartTitle' : 'serviceCost.chartTitleCost', { name: model.name }),
        subtitle: t('serviceCost.chartSubtitle'),
        source: t('serviceCost.chartSource'),
        body: {
          kind: 'chart' as const,
          chart: {
            kind: 'scatter' as const,
            lines: true,
            x,
            ...serviceLevelAxis(x),
            series,
            colours: [C.vermillion, C.blue, C.green]
              .slice(0, curves.length)
              .concat(lines.map((l) => l.colour)),
            xTitle: t('serviceCost.axisServiceLevel'),
            yTitle: t('serviceCost.axisMoney'),
            yMin: floor,
            valueFormat: '#,##0',
          },
          note: [optimum, today].filter(Boolean).join(' · '),
        },
      },
    ];
  });
}

/**
 * A baseline and its scenarios (the four cost–service moves): each one's cost curve, its operating point
 * marked and named, and each scenario's move from the baseline in the note.
 */
export function scenarioSlides(project: Project, t: Translate): DeckSlide[] {
  return project.serviceModels.flatMap((baseline) => {
    const family = project.serviceModels.filter((m) => m.id === baseline.id || m.baselineId === baseline.id);
    if (baseline.baselineId || family.length < 2) return [];
    const drawn = family.flatMap((model) => {
      const result = evaluateModel(model);
      if (!result.ok) return [];
      const points = sample(result.value.points);
      return [{ model, view: result.value, points }];
    });
    const base = drawn.find((d) => d.model.id === baseline.id);
    if (!base || drawn.length < 2) return [];
    // Each curve has its own service levels: one block of rows per curve, then one row per operating point.
    const x = [
      ...drawn.flatMap((d) => d.points.map((p) => round(p.serviceLevel * 100, 2))),
      ...drawn.map((d) => round(d.view.operating.serviceLevel * 100, 2)),
    ];
    const blank = (n: number) => Array<null>(n).fill(null);
    const before = (i: number) => drawn.slice(0, i).reduce((n, d) => n + d.points.length, 0);
    const curveRows = before(drawn.length);
    const curves = drawn.map((d, i) => ({
      name: d.model.name,
      labels: [],
      values: [
        ...blank(before(i)),
        ...d.points.map((p) => round(p.cost)),
        ...blank(x.length - before(i) - d.points.length),
      ],
    }));
    const todays = drawn.map((d, i) => ({
      name: `${d.model.name}: ${t('serviceCost.today')}`,
      labels: [],
      values: [...blank(curveRows + i), round(d.view.operating.cost), ...blank(drawn.length - i - 1)],
      style: { marker: 'circle' as const },
    }));
    const colours = drawn.map((_, i) => SERIES[(i + 1) % SERIES.length]!);
    const move = (d: (typeof drawn)[number]) =>
      d === base
        ? t('serviceCost.baseline')
        : t(`serviceCost.move.${classifyMove(base.view.operating, d.view.operating)}`);
    return [
      {
        id: `scenarios:${baseline.id}`,
        title: t('serviceCost.overlayTitle', { name: baseline.name }),
        subtitle: t('serviceCost.overlaySubtitle'),
        source: t('serviceCost.chartSource'),
        body: {
          kind: 'chart' as const,
          chart: {
            kind: 'scatter' as const,
            lines: true,
            x,
            ...serviceLevelAxis(x),
            series: [...curves, ...todays],
            colours: [...colours, ...colours],
            xTitle: t('serviceCost.axisServiceLevel'),
            yTitle: t('serviceCost.axisMoney'),
            yMin: axisFloor(Math.min(...drawn.flatMap((d) => d.points.map((p) => p.cost)))),
            valueFormat: '#,##0',
          },
          note: drawn
            .map(
              (d) =>
                `${d.model.name}: ${(d.view.operating.serviceLevel * 100).toFixed(1)}%, ${Math.round(d.view.operating.cost).toLocaleString('en')} (${move(d)})`,
            )
            .join(' · '),
        },
      },
    ];
  });
}
