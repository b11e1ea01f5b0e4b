import { Fragment, type ReactNode } from 'react';
import { useWindowRows } from './useWindowRows';

/** What a row of a `WindowList` puts on its `<li>`: the ref that measures it and its place in the list. */
export interface ListRow {
  /** Put on the row's `<li>` with `data-index={index}`. */
  rowRef: (node: Element | null) => void;
  index: number;
  /** The list's length when rows are left out (then the row carries aria-setsize and aria-posinset). */
  setSize?: number;
}

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  /** A typical row's height in px, until rows are measured. */
  estimatePx: number;
  className: string;
  children: (item: T, row: ListRow) => ReactNode;
}

const Spacer = ({ px }: { px: number }) =>
  px > 0 ? <li aria-hidden="true" className="virtual-spacer" style={{ height: px }} /> : null;

/**
 * An `<ol>` that renders only the rows near the screen once it is longer than VIRTUAL_FROM (useWindowRows):
 * Tab still reaches the next row, the focused row stays rendered, and each row says its place in the list.
 */
export function WindowList<T>({ items, keyOf, estimatePx, className, children }: Props<T>) {
  const rows = useWindowRows<HTMLOListElement>(items.length, estimatePx);
  return (
    <ol className={className} {...rows.container}>
      {rows.rows.map(({ index, gapBefore }) => (
        // Keyed by the row's item, so that a row and its spacer are never remounted as the window moves.
        <Fragment key={keyOf(items[index]!)}>
          <Spacer px={gapBefore} />
          {children(items[index]!, {
            rowRef: rows.rowRef,
            index,
            setSize: rows.virtual ? items.length : undefined,
          })}
        </Fragment>
      ))}
      <Spacer px={rows.after} />
    </ol>
  );
}

/** The attributes (not the ref) a row's `<li>` takes from its place in the list. */
export const listRowAttributes = (index: number, setSize: number | undefined) => ({
  'data-index': index,
  'aria-setsize': setSize,
  'aria-posinset': setSize === undefined ? undefined : index + 1,
});
