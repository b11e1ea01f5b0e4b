import { isCjk } from '../../views/textFit';
import type { ChartPatch } from './chartPatch';
import type { DeckChart, DeckGrid } from './deckModel';
import { BODY_TOP, FONT, MARGIN, W, type Pptx, type Slide } from './slideFrame';

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

type ChartData = Array<{ name: string; labels: string[]; values: number[] }>;

/**
 * A combo chart: the first series as `primary` (lines or bars) on the left axis, the last `secondary.count`
 * as lines on a right-hand axis of their own, with its title, range and format.
 */
function addCombo(
  pres: Pptx,
  slide: Slide,
  chart: DeckChart,
  common: Record<string, unknown>,
  data: ChartData,
  primary: { type: Parameters<Slide['addChart']>[0]; options: Record<string, unknown> },
  line: Record<string, unknown>,
) {
  const right = chart.secondary!;
  const split = data.length - right.count;
  const { valAxisMinVal, valAxisMaxVal, valAxisMajorUnit, valAxisLabelFormatCode } = common;
  slide.addChart(
    [
      {
        type: primary.type,
        data: data.slice(0, split),
        options: { ...primary.options, chartColors: chart.colours.slice(0, split) },
      },
      {
        type: pres.ChartType.line,
        data: data.slice(split),
        options: {
          ...line,
          chartColors: chart.colours.slice(split),
          secondaryValAxis: true,
          secondaryCatAxis: true,
        },
      },
    ] as unknown as Parameters<Slide['addChart']>[0],
    // A combo chart takes its options where a single chart takes its data (pptxgenjs types it any[]).
    {
      ...common,
      showLegend: true,
      valAxes: [
        {
          showValAxisTitle: Boolean(chart.yTitle),
          valAxisTitle: chart.yTitle,
          valAxisMinVal,
          valAxisMaxVal,
          valAxisMajorUnit,
          valAxisLabelFormatCode,
        },
        {
          showValAxisTitle: true,
          valAxisTitle: right.title,
          valAxisMinVal: right.min,
          valAxisMaxVal: right.max,
          ...(right.step !== undefined && { valAxisMajorUnit: right.step }),
          valAxisLabelFormatCode: right.valueFormat,
          valGridLine: { style: 'none' },
          ...(isCjk(right.title) && { valAxisTitleRotate: 0.001 }),
        },
      ],
      catAxes: [
        {
          showCatAxisTitle: Boolean(chart.xTitle),
          catAxisTitle: chart.xTitle,
          // About ten labels along the axis, however many points the lines have (bars name every one).
          ...(chart.kind === 'line' && {
            catAxisLabelFrequency: String(Math.max(1, Math.ceil(data[0]!.values.length / 10))),
          }),
        },
        { catAxisHidden: true, showCatAxisTitle: false },
      ],
    } as unknown as unknown[],
  );
}

/** Adds a native chart; returns what pptxgenjs cannot write itself, for patchDeck. */
export function addChart(pres: Pptx, slide: Slide, chart: DeckChart, h: number): ChartPatch {
  const frame = { x: MARGIN, y: BODY_TOP, w: W - 2 * MARGIN, h };
  const common = {
    ...frame,
    fontFace: FONT,
    chartColors: chart.colours,
    // Spacers and parts below zero have no legend entry: one series left to name needs no legend.
    showLegend: chart.series.filter((s) => !s.style?.hidden && s.style?.legend !== false).length > 1,
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
    ...(chart.yStep !== undefined && { valAxisMajorUnit: chart.yStep }),
    ...(chart.yHidden && { valAxisHidden: true, valGridLine: { style: 'none' as const } }),
    ...(chart.yTitle && { showValAxisTitle: true, valAxisTitle: chart.yTitle, valAxisTitleFontSize: 12 }),
    // Chinese characters turned on their side do not read: a Chinese value axis title stays level. (pptxgenjs
    // takes a rotation of 0 for "the default", which is vertical; 0.001° is written as rot="60", level.)
    ...(chart.yTitle && isCjk(chart.yTitle) && !chart.horizontal && { valAxisTitleRotate: 0.001 }),
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
  const styles = chart.series.map((s) =>
    s.style?.pointLabels ? { ...s.style, pointLabels: order(s.style.pointLabels) } : s.style,
  );
  // One series coloured bar by bar: pptxgenjs writes a data point colour per bar when given several colours.
  if (chart.pointColours) common.chartColors = order(chart.pointColours);
  const patch: ChartPatch = { styles, columns: [undefined, ...data.map((d) => d.values)] };
  switch (chart.kind) {
    case 'bar': {
      const bars = {
        barDir: chart.horizontal ? 'bar' : 'col',
        barGrouping: chart.stacked ? 'stacked' : 'clustered',
        showValue: chart.valueLabels !== false && !chart.stacked && chart.series.length <= 2,
        dataLabelFontSize: 11,
        dataLabelFormatCode: chart.labelFormat ?? chart.valueFormat,
      };
      if (!chart.secondary) {
        slide.addChart(pres.ChartType.bar, data, { ...common, ...bars });
        return patch;
      }
      const line = {
        lineSize: 3,
        lineDataSymbol: 'circle' as const,
        lineDataSymbolSize: 6,
        showValue: false,
      };
      addCombo(pres, slide, chart, common, data, { type: pres.ChartType.bar, options: bars }, line);
      return patch;
    }
    case 'line': {
      const line = {
        lineSize: 3,
        lineDataSymbol: data[0]!.values.length > 15 ? ('none' as const) : ('circle' as const),
        lineDataSymbolSize: 7,
      };
      const right = chart.secondary;
      if (!right) {
        slide.addChart(pres.ChartType.line, data, { ...common, ...line });
        return patch;
      }
      addCombo(pres, slide, chart, common, data, { type: pres.ChartType.line, options: line }, line);
      return patch;
    }
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
        ...(chart.xStep !== undefined && { catAxisMajorUnit: chart.xStep }),
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
