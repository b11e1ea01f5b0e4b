import { createContext, useContext, useMemo } from 'react';
import { FONT } from '../views/theme';

/** A chart's text sizes (px in its own units) and how many times the page's sizes they are. */
export interface ChartFont {
  family: string;
  tick: number;
  axisLabel: number;
  label: number;
  /** 1 on the page; on the projector, what margins and offsets tuned to the page's text grow by. */
  scale: number;
}

/**
 * On the projector: the size (px on the 1280×720 stage) that a chart's smallest text must reach to be read
 * from the back of a room, and the box the chart is drawn in. Null on the page, in the report and in exports.
 */
export interface ChartTextTarget {
  labelPx: number;
  box: { width: number; height: number };
}

export const ChartTextContext = createContext<ChartTextTarget | null>(null);

/** The page's sizes: what every chart draws with outside a presentation. */
export const PAGE_FONT: ChartFont = { ...FONT, scale: 1 };

/** The page's sizes times `scale`, rounded to whole px. */
export function scaledFont(scale: number): ChartFont {
  if (scale === 1) return PAGE_FONT;
  const px = (size: number) => Math.round(size * scale);
  return {
    family: FONT.family,
    tick: px(FONT.tick),
    axisLabel: px(FONT.axisLabel),
    label: px(FONT.label),
    scale,
  };
}

/**
 * The font a chart lays itself out with. A chart drawn 1:1 (recharts) scales its text up to the target; an
 * SVG drawn to a viewBox of `drawn` size is shrunk into the box, so its text is scaled up by as much more.
 * The chart then places everything with these sizes, so labels that avoid each other still do.
 */
export function useChartFont(drawn?: { width: number; height: number }): ChartFont {
  const target = useContext(ChartTextContext);
  const width = drawn?.width;
  const height = drawn?.height;
  return useMemo(() => {
    if (!target) return PAGE_FONT;
    const shrink = width && height ? Math.min(1, target.box.width / width, target.box.height / height) : 1;
    return scaledFont(Math.max(1, target.labelPx / (FONT.label * shrink)));
  }, [target, width, height]);
}
