import { Fragment, type ReactNode } from 'react';
import type { WindowRows } from './useWindowRows';

const Spacer = ({ px, columns }: { px: number; columns: number }) =>
  px > 0 ? (
    <tr aria-hidden="true" className="virtual-spacer" style={{ height: px }}>
      <td colSpan={columns} />
    </tr>
  ) : null;

interface Props {
  /** From `useWindowRows`, called by the table (which needs `virtual` for its aria-rowcount). */
  rows: WindowRows<HTMLTableSectionElement>;
  /** The table's column count, for the spacer rows. */
  columns: number;
  keyAt: (index: number) => string;
  /** The row at `index`: a `<tr>` with `ref={rows.rowRef}` and `data-index={index}`. */
  children: (index: number) => ReactNode;
}

/** The `<tbody>` of a table on `useWindowRows`: the rendered rows with the empty space of those left out. */
export function WindowTbody({ rows, columns, keyAt, children }: Props) {
  return (
    <tbody {...rows.container}>
      {rows.rows.map(({ index, gapBefore }) => (
        // Keyed by the row's item, so that a row keeps its DOM (and focus) when the rendered range moves.
        <Fragment key={keyAt(index)}>
          <Spacer px={gapBefore} columns={columns} />
          {children(index)}
        </Fragment>
      ))}
      <Spacer px={rows.after} columns={columns} />
    </tbody>
  );
}
