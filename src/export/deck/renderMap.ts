import { layoutLabels, textWidth, type Box } from '../../views/textFit';
import type { DeckMap } from './deckModel';
import { BODY_BOTTOM, BODY_TOP, boxText, MARGIN, W, type Pptx, type Slide } from './slideFrame';
import { linesAt } from './textFit';

const LEGEND_H = 0.4;
const AXIS_H = 0.7;
const LEFT_AXIS = 1.5;
const NAME_PT = 12;
const CELL_PT = 13;
const NOTE_PT = 11;
/** Layout happens in points, as the label placement's offsets (12 pt beside a mark) are meant. */
const PT = 72;

/**
 * Players on the nine cells, all as shapes a user can move: the key on top, the tinted cells with their
 * names, each player's mark, and its name placed by the same rule as on screen (beside the mark, clear of
 * other names and of the cells' names).
 */
export function addMap(pres: Pptx, slide: Slide, body: DeckMap) {
  const noteH = body.note ? (linesAt(body.note, NOTE_PT, W - 2 * MARGIN) * NOTE_PT * 1.3) / PT + 0.1 : 0;
  const plot = {
    x: MARGIN + LEFT_AXIS,
    y: BODY_TOP + LEGEND_H + 0.05,
    w: W - 2 * MARGIN - LEFT_AXIS - 0.2,
    h: BODY_BOTTOM - BODY_TOP - LEGEND_H - AXIS_H - noteH - 0.05,
  };
  const text = (value: string, x: number, y: number, w: number, h: number, extra: Record<string, unknown>) =>
    boxText(slide, value, { x, y, w, h }, extra);
  const shape = (kind: 'circle' | 'diamond') =>
    kind === 'diamond' ? pres.ShapeType.diamond : pres.ShapeType.ellipse;

  let lx = plot.x;
  for (const entry of body.legend) {
    slide.addShape(shape(entry.shape), {
      x: lx,
      y: BODY_TOP + 0.1,
      w: 0.2,
      h: 0.2,
      fill: { color: entry.colour },
      line: { color: 'FFFFFF', width: 1 },
    });
    const width = (textWidth(entry.label, 14) * 1.1) / PT + 0.1;
    text(entry.label, lx + 0.28, BODY_TOP, width, LEGEND_H, { fontSize: 14, color: '1F2937' });
    lx += 0.28 + width + 0.35;
  }

  const { rows, cols, items } = body.cells;
  const cellW = plot.w / cols;
  const cellH = plot.h / rows;
  const titles: Box[] = [];
  items.forEach((cell, i) => {
    const x = plot.x + (i % cols) * cellW;
    const y = plot.y + Math.floor(i / cols) * cellH;
    slide.addShape(pres.ShapeType.rect, {
      x,
      y,
      w: cellW,
      h: cellH,
      fill: { color: cell.fill },
      // The firm's cell (IE matrix) is outlined, as on screen.
      line: cell.active ? { color: '000000', width: 3 } : { color: '94A3B8', width: 0.75 },
    });
    text(cell.label, x, y + 0.04, cellW, 0.3, {
      fontSize: CELL_PT,
      bold: true,
      color: '334155',
      align: 'center',
    });
    const half = (textWidth(cell.label, CELL_PT) * 1.1) / 2;
    const cx = (x + cellW / 2) * PT;
    titles.push({ left: cx - half, right: cx + half, top: (y + 0.04) * PT, bottom: (y + 0.34) * PT });
  });
  body.levels.x.forEach((level, i) => {
    text(level, plot.x + i * cellW, plot.y + plot.h + 0.04, cellW, 0.28, {
      fontSize: 14,
      align: 'center',
      color: '374151',
    });
  });
  body.levels.y.forEach((level, i) => {
    text(level, MARGIN + 0.4, plot.y + plot.h - (i + 1) * cellH, LEFT_AXIS - 0.5, cellH, {
      fontSize: 14,
      align: 'right',
      color: '374151',
    });
  });
  text(body.x.title, plot.x, plot.y + plot.h + 0.34, plot.w, 0.3, {
    fontSize: 14,
    align: 'center',
    color: '374151',
  });
  // A rotated box turns about its centre: centred on the axis title's column, left of the level names.
  text(body.y.title, MARGIN + 0.15 - plot.h / 2, plot.y + plot.h / 2 - 0.15, plot.h, 0.3, {
    fontSize: 14,
    align: 'center',
    color: '374151',
    rotate: 270,
  });

  const at = (p: DeckMap['players'][number]) => ({
    x: (plot.x + ((p.x - body.x.min) / (body.x.max - body.x.min)) * plot.w) * PT,
    y: (plot.y + plot.h - ((p.y - body.y.min) / (body.y.max - body.y.min)) * plot.h) * PT,
  });
  const points = body.players.map((p) => ({ ...at(p), text: p.name }));
  const labels = layoutLabels(points, NAME_PT, (plot.x + plot.w) * PT, titles);
  body.players.forEach((p, i) => {
    const size = p.large ? 0.24 : 0.2;
    slide.addShape(shape(p.shape), {
      x: points[i]!.x / PT - size / 2,
      y: points[i]!.y / PT - size / 2,
      w: size,
      h: size,
      fill: { color: p.colour },
      line: { color: 'FFFFFF', width: 1.5 },
    });
  });
  body.players.forEach((p, i) => {
    const label = labels[i]!;
    const w = (textWidth(p.name, NAME_PT) * 1.12) / PT + 0.04;
    const left =
      label.anchor === 'start'
        ? label.x / PT
        : label.anchor === 'end'
          ? label.x / PT - w
          : label.x / PT - w / 2;
    const align = label.anchor === 'start' ? 'left' : label.anchor === 'end' ? 'right' : 'center';
    text(p.name, left, (label.y - NAME_PT) / PT, w, (NAME_PT * 1.3) / PT, {
      fontSize: NAME_PT,
      align,
      valign: 'top',
    });
  });
  if (body.note)
    text(body.note, MARGIN, BODY_BOTTOM - noteH + 0.05, W - 2 * MARGIN, noteH, {
      fontSize: NOTE_PT,
      color: '1F2937',
      valign: 'top',
    });
}
