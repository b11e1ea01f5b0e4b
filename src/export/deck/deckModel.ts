/** A deck as plain data: what each slide says and shows, before any PowerPoint library is involved. */

export type ChartKind = 'bar' | 'line' | 'radar' | 'scatter';

/** How one series is drawn, where it differs from the chart's defaults. */
export interface SeriesStyle {
  dash?: boolean;
  marker?: 'none' | 'circle' | 'diamond';
  /** Index of the one point labelled with the series name. */
  labelAt?: number;
  labelPosition?: 't' | 'l' | 'r';
  /** Stacked bars: an unfilled spacer (a waterfall's), with no labels and no legend entry. */
  hidden?: boolean;
  /** false: no legend entry (the part below zero of a series already in the legend). */
  legend?: false;
  /** Stacked bars: the text in each bar, centred (null: none), in the series' point order. */
  pointLabels?: Array<string | null>;
}

export interface DeckSeries {
  name: string;
  /** Category labels (bar, line, radar); for scatter, point labels. */
  labels: string[];
  /** A missing value (null) is left out: a gap, not a zero. */
  values: Array<number | null>;
  style?: SeriesStyle;
}

/** Labelled, tinted cells behind the plot area (row-major, top row first), e.g. Kotler's nine cells. */
export interface DeckGrid {
  rows: number;
  cols: number;
  cells: Array<{ label: string; fill: string }>;
}

export interface DeckChart {
  kind: ChartKind;
  /** Scatter: the x values shared by every series. */
  x?: number[];
  xMin?: number;
  xMax?: number;
  /** Distance between the x axis' ticks (scatter). */
  xStep?: number;
  /** Scatter: points joined by lines (curves) rather than labelled markers (players). */
  lines?: boolean;
  grid?: DeckGrid;
  series: DeckSeries[];
  /** Hex colours without #, one per series. */
  colours: string[];
  stacked?: boolean;
  horizontal?: boolean;
  xTitle?: string;
  yTitle?: string;
  yMin?: number;
  yMax?: number;
  /** Distance between the value axis' ticks. */
  yStep?: number;
  /** The value axis is not drawn (a centred funnel's positions mean nothing). */
  yHidden?: boolean;
  /** Excel number format of the value axis, e.g. "0%" or "#,##0". */
  valueFormat?: string;
  /** A single series' bars coloured one by one (hex without #), e.g. by their side of an average. */
  pointColours?: string[];
  /** Bars print their values unless this is false (they do anyway only with one or two series). */
  valueLabels?: boolean;
  /** Excel number format of the printed values, if it differs from the axis'. */
  labelFormat?: string;
  /** Line charts, and bar charts (as lines over the bars): the last `count` series on a right-hand axis of their own. */
  secondary?: { count: number; title: string; min: number; max: number; step?: number; valueFormat: string };
}

export type DeckBody =
  | { kind: 'chart'; chart: DeckChart; note?: string }
  | {
      kind: 'table';
      header: string[];
      rows: string[][];
      widths?: number[];
      /** Inches; by default rows are as tall as their text. */
      rowHeight?: number;
      /** Hex fill (without #) per body cell, row by row; empty for none. */
      fills?: string[][];
    }
  | { kind: 'text'; paragraphs: string[] }
  /** Four boxes in a 2×2 (SWOT), each a title and items; items that do not fit go on a continuing slide. */
  | { kind: 'quadrants'; cells: Array<{ title: string; fill: string; items: string[] }> }
  | DeckTornado
  | DeckMap
  | DeckClock;

/**
 * Players (or factors) on two axes, drawn with shapes (their names placed clear of each other): over a grid
 * of named cells (price–quality, IE) or over round ticks with grid lines (bubbles).
 */
export interface DeckMap {
  kind: 'map';
  x: DeckMapAxis;
  y: DeckMapAxis;
  cells?: {
    rows: number;
    cols: number;
    items: Array<{ label: string; fill: string; active?: boolean; note?: string }>;
  };
  /** With cells: their names, columns left to right, rows bottom to top. */
  levels?: { x: string[]; y: string[] };
  /** Hex without #. */
  players: Array<{
    name: string;
    x: number;
    y: number;
    colour: string;
    shape: 'circle' | 'diamond';
    large: boolean;
    /** A bubble's diameter in inches (else a mark's usual size). */
    size?: number;
  }>;
  /** Names inside the marks (short codes in bubbles) rather than beside them. */
  inside?: boolean;
  /** A dashed line where y = x, with its name. */
  diagonal?: string;
  legend: Array<{ label: string; colour: string; shape: 'circle' | 'diamond' }>;
  note?: string;
}

export interface DeckMapAxis {
  title: string;
  min: number;
  max: number;
  /** Without cells: the ticks, with grid lines. */
  ticks?: Array<{ at: number; label: string }>;
}

/** Bowman's strategy clock drawn with shapes: the face, a spoke per route, the players and their names. */
export interface DeckClock {
  kind: 'clock';
  x: { title: string };
  y: { title: string };
  routes: Array<{ label: string; angle: number; failure: boolean }>;
  /** Hex without #. */
  colours: { route: string; failure: string };
  players: DeckMap['players'];
  legend: DeckMap['legend'];
  note?: string;
}

/** A tornado drawn with shapes: ranges, flip ticks and today's dot on one axis. */
export interface DeckTornado {
  kind: 'tornado';
  axis: { title: string; min: number; max: number; ticks: Array<{ at: number; label: string }> };
  rows: Array<{ label: string; value: number; lower: number | null; upper: number | null }>;
  /** Hex without #. */
  colours: { range: string; flip: string; today: string };
  legend: { range: string; flip: string; today: string };
}

export interface DeckSlide {
  id: string;
  /** The action title. */
  title: string;
  subtitle?: string;
  source?: string;
  body: DeckBody;
  /** Offered in the deck dialog but not ticked at first (a detail most decks leave out). */
  optional?: boolean;
}

export interface Deck {
  /** A title slide first (the default); a single chart taken into PowerPoint goes without. */
  cover?: boolean;
  title: string;
  subtitle: string;
  date: string;
  slides: DeckSlide[];
}
