import type PptxGenJS from 'pptxgenjs';
import type { Deck, DeckChart, DeckSlide } from './deckModel';

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
  slide.addText(s.title + continued, {
    x: MARGIN,
    y: 0.3,
    w: W - 2 * MARGIN,
    h: 0.95,
    fontFace: FONT,
    fontSize: 26,
    bold: true,
    color: '111827',
    valign: 'top',
    fit: 'shrink',
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

function addChart(pres: Pptx, slide: Slide, chart: DeckChart, h: number) {
  const common = {
    x: MARGIN,
    y: BODY_TOP,
    w: W - 2 * MARGIN,
    h,
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
    ...(chart.yMin !== undefined && { valAxisMinVal: chart.yMin }),
    ...(chart.yMax !== undefined && { valAxisMaxVal: chart.yMax }),
    ...(chart.yTitle && { showValAxisTitle: true, valAxisTitle: chart.yTitle, valAxisTitleFontSize: 12 }),
    ...(chart.xTitle && { showCatAxisTitle: true, catAxisTitle: chart.xTitle, catAxisTitleFontSize: 12 }),
  };
  // PowerPoint draws a horizontal bar chart's first category at the bottom: reversed, the first is on top.
  const order = <T>(list: T[]) => (chart.kind === 'bar' && chart.horizontal ? [...list].reverse() : list);
  const data = chart.series.map((s) => ({
    name: s.name,
    labels: order(s.labels),
    values: order(s.values.map((v) => v ?? 0)),
  }));
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
      return;
    case 'line':
      slide.addChart(pres.ChartType.line, data, {
        ...common,
        lineSize: 3,
        lineDataSymbol: data[0]!.values.length > 15 ? 'none' : 'circle',
        lineDataSymbolSize: 7,
      });
      return;
    case 'radar':
      slide.addChart(pres.ChartType.radar, data, { ...common, radarStyle: 'marker', lineSize: 2 });
      return;
    case 'scatter':
      slide.addChart(
        pres.ChartType.scatter,
        [{ name: chart.xTitle ?? 'x', values: chart.x ?? [] }, ...data],
        {
          ...common,
          showLegend: false,
          lineSize: 0,
          lineDataSymbolSize: 12,
          dataLabelFormatScatter: 'custom',
          showLabel: true,
          dataLabelPosition: 'r',
          dataLabelFontSize: 11,
          valAxisMaxVal: chart.yMax,
          catAxisMinVal: 0,
          catAxisMaxVal: 10,
        },
      );
      return;
  }
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

/** Draws the deck with pptxgenjs: 16:9, native charts whose data PowerPoint can edit, tables that page on. */
export function renderDeck(PptxGen: typeof PptxGenJS, deck: Deck, continuedLabel: string): Pptx {
  const pres = new PptxGen();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = deck.title;
  const title = pres.addSlide();
  title.background = { color: 'FFFFFF' };
  title.addShape(pres.ShapeType.rect, { x: 0, y: 0, w: 0.35, h: 7.5, fill: { color: '0072B2' } });
  title.addText(deck.title, {
    x: 1,
    y: 2.3,
    w: 11.3,
    h: 1.4,
    fontFace: FONT,
    fontSize: 40,
    bold: true,
    color: '111827',
    fit: 'shrink',
  });
  title.addText(deck.subtitle, {
    x: 1,
    y: 3.8,
    w: 11.3,
    h: 1,
    fontFace: FONT,
    fontSize: 20,
    color: '4B5563',
    fit: 'shrink',
  });
  title.addText(deck.date, { x: 1, y: 5.2, w: 11.3, h: 0.5, fontFace: FONT, fontSize: 14, color: '6B7280' });

  for (const s of deck.slides) {
    const body = s.body;
    if (body.kind === 'chart') {
      const slide = pres.addSlide();
      header(slide, s, '');
      const noteHeight = body.note ? 0.5 : 0;
      addChart(pres, slide, body.chart, BODY_BOTTOM - BODY_TOP - noteHeight);
      if (body.note)
        slide.addText(body.note, {
          x: MARGIN,
          y: BODY_BOTTOM - noteHeight + 0.05,
          w: W - 2 * MARGIN,
          h: noteHeight,
          fontFace: FONT,
          fontSize: 12,
          color: '1F2937',
          fit: 'shrink',
        });
    } else if (body.kind === 'table') {
      const slide = pres.addSlide();
      header(slide, s, '');
      const width = W - 2 * MARGIN;
      const total = (body.widths ?? body.header.map(() => 1)).reduce((a, b) => a + b, 0);
      const colW = (body.widths ?? body.header.map(() => 1)).map((w) => (w / total) * width);
      const cell = (text: string, bold = false) => ({
        text,
        options: {
          bold,
          fontFace: FONT,
          fontSize: 12,
          color: '111827',
          ...(bold && { fill: { color: 'E5E7EB' } }),
        },
      });
      slide.addTable(
        [body.header.map((h) => cell(h, true)), ...body.rows.map((r) => r.map((c) => cell(c)))],
        {
          x: MARGIN,
          y: BODY_TOP,
          w: width,
          colW,
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
  return pres;
}
