import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table wider than its column scrolls inside this box instead of widening the page. While it does
 * scroll, the box takes keyboard focus (arrow keys scroll it) and says why; otherwise it is no tab stop.
 */
export function TableScroll({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    // Measured when the observer reports (after layout, and first on observing), never by forcing a layout:
    // measuring here forced the page's whole layout inside React's commit (200 ms with the largest tables).
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
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
