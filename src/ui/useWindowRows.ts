import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useState, type FocusEvent } from 'react';
import { flushSync } from 'react-dom';

/** Lists up to this long render every row: small projects (and their tests) see no difference. */
export const VIRTUAL_FROM = 100;
/**
 * A table of fewer but wider rows (50 factors × 21 players of selects) is left out by cells instead: laying
 * out 1,000 inputs took the Positioning page's opening past a second at the limits.
 */
export const VIRTUAL_CELLS = 600;
/** Tables this short render whole, however wide: a screenful of rows gains nothing from leaving rows out. */
const VIRTUAL_MIN_ROWS = 20;
const OVERSCAN = 6;
/** A stable no-op, so that memoised rows of a short list do not re-render for a new ref callback. */
const noRowRef = () => {};

export interface WindowRows<E extends HTMLElement> {
  /** The rows to render, in order, each with the empty space (px) to leave before it for rows not rendered. */
  rows: { index: number; gapBefore: number }[];
  /** Empty space to leave after the last rendered row (px). */
  after: number;
  /** Whether rows are left out (then rows carry `aria-rowindex` and the table `aria-rowcount`). */
  virtual: boolean;
  /** On the element around the rows (a tbody or list): where the rows start, and which row has focus. */
  container: {
    ref: (node: E | null) => void;
    onFocus: (event: FocusEvent<E>) => void;
    onBlur: (event: FocusEvent<E>) => void;
  };
  /** On each row, with `data-index={index}`, so that its real height is measured. */
  rowRef: (node: Element | null) => void;
}

const rowIndex = (target: EventTarget | null): number | null => {
  const row = target instanceof Element ? target.closest('[data-index]') : null;
  return row ? Number(row.getAttribute('data-index')) : null;
};

/**
 * Renders only the rows of a long list (or of a wide table: `cellsPerRow` inputs each) that are near the
 * window's viewport (the page scrolls, not the list).
 * Keyboard and screen-reader order stay those of the list: Tab reaches the next row because rows just below
 * and above the screen are rendered, and the row holding focus stays rendered wherever the page scrolls.
 */
export function useWindowRows<E extends HTMLElement>(
  count: number,
  estimatePx: number,
  cellsPerRow = 1,
): WindowRows<E> {
  const virtual = count > VIRTUAL_FROM || (count > VIRTUAL_MIN_ROWS && count * cellsPerRow > VIRTUAL_CELLS);
  const [node, setNode] = useState<E | null>(null);
  const [margin, setMargin] = useState(0);
  const [focused, setFocused] = useState<number | null>(null);
  // Where the list starts on the page moves when what is above it grows or shrinks (the page's height changes).
  useLayoutEffect(() => {
    if (!node || !virtual || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      setMargin(Math.round(node.getBoundingClientRect().top + window.scrollY)),
    );
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [node, virtual]);
  // The focused row and its neighbours stay rendered, so that Tab and Shift+Tab always find the next row.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = new Set(defaultRangeExtractor(range));
      if (focused !== null)
        for (const i of [focused - 1, focused, focused + 1]) if (i >= 0 && i < range.count) indexes.add(i);
      return [...indexes].sort((a, b) => a - b);
    },
    [focused],
  );
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimatePx,
    overscan: OVERSCAN,
    scrollMargin: margin,
    enabled: virtual,
    rangeExtractor,
  });
  const container = {
    ref: setNode,
    // Rendered before the focus handler returns: a Tab pressed at once must find the next row in the page.
    onFocus: (event: FocusEvent<E>) => {
      const index = rowIndex(event.target);
      if (virtual && index !== focused) flushSync(() => setFocused(index));
    },
    onBlur: (event: FocusEvent<E>) => {
      if (virtual && !event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(null);
    },
  };
  if (!virtual)
    return {
      rows: Array.from({ length: count }, (_, index) => ({ index, gapBefore: 0 })),
      after: 0,
      virtual,
      container,
      rowRef: noRowRef,
    };
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1];
  // Item positions include the margin. A focused row kept far from the others gets its own gap before it.
  return {
    rows: items.map((item, i) => ({
      index: item.index,
      gapBefore: Math.max(0, item.start - (i === 0 ? margin : items[i - 1]!.end)),
    })),
    after: last ? Math.max(0, virtualizer.getTotalSize() + margin - last.end) : 0,
    virtual,
    container,
    rowRef: virtualizer.measureElement,
  };
}
