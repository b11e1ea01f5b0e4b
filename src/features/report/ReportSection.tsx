import type { ReactNode } from 'react';

/** One numbered section of the report; its heading is the contents entry and the anchor. */
export function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" id={`report-${id}`} aria-labelledby={`report-${id}-heading`}>
      <h2 id={`report-${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** A plain table that never splits a row across pages (see report.css). */
export function ReportTable({
  header,
  rows,
  caption,
}: {
  header: string[];
  rows: Array<Array<string | number>>;
  caption?: string;
}) {
  return (
    <table className="data-table report-table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {header.map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => (
              <td key={c} className={typeof cell === 'number' ? 'num' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
