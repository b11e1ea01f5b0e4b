import { useTranslation } from 'react-i18next';
import type { ScoringView } from '../../domain/strategy/analysis';
import { formatFixed } from '../../i18n/format';
import { alternativeName } from '../../views/names';
import { TableScroll } from '../../ui/TableScroll';
import { useWindowRows } from '../../ui/useWindowRows';
import { WindowTbody } from '../../ui/WindowTbody';
import { QspmRow } from './QspmRow';
import { useGroupScores } from '../../state/selectors';

const HEADER_ROWS = 2;
/** A factor row with a one-line text, at the table's font size (px); real heights are measured. */
const ROW_PX = 44;

/**
 * The QSPM as David lays it out: key factors and weights, then AS and TAS per alternative, sums and ranks.
 * At 800 key factors × 20 alternatives only the rows near the screen are rendered.
 */
export function QspmTable({ view, criteria }: { view: ScoringView; criteria: boolean }) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number) => formatFixed(v, i18n.language, 2);
  const alternatives = view.alternatives;
  const anyCounted = view.counted.factors.length > 0;
  const rank = new Map(view.ranking.map((id, i) => [id, i + 1]));
  const rows = useWindowRows<HTMLTableSectionElement>(view.factors.length, ROW_PX);
  const columns = 3 + 2 * alternatives.length;
  const groupScores = useGroupScores();
  return (
    <TableScroll>
      <table
        className="data-table qspm-table"
        data-testid="qspm-table"
        aria-rowcount={rows.virtual ? HEADER_ROWS + view.factors.length + 2 : undefined}
      >
        <thead>
          <tr aria-rowindex={rows.virtual ? 1 : undefined}>
            <th scope="col" rowSpan={2}>
              {t('strategy.factor')}
            </th>
            <th scope="col" rowSpan={2} className="num">
              {t('strategy.weight')}
            </th>
            {alternatives.map((a) => (
              <th key={a.id} scope="colgroup" colSpan={2} className="alt-head">
                {alternativeName(a, t)}
              </th>
            ))}
            <th scope="col" rowSpan={2}>
              <span className="visually-hidden">{t('strategy.dashRow')}</span>
            </th>
          </tr>
          <tr aria-rowindex={rows.virtual ? 2 : undefined}>
            {alternatives.map((a) => [
              <th key={`${a.id}-as`} scope="col" className="num">
                {t('strategy.as')}
              </th>,
              <th key={`${a.id}-tas`} scope="col" className="num">
                {t('strategy.tas')}
              </th>,
            ])}
          </tr>
        </thead>
        <WindowTbody rows={rows} columns={columns} keyAt={(index) => view.factors[index]!.id}>
          {(index) => (
            <QspmRow
              factor={view.factors[index]!}
              index={index}
              rowIndex={rows.virtual ? HEADER_ROWS + index + 1 : undefined}
              view={view}
              alternatives={alternatives}
              criteria={criteria}
              groupScores={groupScores}
              rowRef={rows.rowRef}
            />
          )}
        </WindowTbody>
        <tfoot>
          <tr aria-rowindex={rows.virtual ? HEADER_ROWS + view.factors.length + 1 : undefined}>
            <th scope="row">{t('strategy.sumTas')}</th>
            <td />
            {alternatives.map((a) => [
              <td key={`${a.id}-as`} />,
              <td key={`${a.id}-tas`} className="num total" data-testid="sum-tas">
                {fmt(view.totals[a.id] ?? 0)}
              </td>,
            ])}
            <td />
          </tr>
          <tr aria-rowindex={rows.virtual ? HEADER_ROWS + view.factors.length + 2 : undefined}>
            <th scope="row">{t('strategy.rank')}</th>
            <td />
            {alternatives.map((a) => [
              <td key={`${a.id}-as`} />,
              <td key={`${a.id}-tas`} className="num" data-testid="rank">
                {anyCounted ? rank.get(a.id) : '–'}
              </td>,
            ])}
            <td />
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
