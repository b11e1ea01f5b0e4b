import { createContext, useContext } from 'react';

/**
 * The height a chart draws at, when something other than the page decides it: the slide export draws the
 * same chart component at slide proportions (wider than tall, larger type relative to the slide).
 */
export const ChartHeightContext = createContext<number | null>(null);

export function useChartHeight(onScreen: number): number {
  return useContext(ChartHeightContext) ?? onScreen;
}

/** The area a chart is drawn in for a slide export, under the slide's title (px). */
export const EXPORT_STAGE = { width: 1240, height: 600 } as const;

/**
 * The width of a chart drawn to a fixed height in its own units (an SVG with a viewBox): `onScreen` on the
 * page; on a slide, as wide as the slide's proportions, so that the plot fills the slide instead of sitting
 * in the middle of it.
 */
export function useStageWidth(height: number, onScreen: number): number {
  return useContext(ChartHeightContext) === null
    ? onScreen
    : Math.max(onScreen, Math.round((height * EXPORT_STAGE.width) / EXPORT_STAGE.height));
}
