import { niceRange, stepDecimals, ticksBetween } from './scale';
import type { ViewAxis, ViewContext } from './types';

/** A fixed scale (ratings 1–5, levels 0–10) with ticks every `step`. */
export function fixedAxis(title: string, min: number, max: number, step: number, ctx: ViewContext): ViewAxis {
  const decimals = stepDecimals(step);
  return {
    title,
    min,
    max,
    ticks: ticksBetween(min, max, step),
    decimals,
    format: (v) => ctx.fixed(v, decimals),
  };
}

/** An axis from 0 (or below a negative minimum) to above the largest value, on round numbers. */
export function dataAxis(
  title: string,
  values: ReadonlyArray<number | null>,
  ctx: ViewContext,
  count = 6,
): ViewAxis {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const range = niceRange(Math.min(0, ...finite), Math.max(0, ...finite), count);
  const decimals = stepDecimals(range.step);
  return {
    title,
    min: range.min,
    max: range.max,
    ticks: range.ticks,
    decimals,
    format: (v) => ctx.fixed(v, decimals),
  };
}
