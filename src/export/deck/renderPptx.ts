import type PptxGenJS from 'pptxgenjs';
import type JSZipType from 'jszip';
import { patchDeck, type ChartPatch } from './chartPatch';
import type { Deck, DeckChart, DeckGrid, DeckSlide } from './deckModel';
import { fitSize, linesAt, linesHeight } from './textFit';

type Pptx = InstanceType<typeof PptxGenJS>;
type Slide = ReturnType<Pptx['addSlide']>;

const FONT = 'Microsoft YaHei';
const W = 13.333;
const MARGIN = 0.5;
const BODY_TOP = 1.75;
const BODY_BOTTOM = 6.75;
/** Characters of running text that fit on one slide at 16 pt; more continues on the next slide. */
const TEXT_PER_SLIDE = 900;

function header(slide: Slide, s: Pick<DeckSlide, 'title' | 'subtitle' | 'source'>, continued: string) {
  const title = s.title + continued;
  slide.addText(title, {
    x: MARGIN,
    y: 0.3,
    w: W - 2 * MARGIN,
    h: 0.95,
    fontFace: FONT,
    // A long action title gets smaller, never below 14 pt, rather than running into the subtitle.
    fontSize: fitSize(title, W - 2 * MARGIN, 0.95, [26, 22, 18, 14]),
    bold: true,
    color: '111827',
    valign: 'top',
  });
  if (s.subtitle)
    slide.addText(s.subtitle, {
      x: MARGIN,
      y: 1.2,
      w: W - 2 * MARGIN,
      h: 0.45,
      fontFace: FONT,
      fontSize: 14,
      color: '4B5563',
    });
  if (s.source)
    slide.addText(s.source, {
      x: MARGIN,
      y: 6.95,
      w: W - 2 * MARGIN,
      h: 0.35,
      fontFace: FONT,
      fontSize: 11,
      color: '6B7280',
    });
}

/** Where the plot area sits inside the chart frame when cells are drawn behind it (fractions of the frame). */
const GRID_PLOT = { x: 0.08, y: 0.03, w: 0.9, h: 0.8 };

function addGrid(
  pres: Pptx,
  slide: Slide,
  grid: DeckGrid,
  frame: { x: number; y: number; w: number; h: number },
) {
  const cellW = (frame.w * GRID_PLOT.w) / grid.cols;
  const cellH = (frame.h * GRID_PLOT.h) / grid.rows;
  grid.cells.forEach((cell, i) => {
    const x = frame.x + frame.w * GRID_PLOT.x + (i % grid.cols) * cellW;
    const y = frame.y + frame.h * GRID_PLOT.y + Math.floor(i / grid.cols) * cellH;
    slide.addShape(pres.ShapeType.rect, {
      x,
      y,
      w: cellW,
      h: cellH,
      fill: { color: cell.fill },
      line: { color: '94A3B8', width: 0.75 },
    });
    slide.addText(cell.label, {
      x,
      y,
      w: cellW,
      h: 0.4,
      fontFace: FONT,
      fontSize: 12,
      bold: true,
      color: '334155',
      align: 'center',
      valign: 'top',
    });
  });
}

/** Adds a native chart; returns what pptxgenjs cannot write itself, for patchDeck. */
function addChart(pres: Pptx, slide: Slide, chart: DeckChart, h: number): ChartPatch {
  const frame = { x: MARGIN, y: BODY_TOP, w: W - 2 * MARGIN, h };
  const common = {
    ...frame,
    fontFace: FONT,
    chartColors: chart.colours,
    showLegend: chart.series.length > 1 && !chart.hidden?.length,
    legendPos: 'b' as const,
    legendFontSize: 12,
    legendFontFace: FONT,
    catAxisLabelFontSize: 12,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 12,
    valAxisLabelFontFace: FONT,
    valAxisLabelFormatCode: chart.valueFormat,
    displayBlanksAs: 'gap',
    ...(chart.yMin !== undefined && { valAxisMinVal: chart.yMin }),
    // With negative values the category axis stays at the bottom rather than crossing at 0.
    ...(chart.yMin !== undefined && chart.yMin < 0 && { valAxisCrossesAt: chart.yMin }),
    ...(chart.yMax !== undefined && { valAxisMaxVal: chart.yMax }),
    ...(chart.yTitle && { showValAxisTitle: true, valAxisTitle: chart.yTitle, valAxisTitleFontSize: 12 }),
    ...(chart.xTitle && { showCatAxisTitle: true, catAxisTitle: chart.xTitle, catAxisTitleFontSize: 12 }),
  };
  // PowerPoint draws a horizontal bar chart's first category at the bottom: reversed, the first is on top.
  const order = <T>(list: T[]) => (chart.kind === 'bar' && chart.horizontal ? [...list].reverse() : list);
  const data = chart.series.map((s) => ({
    name: s.name,
    labels: order(s.labels),
    // pptxgenjs writes a missing value as an empty point, which patchDeck then leaves out.
    values: order(s.values) as number[],
  }));
  const styles = chart.series.map((s) => s.style);
  const patch: ChartPatch = { styles, columns: [undefined, ...data.map((d) => d.values)] };
  switch (chart.kind) {
    case 'bar':
      slide.addChart(pres.ChartType.bar, data, {
        ...common,
        barDir: chart.horizontal ? 'bar' : 'col',
        barGrouping: chart.stacked ? 'stacked' : 'clustered',
        showValue: !chart.stacked && chart.series.length <= 2,
        dataLabelFontSize: 11,
        dataLabelFormatCode: chart.valueFormat,
      });
      return patch;
    case 'line':
      slide.addChart(pres.ChartType.line, data, {
        ...common,
        lineSize: 3,
        lineDataSymbol: data[0]!.values.length > 15 ? 'none' : 'circle',
        lineDataSymbolSize: 7,
      });
      return patch;
    case 'radar':
      slide.addChart(pres.ChartType.radar, data, { ...common, radarStyle: 'marker', lineSize: 2 });
      return patch;
    case 'scatter': {
      const x = chart.x ?? [];
      if (chart.grid) addGrid(pres, slide, chart.grid, frame);
      slide.addChart(pres.ChartType.scatter, [{ name: chart.xTitle ?? 'x', values: x }, ...data], {
        ...common,
        ...(chart.lines
          ? { lineSize: 3, lineDataSymbol: 'none' }
          : {
              showLegend: false,
              lineSize: 0,
              lineDataSymbolSize: 12,
              dataLabelFormatScatter: 'custom',
              showLabel: true,
              dataLabelPosition: 'r',
              dataLabelFontSize: 11,
            }),
        ...(chart.xMin !== undefined && { catAxisMinVal: chart.xMin }),
        ...(chart.xMax !== undefined && { catAxisMaxVal: chart.xMax }),
        ...(chart.grid && {
          layout: GRID_PLOT,
          valGridLine: { style: 'none' },
          catGridLine: { style: 'none' },
        }),
      });
      // The scatter sheet holds x in column A and each series' y after it.
      return { styles, columns: [x, ...data.map((d) => d.values)] };
    }
  }
}

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
