import { PALETTE } from './theme';

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
