import type PptxGenJS from 'pptxgenjs';
import type JSZipType from 'jszip';
import { patchDeck, type ChartPatch } from './chartPatch';
import type { Deck } from './deckModel';
import { addChart } from './renderChart';
import { addMap } from './renderMap';
import { addClock } from './renderClock';
import { addQuadrants } from './renderQuadrants';
import { addTornado } from './renderTornado';
import { BODY_BOTTOM, BODY_TOP, FONT, header, MARGIN, W, type Pptx } from './slideFrame';
import { fitSize, linesAt, linesHeight } from './textFit';

/** Characters of running text that fit on one slide at 16 pt; more continues on the next slide. */
const TEXT_PER_SLIDE = 900;

const NOTE_PT = 12;
/** Height of a line of note text, in inches (12 pt with PowerPoint's line spacing). */
const NOTE_LINE = 0.24;

/**
 * Lines a note takes across the slide at 12 pt, so that its box is tall enough and the text is never
 * shrunk below the 11 pt a slide needs: a Chinese character is about 1 em wide, a Latin one about 0.55.
 */
export function noteLines(note: string): number {
  return linesAt(note, NOTE_PT, W - 2 * MARGIN);
}

/** Running text cut at paragraph (or sentence) ends into slides of at most TEXT_PER_SLIDE characters. */
export function paginate(paragraphs: readonly string[], perSlide = TEXT_PER_SLIDE): string[][] {
  const pages: string[][] = [[]];
  let used = 0;
  const pieces = paragraphs.flatMap((p) =>
    p.length <= perSlide
      ? [p]
      : (p.match(new RegExp(`[\\s\\S]{1,${perSlide}}(?=[。.!?！？\\s]|$)|[\\s\\S]{1,${perSlide}}`, 'g')) ?? [
          p,
        ]),
  );
  for (const piece of pieces) {
    if (used + piece.length > perSlide && pages.at(-1)!.length > 0) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push(piece);
    used += piece.length;
  }
  return pages;
}

/** The title slide: project, description, date. */
function addCover(pres: Pptx, deck: Deck) {
  const title = pres.addSlide();
  title.background = { color: 'FFFFFF' };
  title.addShape(pres.ShapeType.rect, { x: 0, y: 0, w: 0.35, h: 7.5, fill: { color: '0072B2' } });
  title.addText(deck.title, {
    x: 1,
    y: 2.3,
    w: 11.3,
    h: 1.4,
    fontFace: FONT,
    fontSize: fitSize(deck.title, 11.3, 1.4, [40, 32, 26, 20]),
    bold: true,
    color: '111827',
    valign: 'bottom',
  });
  // The description may be a paragraph: its box grows, and the date moves down under it.
  const size = fitSize(deck.subtitle, 11.3, 1.3, [20, 16, 14, 12]);
  const height = Math.max(1, linesHeight(linesAt(deck.subtitle, size, 11.3), size) + 0.1);
  title.addText(deck.subtitle, {
    x: 1,
    y: 3.8,
    w: 11.3,
    h: height,
    fontFace: FONT,
    fontSize: size,
    color: '4B5563',
    valign: 'top',
  });
  title.addText(deck.date, {
    x: 1,
    y: 3.8 + height + 0.2,
    w: 11.3,
    h: 0.5,
    fontFace: FONT,
    fontSize: 14,
    color: '6B7280',
  });
}

/** Draws the deck with pptxgenjs: 16:9, native charts whose data PowerPoint can edit, tables that page on. */
export function renderDeck(
  PptxGen: typeof PptxGenJS,
  deck: Deck,
  continuedLabel: string,
): { pres: Pptx; patches: ChartPatch[] } {
  const patches: ChartPatch[] = [];
  const pres = new PptxGen();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = deck.title;
  if (deck.cover !== false) addCover(pres, deck);

  for (const s of deck.slides) {
    const body = s.body;
    if (body.kind === 'chart') {
      const slide = pres.addSlide();
      header(slide, s, '');
      const noteHeight = body.note ? noteLines(body.note) * NOTE_LINE + 0.1 : 0;
      patches.push(addChart(pres, slide, body.chart, BODY_BOTTOM - BODY_TOP - noteHeight));
      if (body.note)
        slide.addText(body.note, {
          x: MARGIN,
          y: BODY_BOTTOM - noteHeight + 0.05,
          w: W - 2 * MARGIN,
          h: noteHeight,
          fontFace: FONT,
          fontSize: NOTE_PT,
          color: '1F2937',
          valign: 'top',
        });
    } else if (body.kind === 'tornado') {
      const slide = pres.addSlide();
      header(slide, s, '');
      addTornado(pres, slide, body);
    } else if (body.kind === 'map') {
      const slide = pres.addSlide();
      header(slide, s, '');
      addMap(pres, slide, body);
    } else if (body.kind === 'clock') {
      const slide = pres.addSlide();
      header(slide, s, '');
      addClock(pres, slide, body);
    } else if (body.kind === 'quadrants') {
      addQuadrants(pres, s, body, continuedLabel);
    } else if (body.kind === 'table') {
      const slide = pres.addSlide();
      header(slide, s, '');
      const width = W - 2 * MARGIN;
      const total = (body.widths ?? body.header.map(() => 1)).reduce((a, b) => a + b, 0);
      const colW = (body.widths ?? body.header.map(() => 1)).map((w) => (w / total) * width);
      const cell = (text: string, bold = false, fill = bold ? 'E5E7EB' : '') => ({
        text,
        options: {
          bold,
          fontFace: FONT,
          fontSize: body.rowHeight ? 16 : 12,
          color: '111827',
          ...(fill && { fill: { color: fill } }),
        },
      });
      slide.addTable(
        [
          body.header.map((h) => cell(h, true)),
          ...body.rows.map((r, i) => r.map((c, j) => cell(c, false, body.fills?.[i]?.[j]))),
        ],
        {
          x: MARGIN,
          y: BODY_TOP,
          w: width,
          colW,
          ...(body.rowHeight && {
            rowH: [0.5, ...body.rows.map(() => body.rowHeight!)],
            valign: 'middle' as const,
          }),
          border: { type: 'solid', pt: 0.5, color: 'D1D5DB' },
          autoPage: true,
          autoPageRepeatHeader: true,
          autoPageHeaderRows: 1,
          autoPageSlideStartY: BODY_TOP,
          margin: 0.05,
        },
      );
    } else {
      paginate(body.paragraphs).forEach((page, i) => {
        const slide = pres.addSlide();
        header(slide, s, i > 0 ? ` ${continuedLabel}` : '');
        slide.addText(
          page.map((text, k) => ({
            text,
            options: {
              breakLine: true,
              fontSize: k === 0 && i === 0 ? 22 : 16,
              bold: k === 0 && i === 0,
              paraSpaceAfter: 12,
            },
          })),
          {
            x: MARGIN,
            y: BODY_TOP,
            w: W - 2 * MARGIN,
            h: BODY_BOTTOM - BODY_TOP,
            fontFace: FONT,
            color: '111827',
            valign: 'top',
          },
        );
      });
    }
  }
  return { pres, patches };
}

/** The deck as .pptx bytes: drawn by pptxgenjs, then patched where pptxgenjs falls short (see chartPatch). */
export async function writeDeck(
  PptxGen: typeof PptxGenJS,
  JSZip: typeof JSZipType,
  deck: Deck,
  continuedLabel: string,
): Promise<Uint8Array> {
  const { pres, patches } = renderDeck(PptxGen, deck, continuedLabel);
  const written = (await pres.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await patchDeck(JSZip, written, patches);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
