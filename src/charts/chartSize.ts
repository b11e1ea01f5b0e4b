import { createContext, useContext } from 'react';

/**
 * The height a chart draws at, when something other than the page decides it: the slide export draws the
 * same chart component at slide proportions (wider than tall, larger type relative to the slide).
 */
export const ChartHeightContext = createContext<number | null>(null);

export function useChartHeight(onScreen: number): number {
  return useContext(ChartHeightContext) ?? onScreen;
}
