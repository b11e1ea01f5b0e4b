/** A deck as plain data: what each slide says and shows, before any PowerPoint library is involved. */

export type ChartKind = 'bar' | 'line' | 'radar' | 'scatter';

export interface DeckSeries {
  name: string;
  /** Category labels (bar, line, radar); for scatter, point labels. */
  labels: string[];
  values: Array<number | null>;
}

export interface DeckChart {
  kind: ChartKind;
  /** Scatter: the x values shared by every series. */
  x?: number[];
  series: DeckSeries[];
  /** Hex colours without #, one per series. */
  colours: string[];
  stacked?: boolean;
  horizontal?: boolean;
  xTitle?: string;
  yTitle?: string;
  yMin?: number;
  yMax?: number;
  /** Excel number format of the value axis, e.g. "0%" or "#,##0". */
  valueFormat?: string;
  /** Series drawn dashed (by index). */
  dashed?: number[];
  /** Series drawn without fill (by index), e.g. the invisible base of a range bar. */
  hidden?: number[];
}

export type DeckBody =
  | { kind: 'chart'; chart: DeckChart; note?: string }
  | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[] }
  | { kind: 'text'; paragraphs: string[] };

export interface DeckSlide {
  id: string;
  /** The action title. */
  title: string;
  subtitle?: string;
  source?: string;
  body: DeckBody;
}

export interface Deck {
  title: string;
  subtitle: string;
  date: string;
  slides: DeckSlide[];
}
