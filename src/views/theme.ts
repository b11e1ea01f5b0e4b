import type { NineCell } from '../domain/strategy/positioning';

/** The slide theme: one colour-blind-safe palette (Okabe–Ito) and type sizes legible at 1920×1080. */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  sky: '#56B4E9',
  yellow: '#F0E442',
  black: '#000000',
  grey: '#6b7280',
} as const;

/** Two series compared in time: now (solid, dark) and in three years (lighter, dashed). */
export const SERIES = { now: PALETTE.blue, future: PALETTE.orange } as const;

export const CATEGORY_COLOURS = {
  political: PALETTE.blue,
  economic: PALETTE.orange,
  social: PALETTE.green,
  technological: PALETTE.purple,
  environmental: PALETTE.sky,
  legal: PALETTE.vermillion,
} as const;

export const PRESCRIPTION_COLOURS = {
  'grow-build': '#d7efe5',
  'hold-maintain': '#fdf1cf',
  'harvest-divest': '#f9ddd0',
} as const;

export const FONT = {
  family:
    "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  tick: 14,
  axisLabel: 15,
  label: 13,
} as const;

/** Kotler's nine cells: the diagonal neutral, better value than price green, worse red. */
export const NINE_CELL_FILL: Record<NineCell, string> = {
  premium: '#e0f2fe',
  highValue: '#dcfce7',
  superbValue: '#bbf7d0',
  overcharging: '#fee2e2',
  mediumValue: '#f1f5f9',
  goodValue: '#dcfce7',
  ripOff: '#fecaca',
  falseEconomy: '#fee2e2',
  economy: '#f1f5f9',
};
/** Colours for a list of players: the firm first in black, then the palette in a fixed order. */
export const PLAYER_SERIES = [
  PALETTE.black,
  PALETTE.blue,
  PALETTE.orange,
  PALETTE.green,
  PALETTE.vermillion,
  PALETTE.purple,
  PALETTE.sky,
  PALETTE.grey,
] as const;

export const seriesColour = (index: number): string => PLAYER_SERIES[index % PLAYER_SERIES.length]!;
