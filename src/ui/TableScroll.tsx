import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table wider than its column scrolls inside this box instead of widening the page. While it does
 * scroll, the box takes keyboard focus (arrow keys scroll it) and says why; otherwise it is no tab stop.
 */
export function TableScroll({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    // Measured before the first paint, so that a table that scrolls is a tab stop from the start; the layout
    // this forces is the one that paint needs anyway (measuring later only moved that cost, and left a frame
    // in which the table could not be reached by keyboard).
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className="table-scroll"
      {...(scrolls && { tabIndex: 0, role: 'group', 'aria-label': t('common.scrollTable') })}
    >
      {children}
    </div>
  );
}
