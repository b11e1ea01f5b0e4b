import { FONT } from '../views/theme';
import type { ViewAxis } from '../views/types';
import { isCjk } from '../views/textFit';

/**
 * A y axis title as recharts draws it: turned along the axis for Latin text (up on the left, down on the
 * right); for Chinese text, whose characters would lie on their side, set level above the axis instead.
 */
function sideTitle(title: string, side: 'left' | 'right', dy: number) {
  const left = side === 'left';
  return isCjk(title)
    ? {
        value: title,
        position: 'top' as const,
        offset: 14,
        fontSize: FONT.axisLabel,
        fill: '#374151',
        dx: left ? 20 : -20,
      }
    : {
        value: title,
        angle: left ? -90 : 90,
        position: left ? ('insideLeft' as const) : ('insideRight' as const),
        fontSize: FONT.axisLabel,
        fill: '#374151',
        dy,
        dx: left ? -8 : 8,
      };
}

/** The left y axis title. */
export const yAxisTitle = (title: string, dy: number) => sideTitle(title, 'left', dy);

/** A right-hand y axis title. */
export const rightAxisTitle = (title: string) => sideTitle(title, 'right', -40);

/** The plot's top margin: room for a level Chinese y axis title. */
export const topMargin = (title: string, base: number) => (isCjk(title) ? base + 22 : base);

const TICK = { fontSize: FONT.tick, fill: '#374151' };

/** A numeric axis' props from a view axis: its range, round ticks and their labels, as every chart draws them. */
export function numericAxis(axis: ViewAxis) {
  return {
    type: 'number' as const,
    domain: [axis.min, axis.max],
    ticks: axis.ticks,
    allowDataOverflow: true,
    tick: TICK,
    tickFormatter: axis.format,
  };
}

/** The x axis title below the ticks. */
export const xAxisTitle = (title: string) => ({
  value: title,
  position: 'insideBottom' as const,
  offset: -16,
  fontSize: FONT.axisLabel,
  fill: '#374151',
});
