/**
 * What every renderer of a chart needs, as plain data: the page's recharts component, the report, the deck's
 * native chart, the PNG/SVG slide and the CSV all draw from one of these, so they cannot disagree.
 */

/** i18next's `t`, narrowed to what views need. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A cell of a CSV table: numbers stay numbers for the spreadsheet. */
export type Cell = string | number | null | undefined;

export interface ViewTable {
  /** The file name's suffix, e.g. "SWOT". */
  name: string;
  /** The header row first. */
  rows: Cell[][];
}

/** The translator and the number formats of one language: every text a view returns is in that language. */
export interface ViewContext {
  t: Translate;
  language: string;
  /** Exactly `digits` decimals in the language's format (2.50). */
  fixed: (value: number, digits?: number) => string;
  /** At most `digits` decimals, grouped (12,345). */
  number: (value: number, digits?: number) => string;
}

export interface ViewAxis {
  title: string;
  min: number;
  max: number;
  /** Round numbers inside [min, max], the first at min when min is round. */
  ticks: number[];
  /** Decimals of the tick labels. */
  decimals: number;
  /** A suffix of the tick labels, e.g. "%". */
  unit?: string;
  /** The tick label as every renderer prints it. */
  format: (value: number) => string;
  /** Not drawn: its positions mean nothing to a reader (a centred funnel's). */
  hidden?: boolean;
}

export interface ViewSeries {
  id: string;
  name: string;
  /** "#RRGGBB" from the slide palette. */
  colour: string;
  dash?: boolean;
  /** One value per category (category charts) or per `x` (curves); null is a gap, not a zero. */
  values: Array<number | null>;
  /** Curves: the x value of each point. */
  x?: number[];
  /** A short name printed on the series' stacked segments where they are large enough (S1, O2). */
  short?: string;
  /** Measured on the right-hand axis (`y2`) instead of the left; in a bar chart, drawn as a line over the bars. */
  right?: boolean;
  /** Stacked bars: an unfilled spacer that lifts the next bars (a waterfall); no legend, label or tooltip. */
  hidden?: boolean;
  /** false: no legend entry of its own (the part below zero of a series already in the legend). */
  legend?: false;
  /** Stacked bars: the text printed in each bar (null: none), instead of its value. */
  pointLabels?: Array<string | null>;
}

/** A point on the plot, e.g. the optimum or today; `label` (if any) is printed beside it, identically everywhere. */
export interface ViewMark {
  id: string;
  x: number;
  y: number;
  label: string;
  colour: string;
  /** What a legend calls a mark drawn without a label. */
  name?: string;
  /** Where its label goes, so that two marks' labels never share a side. */
  side: 'above' | 'below';
}

interface ViewBase {
  /** Also the id of the deck slide that shows it. */
  id: string;
  /** The action title. */
  title: string;
  /** What is plotted, with units. */
  subtitle: string;
  /** The method or data it rests on. */
  source: string;
  /** What the chart shows, in one or two sentences: screen readers and the slide's note. */
  summary: string;
  /** The numbers behind it, for CSV: built when asked for (a click), not on every render. */
  table: () => ViewTable;
}

/** Lines over a numeric x axis, each with its own x values (service-level curves). */
export interface CurvesView extends ViewBase {
  kind: 'curves';
  x: ViewAxis;
  y: ViewAxis;
  /** A right-hand axis for the series marked `right` (cost beside a service level in %). */
  y2?: ViewAxis;
  series: ViewSeries[];
  marks: ViewMark[];
}

/** A tornado: for each row a range on one axis and today's value in it. */
export interface TornadoView extends ViewBase {
  kind: 'tornado';
  x: ViewAxis;
  rows: Array<{
    id: string;
    label: string;
    /** Today's value. */
    value: number;
    /** The range's ends; null ends run to the axis ends and get no tick. */
    lower: number | null;
    upper: number | null;
  }>;
  colours: { range: string; flip: string; today: string };
  /** Legend texts for the range, the flip ticks and the today marker. */
  legend: { range: string; flip: string; today: string };
}

