import { PAGE_FONT, type ChartFont } from './chartFont';
import type { ViewAxis } from '../views/types';
import { isCjk } from '../views/textFit';
import { plainTick } from './PlainTick';

/**
 * A y axis title as recharts draws it: turned along the axis for Latin text (up on the left, down on the
 * right); for Chinese text, whose characters would lie on their side, set level above the axis instead.
 */
function sideTitle(title: string, side: 'left' | 'right', dy: number, font: ChartFont) {
  const left = side === 'left';
  return isCjk(title)
    ? {
        value: title,
        position: 'top' as const,
        offset: 14 * font.scale,
        fontSize: font.axisLabel,
        fill: '#374151',
        dx: (left ? 20 : -20) * font.scale,
      }
    : {
        value: title,
        angle: left ? -90 : 90,
        position: left ? ('insideLeft' as const) : ('insideRight' as const),
        fontSize: font.axisLabel,
        fill: '#374151',
        dy: dy * font.scale,
        dx: (left ? -8 : 8) * font.scale,
      };
}

/** The left y axis title. */
export const yAxisTitle = (title: string, dy: number, font = PAGE_FONT) => sideTitle(title, 'left', dy, font);

/** A right-hand y axis title. */
export const rightAxisTitle = (title: string, font = PAGE_FONT) => sideTitle(title, 'right', -40, font);

/** The plot's top margin: room for a level Chinese y axis title. */
export const topMargin = (title: string, base: number, font = PAGE_FONT) =>
  isCjk(title) ? base + 22 * font.scale : base;

/** A numeric axis' props from a view axis: its range, round ticks and their labels, as every chart draws them. */
export function numericAxis(axis: ViewAxis, font = PAGE_FONT) {
  return {
    type: 'number' as const,
    domain: [axis.min, axis.max],
    ticks: axis.ticks,
    // The view already chose ticks that fit: recharts would otherwise measure every label in the DOM on each
    // redraw to thin them out, and again to wrap it (a forced layout per tick; see PlainTick).
    interval: 0,
    allowDataOverflow: true,
    tick: plainTick(font.tick, '#374151', axis.ticks, axis.format),
    tickFormatter: axis.format,
  };
}

/** The x axis title below the ticks. */
export const xAxisTitle = (title: string, font = PAGE_FONT) => ({
  value: title,
  position: 'insideBottom' as const,
  offset: -16 * font.scale,
  fontSize: font.axisLabel,
  fill: '#374151',
});
