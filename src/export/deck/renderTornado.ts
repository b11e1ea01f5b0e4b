import type { DeckTornado } from './deckModel';
import { BODY_BOTTOM, BODY_TOP, boxText, MARGIN, W, type Pptx, type Slide } from './slideFrame';
import { fitText, textWidth } from '../../views/textFit';

const LABEL_W = 3.6;
const LEGEND_H = 0.4;
const AXIS_H = 0.75;
const AXIS_GREY = '374151';

/**
 * A tornado drawn with shapes a user can move and recolour: the legend on top, a row per factor (its range
 * bar, a tick at each end where the leader changes, today's weight as a dot), then the axis with its ticks.
 */
export function addTornado(pres: Pptx, slide: Slide, body: DeckTornado) {
  const { axis, rows, colours, legend } = body;
  const plotX = MARGIN + LABEL_W + 0.15;
  const plotW = W - MARGIN - 0.3 - plotX;
  const top = BODY_TOP + LEGEND_H + 0.1;
  const rowH = Math.min(0.55, (BODY_BOTTOM - AXIS_H - top) / Math.max(rows.length, 1));
  const plotBottom = top + rows.length * rowH;
  const xOf = (v: number) =>
    plotX + ((Math.min(Math.max(v, axis.min), axis.max) - axis.min) / (axis.max - axis.min)) * plotW;
  const text = (value: string, x: number, y: number, w: number, h: number, extra: Record<string, unknown>) =>
    boxText(slide, value, { x, y, w, h }, extra);

  // Legend: swatch, tick, dot.
  const items = [
    { label: legend.range, shape: pres.ShapeType.rect, w: 0.3, h: 0.18, colour: colours.range },
    { label: legend.flip, shape: pres.ShapeType.rect, w: 0.05, h: 0.26, colour: colours.flip },
    { label: legend.today, shape: pres.ShapeType.ellipse, w: 0.18, h: 0.18, colour: colours.today },
  ];
  let lx = plotX;
  for (const item of items) {
    slide.addShape(item.shape, {
      x: lx,
      y: BODY_TOP + (LEGEND_H - item.h) / 2,
      w: item.w,
      h: item.h,
      fill: { color: item.colour },
      line: { color: item.colour, width: 0 },
    });
    // Measured by the one text-width rule (a Chinese character is an em, 14 pt): one line per entry.
    const width = Math.min(3.4, (textWidth(item.label, 14) * 1.1) / 72 + 0.1);
    text(item.label, lx + item.w + 0.08, BODY_TOP, width, LEGEND_H, { fontSize: 14, color: '1F2937' });
    lx += item.w + 0.08 + width + 0.3;
  }

  // Grid lines and tick labels.
  for (const tick of axis.ticks) {
    slide.addShape(pres.ShapeType.line, {
      x: xOf(tick.at),
      y: top,
      w: 0,
      h: plotBottom - top,
      line: { color: 'E5E7EB', width: 0.75 },
    });
    text(tick.label, xOf(tick.at) - 0.4, plotBottom + 0.05, 0.8, 0.3, {
      fontSize: 14,
      align: 'center',
      color: AXIS_GREY,
    });
  }
  text(axis.title, plotX, plotBottom + 0.38, plotW, 0.32, {
    fontSize: 14,
    align: 'center',
    color: AXIS_GREY,
  });

  rows.forEach((row, i) => {
    const y = top + i * rowH;
    // One line per factor, cut with an ellipsis: the row is only as tall as one line.
    const labelSize = [14, 12, 11, 10].find((pt) => (pt * 1.3) / 72 <= rowH) ?? 9;
    text(fitText(row.label, labelSize, LABEL_W * 72 * 0.95), MARGIN, y, LABEL_W, rowH, {
      fontSize: labelSize,
      align: 'right',
    });
    const from = xOf(row.lower ?? axis.min);
    const to = xOf(row.upper ?? axis.max);
    const barH = rowH * 0.55;
    slide.addShape(pres.ShapeType.rect, {
      x: from,
      y: y + (rowH - barH) / 2,
      w: Math.max(0.02, to - from),
      h: barH,
      fill: { color: colours.range },
      line: { color: colours.range, width: 0 },
    });
    for (const end of [row.lower === null ? null : from, row.upper === null ? null : to])
      if (end !== null)
        slide.addShape(pres.ShapeType.line, {
          x: end,
          y: y + rowH * 0.12,
          w: 0,
          h: rowH * 0.76,
          line: { color: colours.flip, width: 3 },
        });
    const dot = Math.min(0.2, rowH * 0.4);
    slide.addShape(pres.ShapeType.ellipse, {
      x: xOf(row.value) - dot / 2,
      y: y + (rowH - dot) / 2,
      w: dot,
      h: dot,
      fill: { color: colours.today },
      line: { color: 'FFFFFF', width: 1.5 },
    });
  });
}
