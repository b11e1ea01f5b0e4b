import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../ui/TableScroll';

/** One numbered section of the report; its heading is the contents entry and the anchor. */
export function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" id={`report-${id}`} aria-labelledby={`report-${id}-heading`}>
      <h2 id={`report-${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * A plain table that never splits a row across pages (see report.css). A column that holds a number is
 * right-aligned throughout, its dashes for missing values too; a table with no rows says so instead of
 * printing bare headers.
 */
export function ReportTable({
  header,
  rows,
  caption,
  numeric: numericColumns,
}: {
  header: string[];
  rows: Array<Array<string | number>>;
  caption?: string;
  /** Which columns hold numbers, when they come formatted as text; by default those holding a number. */
  numeric?: boolean[];
}) {
  const { t } = useTranslation();
  if (rows.length === 0)
    return (
      <p className="muted report-empty">
        {caption ? `${caption}${t('common.colon')}` : ''}
        {t('report.notFilled')}
      </p>
    );
  const numeric = numericColumns ?? header.map((_, c) => rows.some((row) => typeof row[c] === 'number'));
  return (
    <TableScroll>
      <table className="data-table report-table">
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {header.map((h, i) => (
              <th key={i} scope="col" className={numeric[i] ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c} className={numeric[c] ? 'num' : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
