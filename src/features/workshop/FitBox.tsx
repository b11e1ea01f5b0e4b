import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { ChartHeightContext } from '../../charts/chartSize';

/** A chart is not drawn flatter than this to make room for its key; below it the whole slide shrinks. */
const MIN_CHART_HEIGHT = 260;

/**
 * Fits a slide's content into the box: a chart with a long key (the QSPM's seven lines) first gets less
 * height, keeping its text as large as on other slides; only what still does not fit (a title on two lines
 * over a chart at its lowest) is shrunk, in proportion. A slide never runs off the screen or under the
 * controls. The stage has a fixed size, so the fit is worked out once per slide.
 */
export function FitBox({
  children,
  fitKey,
  chartHeight,
}: {
  children: ReactNode;
  fitKey: string;
  /** The height charts are drawn at when they fit. */
  chartHeight: number;
}) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState({ key: fitKey, height: chartHeight, scale: 1 });
  const current = fit.key === fitKey ? fit : { key: fitKey, height: chartHeight, scale: 1 };
  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!box || !content) return;
    const measure = () => {
      const over = content.scrollHeight - box.clientHeight;
      setFit((was) => {
        const at = was.key === fitKey ? was : { key: fitKey, height: chartHeight, scale: 1 };
        if (over > 1 && at.height > MIN_CHART_HEIGHT)
          return { ...at, height: Math.max(MIN_CHART_HEIGHT, Math.floor(at.height - over)), scale: 1 };
        const scale = over > 1 ? box.clientHeight / content.scrollHeight : 1;
        return at === was && scale === was.scale ? was : { ...at, scale };
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, [fitKey, chartHeight, current.height]);
  return (
    <div ref={outer} className="fit-box">
      <div ref={inner} className="fit-content" style={{ transform: `scale(${current.scale})` }}>
        <ChartHeightContext.Provider value={current.height}>{children}</ChartHeightContext.Provider>
      </div>
    </div>
  );
}
