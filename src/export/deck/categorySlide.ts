import type { CategoryView } from '../../views/types';
import type { DeckSlide } from './deckModel';
import { slideHead } from './slideFrame';
import { hex, round, tickStep } from './deckPalette';

/** Excel's number format for ticks with that many decimals, thousands grouped (60,000 rather than 60000). */
const excelFormat = (decimals: number) => (decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');

/**
 * A category view as a native chart (bar, line or radar) with the view's series, colours, dashes and value
 * axis; the summary goes under it as the note.
 */
export function categorySlide(view: CategoryView): DeckSlide {
  const step = tickStep(view.y.ticks);
  const { y2 } = view;
  // A Pareto chart: its bars first, then the lines measured on the right-hand axis.
  const right = y2 ? view.series.filter((s) => s.right) : [];
  const series = y2 ? [...view.series.filter((s) => !s.right), ...right] : view.series;
  return {
    ...slideHead(view),
    body: {
      kind: 'chart',
      chart: {
        kind: view.shape,
        ...(view.stacked && { stacked: true }),
        ...(view.horizontal && { horizontal: true }),
        series: series.map((s) => ({
          name: s.name,
          labels: view.categories,
          values: s.values.map((v) => (v === null ? null : round(v, 4))),
          ...(s.dash && view.shape !== 'bar' && { style: { dash: true } }),
          // A Pareto chart's cut-offs: flat dashed lines without a marker at every bar.
          ...(s.dash && s.right && { style: { dash: true, marker: 'none' as const } }),
          ...((s.hidden || s.legend === false || s.pointLabels) && {
            style: {
              ...(s.hidden && { hidden: true }),
              ...(s.legend === false && { legend: false as const }),
              ...(s.pointLabels && { pointLabels: s.pointLabels }),
            },
          }),
        })),
        colours: series.map((s) => hex(s.colour)),
        ...(view.categoryColours && { pointColours: view.categoryColours.map(hex) }),
        ...(view.categoryTitle && { xTitle: view.categoryTitle }),
        ...(view.shape !== 'radar' && !view.y.hidden && { yTitle: view.y.title }),
        ...(view.y.hidden && { yHidden: true }),
        yMin: view.y.min,
        yMax: view.y.max,
        ...(step !== undefined && { yStep: step }),
        valueFormat: excelFormat(view.y.decimals),
        valueLabels: view.valueLabels !== undefined,
        ...(view.valueLabels && { labelFormat: excelFormat(view.valueLabels.decimals) }),
        ...(y2 &&
          right.length > 0 && {
            secondary: {
              count: right.length,
              title: y2.title,
              min: y2.min,
              max: y2.max,
              step: tickStep(y2.ticks),
              valueFormat: excelFormat(y2.decimals),
            },
          }),
      },
      note: [view.summary, ...(view.references ?? []).map((r) => r.label)].join(' · '),
    },
  };
}
