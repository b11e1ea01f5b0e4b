import type { DeckSlide } from './deckModel';
import { BODY_BOTTOM, BODY_TOP, FONT, header, MARGIN, W, type Pptx } from './slideFrame';
import { linesAt, linesHeight } from './textFit';

type Quadrants = Extract<DeckSlide['body'], { kind: 'quadrants' }>;

const GAP = 0.15;
/** Items at 12 pt, or at 11 pt when that keeps the whole SWOT on one slide. */
const ITEM_SIZES = [12, 11] as const;
const TITLE_H = 0.38;
const PAD = 0.1;

/**
 * The four quadrants as a 2×2 of tinted boxes, items in the order given. A box takes the items that fit at
 * 12 pt; the rest go on a continuing slide whose title says "(continued)", until every item is shown.
 */
export function addQuadrants(pres: Pptx, s: DeckSlide, body: Quadrants, continuedLabel: string) {
  const boxW = (W - 2 * MARGIN - GAP) / 2;
  const boxH = (BODY_BOTTOM - BODY_TOP - GAP) / 2;
  const room = boxH - TITLE_H - 2 * PAD;
  const height = (text: string, pt: number) => linesHeight(linesAt(text, pt, boxW - 2 * PAD), pt);
  const fitsOne = (pt: number) =>
    body.cells.every((c) => c.items.reduce((sum, item) => sum + height(item, pt), 0) <= room);
  const pt = ITEM_SIZES.find(fitsOne) ?? ITEM_SIZES[0];
  const queues = body.cells.map((c) => [...c.items]);
  for (let page = 0; page === 0 || queues.some((q) => q.length > 0); page += 1) {
    const slide = pres.addSlide();
    header(slide, s, page > 0 ? ` ${continuedLabel}` : '');
    body.cells.forEach((cell, i) => {
      const x = MARGIN + (i % 2) * (boxW + GAP);
      const y = BODY_TOP + Math.floor(i / 2) * (boxH + GAP);
      slide.addShape(pres.ShapeType.rect, {
        x,
        y,
        w: boxW,
        h: boxH,
        fill: { color: cell.fill },
        line: { color: 'CBD5E1', width: 0.75 },
      });
      slide.addText(cell.title + (page > 0 ? ` ${continuedLabel}` : ''), {
        x: x + PAD,
        y: y + PAD / 2,
        w: boxW - 2 * PAD,
        h: TITLE_H,
        fontFace: FONT,
        fontSize: 16,
        bold: true,
        color: '111827',
        margin: 0,
      });
      const taken: string[] = [];
      let used = 0;
      const queue = queues[i]!;
      while (queue.length > 0) {
        const needed = height(queue[0]!, pt);
        // A single item taller than the box still goes in (cut by the box) rather than never.
        if (used + needed > room && taken.length > 0) break;
        taken.push(queue.shift()!);
        used += needed;
      }
      if (taken.length > 0)
        slide.addText(
          taken.map((text) => ({ text, options: { breakLine: true } })),
          {
            x: x + PAD,
            y: y + PAD / 2 + TITLE_H,
            w: boxW - 2 * PAD,
            h: room + PAD,
            fontFace: FONT,
            fontSize: pt,
            color: '1F2937',
            valign: 'top',
            margin: 0,
          },
        );
    });
  }
}
