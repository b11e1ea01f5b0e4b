import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Shrinks its content, in proportion, until it fits the box (a chart with a long legend, a title on two lines):
 * a slide never runs off the screen or under the controls.
 */
export function FitBox({ children, fitKey }: { children: ReactNode; fitKey: string }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!box || !content) return;
    const fit = () => {
      const needed = content.scrollHeight;
      const room = box.clientHeight;
      setScale(needed > room && needed > 0 ? room / needed : 1);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    observer.observe(content);
    return () => observer.disconnect();
  }, [fitKey]);
  return (
    <div ref={outer} className="fit-box">
      <div ref={inner} className="fit-content" style={{ transform: `scale(${scale})` }}>
        {children}
      </div>
    </div>
  );
}
