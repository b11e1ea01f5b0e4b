import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/project/types';
import type { ScoringView } from '../../domain/strategy/analysis';
import { dashRow, setScore } from '../../domain/strategy/edit';
import { updateItem } from '../../domain/swot/edit';
import { formatFixed } from '../../i18n/format';
import { WeightField } from '../../ui/WeightField';
import { AsSelect } from './AsSelect';
import { alternativeName } from '../../views/names';
import { useStrategyEdit } from './useStrategyEdit';
import { own } from '../../domain/project/own';
import { TableScroll } from '../../ui/TableScroll';

/** The QSPM as David lays it out: key factors and weights, then AS and TAS per alternative, sums and ranks. */
export function QspmTable({ project, view }: { project: Project; view: ScoringView }) {
  const { t, i18n } = useTranslation();
  const edit = useStrategyEdit();
  const fmt = (v: number) => formatFixed(v, i18n.language, 2);
  const alternatives = project.strategy.alternatives;
  const criteria = project.strategy.mode === 'criteria';
  const max = criteria ? 5 : 4;
  const anyCounted = view.counted.factors.length > 0;
  const rank = new Map(view.ranking.map((id, i) => [id, i + 1]));
  return (
    <TableScroll>
      <table className="data-table qspm-table" data-testid="qspm-table">
        <thead>
          <tr>
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
          <tr>
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
        <tbody>
          {view.factors.map((f) => {
            const status = view.status[f.id];
            return (
              <tr key={f.id} className={`status-${status}`} data-testid="qspm-row">
                <th scope="row">
                  <strong>{f.label}</strong> {f.text}
                  {(status === 'mixed' || status === 'incomplete') && (
                    <span className={`row-status ${status === 'mixed' ? 'bad' : 'muted'}`} role="status">
                      {t(`strategy.status.${status}`)}
                    </span>
                  )}
                </th>
                <td className="num">
                  {criteria ? (
                    `${formatFixed(f.weight * 100, i18n.language, 0)}%`
                  ) : (
                    <WeightField
                      label={t('strategy.weightOf', { label: f.label })}
                      value={f.weight}
                      onCommit={(weight) =>
                        edit.type(`weight:${f.id}`, (p) => updateItem(p, f.id, { weight }))
                      }
                    />
                  )}
                </td>
                {alternatives.map((a) => {
                  const counted = status === 'complete' || status === 'dash';
                  const cellTas = view.tas[a.id]?.[f.id];
                  return [
                    <td key={`${a.id}-as`} className="num">
                      <AsSelect
                        label={t('strategy.scoreOf', { alternative: alternativeName(a, t), label: f.label })}
                        value={own(a.scores, f.id)}
                        max={max}
                        onChange={(score) => edit.act((p) => setScore(p, a.id, f.id, score))}
                      />
                    </td>,
                    <td key={`${a.id}-tas`} className="num">
                      {counted && cellTas !== undefined && own(a.scores, f.id) !== null ? fmt(cellTas) : '–'}
                    </td>,
                  ];
                })}
                <td>
                  <button
                    type="button"
                    className="small-button"
                    aria-label={t('strategy.dashRowLabel', { label: f.label })}
                    onClick={() => edit.act((p) => dashRow(p, f.id))}
                  >
                    {t('strategy.dashRow')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
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
          <tr>
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
