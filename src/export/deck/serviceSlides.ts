import type { Project } from '../../domain/project/types';
import { evaluateModel } from '../../domain/service-cost/models';
import type { Translate } from '../csvTables';
import type { DeckSlide } from './deckModel';
import { C, round } from './deckPalette';

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
    // Every fifth point keeps the chart's data sheet readable while the curve stays smooth.
    const points = view.points.filter((_, i) => i % 5 === 0 || i === view.points.length - 1);
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
    const xs = x.filter(Number.isFinite);
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
            xMin: Math.floor(Math.min(...xs) / 5) * 5,
            xMax: Math.min(100, Math.ceil(Math.max(...xs) / 5) * 5),
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
