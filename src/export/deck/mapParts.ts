import { isCjk, layoutLabels, textWidth, type Box } from '../../views/textFit';
import type { DeckMap } from './deckModel';
import { BODY_BOTTOM, BODY_TOP, MARGIN, W, type Pptx, type Slide } from './slideFrame';
import { linesAt } from './textFit';

/** Layout happens in points, as the label placement's offsets (12 pt beside a mark) are meant. */
export const PT = 72;
export const NAME_PT = 12;
export const LEGEND_H = 0.4;
const NOTE_PT = 11;

/** A text box in inches. */
export type Text = (
  value: string,
  x: number,
  y: number,
  w: number,
  h: number,
  extra: Record<string, unknown>,
) => void;

/** The key of the marks on top. */
export function addLegend(pres: Pptx, slide: Slide, legend: DeckMap['legend'], left: number, text: Text) {
  let lx = left;
  for (const entry of legend) {
    slide.addShape(entry.shape === 'diamond' ? pres.ShapeType.diamond : pres.ShapeType.ellipse, {
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
}

/** Inches the summary note takes at the foot of the body. */
export const noteHeight = (note: string | undefined) =>
  note ? (linesAt(note, NOTE_PT, W - 2 * MARGIN) * NOTE_PT * 1.3) / PT + 0.1 : 0;

/** The summary note at the foot of the body. */
export function addNote(note: string | undefined, height: number, text: Text) {
  if (note)
    text(note, MARGIN, BODY_BOTTOM - height + 0.05, W - 2 * MARGIN, height, {
      fontSize: NOTE_PT,
      color: '1F2937',
      valign: 'top',
    });
}

/**
 * Each player's mark at its point (in pt), then its name: placed beside it clear of other names and of
 * `obstacles` by the one label rule, or, with `obstacles` null, inside it (a bubble's code).
 */
export function addPlayers(
  pres: Pptx,
  slide: Slide,
  players: DeckMap['players'],
  points: ReadonlyArray<{ x: number; y: number; text: string; r?: number }>,
  obstacles: readonly Box[] | null,
  right: number,
  text: Text,
) {
  const labels = obstacles ? layoutLabels(points, NAME_PT, right, obstacles) : [];
  players.forEach((p, i) => {
    const size = p.size ?? (p.large ? 0.24 : 0.2);
    slide.addShape(p.shape === 'diamond' ? pres.ShapeType.diamond : pres.ShapeType.ellipse, {
      x: points[i]!.x / PT - size / 2,
      y: points[i]!.y / PT - size / 2,
      w: size,
      h: size,
      fill: { color: p.colour, ...(p.size !== undefined && { transparency: 25 }) },
      line: { color: 'FFFFFF', width: 1.5 },
    });
  });
  players.forEach((p, i) => {
    const w = (textWidth(p.name, NAME_PT) * 1.12) / PT + 0.04;
    const label = labels[i] ?? { x: points[i]!.x, y: points[i]!.y + NAME_PT / 2, anchor: 'middle' as const };
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
}

/**
 * A y axis title in a column centred at (x, y), `length` inches long: Latin text turned up the axis; Chinese
 * set vertically with its characters upright, as Chinese is written, never lying on their side.
 */
export function addYTitle(text: Text, title: string, x: number, y: number, length: number) {
  const style = { fontSize: 14, align: 'center', valign: 'middle', color: '374151' };
  if (isCjk(title)) text(title, x - 0.2, y - length / 2, 0.4, length, { ...style, vert: 'eaVert' });
  // A rotated box turns about its centre.
  else text(title, x - length / 2, y - 0.15, length, 0.3, { ...style, rotate: 270 });
}
