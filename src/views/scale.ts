/** Axis ranges and ticks on round numbers, shared by every view. */

/** The round step (1, 2 or 5 times a power of ten) that cuts `span` into at most `count` intervals. */
export function niceStep(span: number, count = 8): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw - 1e-12) ?? 10 * power;
  return step;
}

/** Rounds away floating-point dust (0.30000000000000004 → 0.3). */
const clean = (v: number) => Number(v.toPrecision(12));

/** A quotient within floating-point error of a whole number is that number (4510724.8 / 0.1). */
const snap = (q: number) => (Math.abs(q - Math.round(q)) <= 1e-12 * (1 + Math.abs(q)) ? Math.round(q) : q);

/** Ticks at whole multiples of `step` inside [min, max]. */
export function ticksBetween(min: number, max: number, step: number): number[] {
  const ticks: number[] = [];
  const last = Math.floor(snap(max / step));
  for (let i = Math.ceil(snap(min / step)); i <= last; i += 1) ticks.push(clean(i * step));
  return ticks;
}

/** Decimals a tick label needs to show `step` exactly (0.25 → 2, 5 → 0). */
export function stepDecimals(step: number): number {
  const text = String(clean(step));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * A range widened outwards to round numbers, with its ticks: [3.2, 97.1] → [0, 100] by 10. A range that is
 * one point is widened by one step either side.
 */
export function niceRange(
  min: number,
  max: number,
  count = 8,
): { min: number; max: number; ticks: number[]; step: number } {
  const lo = Math.min(min, max);
  const hi = Math.max(min, max);
  const step = niceStep(hi - lo || Math.abs(hi) || 1, count);
  const from = clean(Math.floor(snap(lo / step)) * step);
  let to = clean(Math.ceil(snap(hi / step)) * step);
  if (to === from) to = clean(from + step);
  return { min: from, max: to, ticks: ticksBetween(from, to, step), step };
}

/** A computed value rounded as a table stores it, so that a spreadsheet shows 2.5 and not 2.5000000000000004. */
export const roundTo = (v: number | null | undefined, digits = 4): number | null =>
  v === null || v === undefined ? null : Math.round(v * 10 ** digits) / 10 ** digits;
