import type { CategoryView } from '../../views/types';
import type { DeckSlide } from './deckModel';
import { slideHead } from './slideFrame';
import { hex, round } from './deckPalette';

/** Excel's number format for ticks with that many decimals. */
const excelFormat = (decimals: number) => (decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0');

/**
 * A category view as a native chart (bar, line or radar) with the view's series, colours, dashes and value
 * axis; the summary goes under it as the note.
 */
export function categorySlide(view: CategoryView): DeckSlide {
  const step = view.y.ticks.length > 1 ? round(view.y.ticks[1]! - view.y.ticks[0]!, 6) : undefined;
  return {
    ...slideHead(view),
    body: {
      kind: 'chart',
      chart: {
        kind: view.shape,
        ...(view.stacked && { stacked: true }),
        ...(view.horizontal && { horizontal: true }),
        series: view.series.map((s) => ({
          name: s.name,
          labels: view.categories,
          values: s.values.map((v) => (v === null ? null : round(v, 4))),
          ...(s.dash && view.shape !== 'bar' && { style: { dash: true } }),
          ...((s.hidden || s.legend === false || s.pointLabels) && {
            style: {
              ...(s.hidden && { hidden: true }),
              ...(s.legend === false && { legend: false as const }),
              ...(s.pointLabels && { pointLabels: s.pointLabels }),
            },
          }),
        })),
        colours: view.series.map((s) => hex(s.colour)),
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
      },
      note: [view.summary, ...(view.references ?? []).map((r) => r.label)].join(' · '),
    },
  };
}
