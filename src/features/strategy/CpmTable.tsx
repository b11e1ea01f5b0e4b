import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project/types';
import { own } from '../../domain/project/own';
import { formatFixed } from '../../i18n/format';
import { positioningActions as edit } from '../../state/positioningActions';
import { RemoveButton } from '../../ui/RemoveButton';
import { ScoreSelect } from '../../ui/ScoreSelect';
import { TableScroll } from '../../ui/TableScroll';
import { useWindowRows } from '../../ui/useWindowRows';
import { WeightField } from '../../ui/WeightField';
import { WindowTbody } from '../../ui/WindowTbody';
import { focusAfterRemove } from '../../ui/focusAfterRemove';

/** A factor row with a one-line name, at the table's font size (px); real heights are measured. */
const ROW_PX = 44;

interface Props {
  cpm: Project['strategy']['cpm'];
  players: readonly { id: string; name: string }[];
  totals: Record<string, number>;
  weightSum: number;
}

/**
 * The CPM's table: a row per critical success factor with its weight and each player's rating 1–4, the
 * totals below. At 50 factors × 21 players only the rows near the screen are rendered; the table is its own
 * component so that the rows it renders as the page scrolls do not redraw the section's radar.
 */
export function CpmTable({ cpm, players, totals, weightSum }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number) => formatFixed(v, i18n.language, 2);
  const factorName = (name: string, i: number) => name || t('positioning.csfName', { n: i + 1 });
  const rows = useWindowRows<HTMLTableSectionElement>(cpm.length, ROW_PX, players.length + 2);
  const rowIndex = (n: number) => (rows.virtual ? n : undefined);
  return (
    <TableScroll>
      <table
        className="data-table"
        data-testid="cpm-table"
        aria-rowcount={rows.virtual ? cpm.length + 2 : undefined}
      >
        <thead>
          <tr aria-rowindex={rowIndex(1)}>
            <th scope="col">{t('positioning.csf')}</th>
            <th scope="col" className="num">
              {t('strategy.weight')}
            </th>
            {players.map((p) => (
              <th key={p.id} scope="col" className="num">
                {p.name}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('common.delete')}</span>
            </th>
          </tr>
        </thead>
        <WindowTbody rows={rows} columns={players.length + 3} keyAt={(i) => cpm[i]!.id}>
          {(i) => {
            const f = cpm[i]!;
            return (
              <tr key={f.id} ref={rows.rowRef} data-index={i} aria-rowindex={rowIndex(i + 2)} data-removable>
                <th scope="row">
                  <input
                    type="text"
                    aria-label={t('positioning.csfName', { n: i + 1 })}
                    value={f.name}
                    maxLength={1000}
                    onChange={(e) => edit.typeEntry('cpm', f.id, 'name', { name: e.target.value })}
                    onBlur={edit.endTyping}
                  />
                </th>
                <td className="num">
                  <WeightField
                    label={t('positioning.csfWeight', { n: i + 1 })}
                    value={f.weight}
                    onCommit={(weight) => edit.typeEntry('cpm', f.id, 'weight', { weight })}
                  />
                </td>
                {players.map((player) => (
                  <td key={player.id} className="num">
                    <ScoreSelect
                      label={t('positioning.ratingOf', {
                        player: player.name,
                        factor: factorName(f.name, i),
                      })}
                      value={own(f.ratings, player.id) ?? null}
                      min={1}
                      max={4}
                      onChange={(rating) => edit.setCpmRating(f.id, player.id, rating)}
                    />
                  </td>
                ))}
                <td>
                  <RemoveButton
                    label={t('positioning.removeCsf', { n: i + 1 })}
                    onClick={(e) => {
                      focusAfterRemove(e.currentTarget);
                      edit.removeEntry('cpm', f.id);
                    }}
                  />
                </td>
              </tr>
            );
          }}
        </WindowTbody>
        <tfoot>
          <tr aria-rowindex={rowIndex(cpm.length + 2)}>
            <th scope="row">{t('positioning.cpmTotal')}</th>
            <td className={`num ${Math.abs(weightSum - 1) < 5e-4 ? 'good' : 'bad'}`}>{fmt(weightSum)}</td>
            {players.map((p) => (
              <td key={p.id} className="num total" data-testid="cpm-total">
                {fmt(totals[p.id] ?? 0)}
              </td>
            ))}
            <td />
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}
