import { PALETTE } from '../../views/theme';

/** The slide theme's colour-blind-safe palette (Okabe–Ito), as PowerPoint wants it: hex without #. */
export const hex = (colour: string) => colour.replace('#', '').toUpperCase();
export const C = Object.fromEntries(Object.entries(PALETTE).map(([k, v]) => [k, hex(v)])) as Record<
  keyof typeof PALETTE,
  string
>;
export const SERIES = [C.black, C.blue, C.orange, C.green, C.vermillion, C.purple, C.sky, C.grey];

/** A number as a deck stores it: d decimals, so the chart's workbook stays readable. */
export const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;
/** The distance between two ticks of a view's axis, for a native chart's major unit. */
export const tickStep = (ticks: readonly number[]) =>
  ticks.length > 1 ? round(ticks[1]! - ticks[0]!, 6) : undefined;
export const fmt = (v: number | null | undefined, d = 2) =>
  v === null || v === undefined ? '–' : v.toFixed(d);
