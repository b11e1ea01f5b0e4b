import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project/types';
import { own } from '../../domain/project/own';
import { positioningActions as edit } from '../../state/positioningActions';
import { BoundedNumberInput } from '../../ui/BoundedNumberInput';
import { RemoveButton } from '../../ui/RemoveButton';
import { TableScroll } from '../../ui/TableScroll';
import { useWindowRows } from '../../ui/useWindowRows';
import { WindowTbody } from '../../ui/WindowTbody';
import { focusAfterRemove } from '../../ui/focusAfterRemove';

/** A factor row with a one-line name, at the table's font size (px); real heights are measured. */
const ROW_PX = 44;

interface Props {
  valueFactors: Project['strategy']['valueFactors'];
  /** Every player's column: the firm today, the alternatives, the competitors. */
  curves: readonly { id: string; name: string; levels: Record<string, number> }[];
}

/**
 * The strategy canvas's table: a row per competing factor with each player's offering level 0–10. At 50
 * factors × 21 players only the rows near the screen are rendered; the table is its own component so that the
 * rows it renders as the page scrolls do not redraw the canvas.
 */
export function ValueTable({ valueFactors, curves }: Props) {
  const { t } = useTranslation();
  const setLevel = edit.typeValueLevel;
  const factorName = (id: string) => {
    const i = valueFactors.findIndex((f) => f.id === id);
    return valueFactors[i]?.name || t('positioning.valueFactorName', { n: i + 1 });
  };
  const rows = useWindowRows<HTMLTableSectionElement>(valueFactors.length, ROW_PX, curves.length + 2);
  const rowIndex = (n: number) => (rows.virtual ? n : undefined);
  return (
    <TableScroll>
      <table
        className="data-table"
        data-testid="value-table"
        aria-rowcount={rows.virtual ? valueFactors.length + 1 : undefined}
      >
        <thead>
          <tr aria-rowindex={rowIndex(1)}>
            <th scope="col">{t('positioning.valueFactor')}</th>
            {curves.map((c) => (
              <th key={c.id} scope="col" className="num">
                {c.name}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('common.delete')}</span>
            </th>
          </tr>
        </thead>
        <WindowTbody rows={rows} columns={curves.length + 2} keyAt={(i) => valueFactors[i]!.id}>
          {(i) => {
            const f = valueFactors[i]!;
            return (
              <tr key={f.id} ref={rows.rowRef} data-index={i} aria-rowindex={rowIndex(i + 2)} data-removable>
                <th scope="row">
                  <input
                    type="text"
                    aria-label={t('positioning.valueFactorName', { n: i + 1 })}
                    value={f.name}
                    maxLength={1000}
                    onChange={(e) => edit.typeEntry('valueFactors', f.id, 'name', { name: e.target.value })}
                    onBlur={edit.endTyping}
                  />
                </th>
                {curves.map((c) => (
                  <td key={c.id} className="num">
                    <BoundedNumberInput
                      label={t('positioning.levelOf', {
                        player: c.name,
                        factor: f.name || factorName(f.id),
                      })}
                      value={own(c.levels, f.id) ?? null}
                      min={0}
                      max={10}
                      rangeMessage={t('positioning.ratingError')}
                      onCommit={(level) => setLevel(c.id, f.id, level)}
                    />
                  </td>
                ))}
                <td>
                  <RemoveButton
                    label={t('positioning.removeValueFactor', { n: i + 1 })}
                    onClick={(e) => {
                      focusAfterRemove(e.currentTarget);
                      edit.removeEntry('valueFactors', f.id);
                    }}
                  />
                </td>
              </tr>
            );
          }}
        </WindowTbody>
      </table>
    </TableScroll>
  );
}