/** A line across a category chart at one value, e.g. the 2.5 average of an IFE/EFE total. */
export interface ViewReference {
  value: number;
  label: string;
}

/** Values per category: bars (grouped, stacked or horizontal), lines over categories, or a radar. */
export interface CategoryView extends ViewBase {
  kind: 'category';
  shape: 'bar' | 'line' | 'radar';
  stacked?: boolean;
  /** Bars run across, the categories down the side, the first on top. */
  horizontal?: boolean;
  categories: string[];
  /** Title of the category axis, if it needs one. */
  categoryTitle?: string;
  series: ViewSeries[];
  /** The value axis. */
  y: ViewAxis;
  /** Bars: a right-hand axis for the series marked `right`, drawn as lines (a Pareto chart's cumulative %). */
  y2?: ViewAxis;
  /** Print each bar's value on it (a few bars only), with these decimals and this format. */
  valueLabels?: { decimals: number; format: (value: number) => string };
  references?: ViewReference[];
  /** One colour per category instead of per series (a single series coloured by verdict). */
  categoryColours?: string[];
}

/** A player on a positioning map: kinds differ in colour and shape, the same on page and slide. */
export interface ViewPlayer {
  id: string;
  name: string;
  kind: 'firm' | 'alternative' | 'competitor';
  x: number;
  y: number;
  colour: string;
  shape: 'circle' | 'diamond';
}

/** Players placed on a grid of named, tinted cells (Kotler's nine price–quality strategies). */
export interface MapView extends ViewBase {
  kind: 'map';
  x: ViewAxis;
  y: ViewAxis;
  /** Row-major, the top row first; `id` is a cell's short name (IE: its numeral), `active` the firm's cell. */
  cells: {
    rows: number;
    cols: number;
    /** `note` is a second, lighter line under the label (a heatmap cell's mean value). */
    items: Array<{ label: string; fill: string; id?: string; active?: boolean; note?: string }>;
  };
  /** Names of the columns (left to right) and of the rows (bottom to top). */
  levels: { x: string[]; y: string[] };
  /** What the cells' tints mean, if they mean something (IE: the three prescriptions). */
  cellKey?: Array<{ label: string; fill: string }>;
  players: ViewPlayer[];
  legend: Array<{ label: string; colour: string; shape: ViewPlayer['shape'] }>;
}

/** A point (or bubble) on a scatter plot. */
export interface ViewPoint {
  id: string;
  /** Printed on the chart: a short code inside a bubble, or a name beside a point. */
  label: string;
  /** What a tooltip adds (the factor's text). */
  detail?: string;
  x: number;
  y: number;
  /** Bubbles: what the area shows (a score, a market share). */
  size?: number;
}

/** Points or bubbles over two numeric axes, in groups told apart by colour (and shape), with a key. */
export interface PointsView extends ViewBase {
  kind: 'points';
  x: ViewAxis;
  y: ViewAxis;
  groups: Array<{
    id: string;
    name: string;
    colour: string;
    shape: ViewPlayer['shape'];
    points: ViewPoint[];
  }>;
  /** Bubbles: the sizes that map to the smallest and largest area. */
  sizes?: { min: number; max: number };
  /** Labels inside the bubbles (short codes) or beside the points (names), placed clear of each other. */
  labels: 'inside' | 'beside';
  /** A dashed line where y = x, with what it means (value equals price). */
  diagonal?: string;
}

/**
 * Bowman's strategy clock: price (x) against perceived added value (y), 0–10 each with 5 at the centre,
 * drawn inside a clock face whose spokes are the eight routes; the players placed by their ratings.
 */
export interface ClockView extends ViewBase {
  kind: 'clock';
  x: ViewAxis;
  y: ViewAxis;
  /** Bowman's order, route 1 first; `angle` in degrees from the centre (0 = right, counter-clockwise). */
  routes: Array<{ id: string; label: string; angle: number; failure: boolean }>;
  colours: { route: string; failure: string };
  players: ViewPlayer[];
  legend: MapView['legend'];
}

export type ChartView = CurvesView | TornadoView | CategoryView | MapView | PointsView | ClockView;
