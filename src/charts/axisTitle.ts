import { FONT } from '../views/theme';

import { isCjk } from '../views/textFit';

/**
 * The y axis title as recharts draws it: turned up the axis for Latin text; for Chinese text, whose
 * characters would lie on their side, set level above the axis instead.
 */
export function yAxisTitle(title: string, dy: number) {
  return isCjk(title)
    ? {
        value: title,
        position: 'top' as const,
        offset: 14,
        fontSize: FONT.axisLabel,
        fill: '#374151',
        dx: 20,
      }
    : {
        value: title,
        angle: -90,
        position: 'insideLeft' as const,
        fontSize: FONT.axisLabel,
        fill: '#374151',
        dy,
        dx: -8,
      };
}

/** The plot's top margin: room for a level Chinese y axis title. */
export const topMargin = (title: string, base: number) => (isCjk(title) ? base + 22 : base);

/** A right-hand y axis title: turned down the axis for Latin text, level above the axis for Chinese. */
export function rightAxisTitle(title: string) {
  return isCjk(title)
    ? {
        value: title,
        position: 'top' as const,
        offset: 14,
        fontSize: FONT.axisLabel,
        fill: '#374151',
        dx: -20,
      }
    : {
        value: title,
        angle: 90,
        position: 'insideRight' as const,
        fontSize: FONT.axisLabel,
        fill: '#374151',
        dy: -40,
        dx: 8,
      };
}
