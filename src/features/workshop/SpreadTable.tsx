import { useTranslation } from 'react-i18next';
import { DISAGREEMENT_SD, spreadOf } from '../../domain/workshop/spread';
import { formatFixed } from '../../i18n/format';
import { TableScroll } from '../../ui/TableScroll';

export interface SpreadRow {
  key: string;
  label: string;
  /** The participants' ratings or scores. */
  values: readonly number[];
  /** The project's rating or score now. */
  now: number | null;
}

/** Ratings from the room, a row each: how many, mean, spread (marked where the group disagrees), range, now. */
export function SpreadTable({
  rows,
  optionHeader,
  nowHeader,
  testId,
}: {
  rows: readonly SpreadRow[];
  optionHeader: string;
  nowHeader: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number | null) => (v === null ? '–' : formatFixed(v, i18n.language, 1));
  return (
    <TableScroll>
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{optionHeader}</th>
            <th scope="col">{t('workshop.results.ratings.n')}</th>
            <th scope="col">{t('workshop.results.ratings.mean')}</th>
            <th scope="col">{t('workshop.results.ratings.sd')}</th>
            <th scope="col">{t('workshop.results.ratings.range')}</th>
            <th scope="col">{nowHeader}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const s = spreadOf(r.values);
            return (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{s.n}</td>
                <td>{fmt(s.mean)}</td>
                <td>
                  {fmt(s.sd)}
                  {s.sd !== null && s.sd >= DISAGREEMENT_SD && (
                    <span className="chip disagree"> {t('workshop.results.ratings.disagree')}</span>
                  )}
                </td>
                <td>{s.min === null ? '–' : `${s.min}–${s.max}`}</td>
                <td>{r.now ?? '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
