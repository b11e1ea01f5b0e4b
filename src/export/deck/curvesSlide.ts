import type { CurvesView, ViewAxis, ViewMark, ViewSeries } from '../../views/types';
import type { DeckSeries, DeckSlide } from './deckModel';
import { slideHead } from './slideFrame';
import { hex, round, tickStep } from './deckPalette';

/**
 * At most about `max` points of a curve, evenly spaced, the last one kept: the chart's data sheet stays
 * readable while the curve stays true. A call centre's curve has one point per agent, often only a few
 * dozen, and is kept whole: thinned, its straight segments would miss today's point.
 */
/**
 * Where a guide line's name goes: above its top for a mark drawn above (the optimum); beside it otherwise
 * (today), on the side away from a labelled mark above, whose name it would otherwise run into.
 */
function labelSide(mark: ViewMark, marks: readonly ViewMark[]): 't' | 'l' | 'r' {
  if (mark.side === 'above') return 't';
  const above = marks.find((m) => m !== mark && m.label && m.side === 'above');
  return above && above.x > mark.x ? 'l' : 'r';
}

export function sample<T>(points: readonly T[], max = 60): T[] {
  const step = Math.max(1, Math.ceil(points.length / max));
  return points.filter((_, i) => i % step === 0 || i === points.length - 1);
}

const blank = (n: number): Array<number | null> => Array<number | null>(n).fill(null);

/**
 * A curves view as a native scatter chart with lines: series that share their x values share a block of
 * rows in the chart's sheet; each mark is a dashed vertical line from the axis up to its point, named at
 * its top with the view's own label (a mark without a label is a single marker point instead).
 */
export function curvesSlide(view: CurvesView): DeckSlide {
  if (view.y2) return twoAxisSlide(view, view.y2);
  const blocks: Array<{ x: readonly number[]; series: ViewSeries[]; rows: number[] }> = [];
  for (const s of view.series) {
    const block = blocks.find((b) => b.x === s.x);
    if (block) block.series.push(s);
    else {
      const indices = sample(s.values.map((_, i) => i));
      blocks.push({ x: s.x ?? [], series: [s], rows: indices });
    }
  }
  const x: number[] = blocks.flatMap((b) => b.rows.map((i) => round(b.x[i]!, 2)));
  const curveRows = x.length;
  const series: DeckSeries[] = [];
  const colours: string[] = [];
  let offset = 0;
  for (const block of blocks) {
    for (const s of block.series) {
      series.push({
        name: s.name,
        labels: [],
        values: [
          ...blank(offset),
          ...block.rows.map((i) => (s.values[i] == null ? null : round(s.values[i]!))),
          ...blank(curveRows - offset - block.rows.length),
        ],
        ...(s.dash && { style: { dash: true } }),
      });
      colours.push(hex(s.colour));
    }
    offset += block.rows.length;
  }
  const markRows = view.marks.map((m) => (m.label ? 2 : 1));
  const totalRows = curveRows + markRows.reduce((a, b) => a + b, 0);
  for (const s of series) s.values.push(...blank(totalRows - curveRows));
  let row = curveRows;
  view.marks.forEach((mark, i) => {
    const y = round(mark.y);
    const values = blank(totalRows);
    if (mark.label) {
      x.push(round(mark.x, 2), round(mark.x, 2));
      values[row] = view.y.min;
      values[row + 1] = y;
      series.push({
        name: mark.label,
        labels: [],
        values,
        style: { dash: true, labelAt: row + 1, labelPosition: labelSide(mark, view.marks) },
      });
    } else {
      x.push(round(mark.x, 2));
      values[row] = y;
      series.push({ name: mark.name ?? mark.id, labels: [], values, style: { marker: 'circle' } });
    }
    colours.push(hex(mark.colour));
    row += markRows[i]!;
  });
  return {
    ...slideHead(view),
    body: {
      kind: 'chart',
      chart: {
        kind: 'scatter',
        lines: true,
        x,
        xMin: view.x.min,
        xMax: view.x.max,
        xStep: tickStep(view.x.ticks),
        series,
        colours,
        xTitle: view.x.title,
        yTitle: view.y.title,
        yMin: view.y.min,
        yMax: view.y.max,
        yStep: tickStep(view.y.ticks),
        valueFormat: '#,##0',
      },
      note: view.summary,
    },
  };
}

/**
 * Curves on two value axes (service level in % on the left, cost on the right) as a line chart over the
 * shared x values: PowerPoint gives a second value axis to line charts, not to scatter charts.
 */
function twoAxisSlide(view: CurvesView, y2: ViewAxis): DeckSlide {
  const x = view.series[0]?.x ?? [];
  const rows = sample(
    x.map((_, i) => i),
    25,
  );
  const labels = rows.map((i) => view.x.format(x[i]!));
  const ordered = [...view.series.filter((s) => !s.right), ...view.series.filter((s) => s.right)];
  return {
    ...slideHead(view),
    body: {
      kind: 'chart',
      chart: {
        kind: 'line',
        series: ordered.map((s) => ({
          name: s.name,
          labels,
          values: rows.map((i) => (s.values[i] == null ? null : round(s.values[i]!))),
          ...(s.dash && { style: { dash: true } }),
        })),
        colours: ordered.map((s) => hex(s.colour)),
        xTitle: view.x.title,
        yTitle: view.y.title,
        yMin: view.y.min,
        yMax: view.y.max,
        yStep: tickStep(view.y.ticks),
        valueFormat: view.y.unit === '%' ? '0"%"' : '#,##0',
        secondary: {
          count: view.series.filter((s) => s.right).length,
          title: y2.title,
          min: y2.min,
          max: y2.max,
          step: tickStep(y2.ticks),
          valueFormat: '#,##0',
        },
      },
      note: view.summary,
    },
  };
}
