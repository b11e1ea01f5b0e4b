import { textWidth, type Box } from '../../views/textFit';
import type { DeckMap } from './deckModel';
import { BODY_BOTTOM, BODY_TOP, boxText, MARGIN, W, type Pptx, type Slide } from './slideFrame';
import {
  addLegend,
  addNote,
  addPlayers,
  addYTitle,
  LEGEND_H,
  NAME_PT,
  noteHeight,
  PT,
  type Text,
} from './mapParts';

const AXIS_H = 0.7;
const LEFT_AXIS = 1.5;
const CELL_PT = 13;
const TICK_PT = 12;
type Plot = { x: number; y: number; w: number; h: number };

/** The tinted cells with their names (returned as boxes that players' names keep clear of), and the levels. */
function addCells(pres: Pptx, slide: Slide, body: DeckMap, plot: Plot, text: Text): Box[] {
  const { rows, cols, items } = body.cells!;
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
    if (cell.note)
      text(cell.note, x, y + 0.34, cellW, 0.28, { fontSize: CELL_PT - 1, color: '334155', align: 'center' });
    const half = (textWidth(cell.label, CELL_PT) * 1.1) / 2;
    const cx = (x + cellW / 2) * PT;
    titles.push({ left: cx - half, right: cx + half, top: (y + 0.04) * PT, bottom: (y + 0.34) * PT });
  });
  const levels = body.levels ?? { x: [], y: [] };
  levels.x.forEach((level, i) => {
    text(level, plot.x + i * cellW, plot.y + plot.h + 0.04, cellW, 0.28, {
      fontSize: 14,
      align: 'center',
      color: '374151',
    });
  });
  levels.y.forEach((level, i) => {
    text(level, MARGIN + 0.4, plot.y + plot.h - (i + 1) * cellH, LEFT_AXIS - 0.5, cellH, {
      fontSize: 14,
      align: 'right',
      color: '374151',
    });
  });
  return titles;
}

/** The plot's frame, a grid line and a label at each tick, and the y = x diagonal if asked for. */
function addTicks(pres: Pptx, slide: Slide, body: DeckMap, plot: Plot, text: Text): Box[] {
  const grid = { color: 'D1D5DB', width: 0.75, dashType: 'dash' as const };
  slide.addShape(pres.ShapeType.rect, {
    ...plot,
    fill: { color: 'FFFFFF' },
    line: { color: '9CA3AF', width: 0.75 },
  });
  const xAt = (v: number) => plot.x + ((v - body.x.min) / (body.x.max - body.x.min)) * plot.w;
  const yAt = (v: number) => plot.y + plot.h - ((v - body.y.min) / (body.y.max - body.y.min)) * plot.h;
  for (const tick of body.x.ticks ?? []) {
    slide.addShape(pres.ShapeType.line, { x: xAt(tick.at), y: plot.y, w: 0, h: plot.h, line: grid });
    text(tick.label, xAt(tick.at) - 0.4, plot.y + plot.h + 0.04, 0.8, 0.28, {
      fontSize: TICK_PT,
      align: 'center',
      color: '374151',
    });
  }
  for (const tick of body.y.ticks ?? []) {
    slide.addShape(pres.ShapeType.line, { x: plot.x, y: yAt(tick.at), w: plot.w, h: 0, line: grid });
    text(tick.label, plot.x - 0.9, yAt(tick.at) - 0.14, 0.8, 0.28, {
      fontSize: TICK_PT,
      align: 'right',
      color: '374151',
    });
  }
  if (body.diagonal) {
    const lo = Math.max(body.x.min, body.y.min);
    const hi = Math.min(body.x.max, body.y.max);
    const x0 = xAt(lo);
    const y0 = yAt(lo);
    slide.addShape(pres.ShapeType.line, {
      x: x0,
      y: yAt(hi),
      w: xAt(hi) - x0,
      h: y0 - yAt(hi),
      flipV: true,
      line: { color: '94A3B8', width: 1.25, dashType: 'dash' },
    });
    const width = (textWidth(body.diagonal, NAME_PT) * 1.1) / PT;
    const right = plot.x + plot.w - 0.1;
    text(body.diagonal, right - width - 0.05, plot.y + 0.05, width + 0.05, 0.3, {
      fontSize: NAME_PT,
      align: 'right',
      color: '4B5563',
    });
    return [
      {
        left: (right - width) * PT,
        right: right * PT,
        top: (plot.y + 0.05) * PT,
        bottom: (plot.y + 0.35) * PT,
      },
    ];
  }
  return [];
}

/**
 * Players on a map, all as shapes a user can move: the key on top, the tinted cells with their names (or
 * ticks and grid lines), each player's mark, and its name placed by the same rule as on screen (beside the
 * mark, clear of other names and of the cells' names), or a bubble's code inside it.
 */
export function addMap(pres: Pptx, slide: Slide, body: DeckMap) {
  const noteH = noteHeight(body.note);
  const plot = {
    x: MARGIN + LEFT_AXIS,
    y: BODY_TOP + LEGEND_H + 0.05,
    w: W - 2 * MARGIN - LEFT_AXIS - 0.2,
    h: BODY_BOTTOM - BODY_TOP - LEGEND_H - AXIS_H - noteH - 0.05,
  };
  const text: Text = (value, x, y, w, h, extra) => boxText(slide, value, { x, y, w, h }, extra);
  addLegend(pres, slide, body.legend, plot.x, text);
  const titles = body.cells
    ? addCells(pres, slide, body, plot, text)
    : addTicks(pres, slide, body, plot, text);
  text(body.x.title, plot.x, plot.y + plot.h + 0.34, plot.w, 0.3, {
    fontSize: 14,
    align: 'center',
    color: '374151',
  });
  addYTitle(text, body.y.title, MARGIN + 0.15, plot.y + plot.h / 2, plot.h);

  const at = (p: DeckMap['players'][number]) => ({
    x: (plot.x + ((p.x - body.x.min) / (body.x.max - body.x.min)) * plot.w) * PT,
    y: (plot.y + plot.h - ((p.y - body.y.min) / (body.y.max - body.y.min)) * plot.h) * PT,
  });
  const points = body.players.map((p) => ({
    ...at(p),
    text: p.name,
    ...(p.size !== undefined && { r: (p.size / 2) * PT }),
  }));
  addPlayers(pres, slide, body.players, points, body.inside ? null : titles, (plot.x + plot.w) * PT, text);
  addNote(body.note, noteH, text);
}
