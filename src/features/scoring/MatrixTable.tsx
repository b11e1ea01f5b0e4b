import { useTranslation } from 'react-i18next';
import type { FactorMatrix } from '../../domain/swot/factorMatrix';
import { formatFixed } from '../../i18n/format';
import { swotActions } from '../../state/swotActions';
import { ProblemList } from '../../ui/ProblemList';
import { ScoreSelect } from '../../ui/ScoreSelect';
import { WeightField } from '../../ui/WeightField';
import { TableScroll } from '../../ui/TableScroll';
import { useWindowRows } from '../../ui/useWindowRows';
import { WindowTbody } from '../../ui/WindowTbody';

/** A factor row with a one-line text (px); real heights are measured. */
const ROW_PX = 44;

/** An IFE or EFE matrix as David lays it out: factor, weight, rating, weighted score; sum, total, rules. */
export function MatrixTable({ matrix }: { matrix: FactorMatrix }) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number) => formatFixed(v, i18n.language, 2);
  const headingId = `matrix-${matrix.kind}`;
  const rows = useWindowRows<HTMLTableSectionElement>(matrix.rows.length, ROW_PX);
  return (
    <section className="matrix" aria-labelledby={headingId} data-testid={`matrix-${matrix.kind}`}>
      <h2 id={headingId}>{t(`scoring.${matrix.kind}`)}</h2>
      <TableScroll>
        <table className="data-table" aria-rowcount={rows.virtual ? matrix.rows.length + 2 : undefined}>
          <thead>
            <tr aria-rowindex={rows.virtual ? 1 : undefined}>
              <th scope="col">{t('scoring.factor')}</th>
              <th scope="col" className="num">
                {t('scoring.weight')}
              </th>
              <th scope="col" className="num">
                {t('scoring.rating')}
              </th>
              <th scope="col" className="num">
                {t('scoring.weighted')}
              </th>
            </tr>
          </thead>
          <WindowTbody rows={rows} columns={4} keyAt={(index) => matrix.rows[index]!.id}>
            {(index) => {
              const row = matrix.rows[index]!;
              return (
                <tr
                  className={`row-${row.quadrant}`}
                  ref={rows.rowRef}
                  data-index={index}
                  aria-rowindex={rows.virtual ? index + 2 : undefined}
                >
                  <th scope="row">
                    <strong>{row.label}</strong> {row.text}
                  </th>
                  <td className="num">
                    <WeightField
                      label={t('swot.itemWeight', { label: row.label })}
                      value={row.weight}
                      onCommit={(weight) => swotActions.typeWeight(row.id, weight)}
                    />
                  </td>
                  <td className="num">
                    <ScoreSelect
                      label={t('swot.itemRating', { label: row.label })}
                      value={row.rating}
                      min={1}
                      max={4}
                      onChange={(rating) => swotActions.setRating(row.id, rating)}
                    />
                  </td>
                  <td className="num">{row.score === null ? '–' : fmt(row.score)}</td>
                </tr>
              );
            }}
          </WindowTbody>
          <tfoot>
            <tr aria-rowindex={rows.virtual ? matrix.rows.length + 2 : undefined}>
              <th scope="row">{t('scoring.sum')}</th>
              <td
                className={`num ${matrix.problems.some((p) => p.code === 'weightSum') ? 'bad' : 'good'}`}
                data-testid="weight-sum"
              >
                {matrix.weightSumText}
              </td>
              <th scope="row">{t('scoring.total')}</th>
              <td className="num total" data-testid="matrix-total">
                {fmt(matrix.total)}
              </td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <div className="matrix-actions">
        <button
          type="button"
          title={t('scoring.normaliseHint')}
          disabled={matrix.rows.length === 0}
          onClick={() => swotActions.normaliseWeights(matrix.kind)}
        >
          {t('scoring.normalise')}
        </button>
      </div>
      {matrix.valid ? (
        <p className="rules-ok" role="status">
          ✓ {t('scoring.ok')}
        </p>
      ) : (
        <div className="rules-broken" role="status">
          <strong>{t('scoring.problems')}</strong>
          <ProblemList problems={matrix.problems} />
        </div>
      )}
    </section>
  );
}
