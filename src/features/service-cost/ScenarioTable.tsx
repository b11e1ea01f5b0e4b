import { useTranslation } from 'react-i18next';
import type { ServiceModel } from '../../domain/project/types';
import { classifyMove } from '../../domain/service-cost/moves';
import type { ModelView } from '../../domain/service-cost/models';
import { formatFixed, formatNumber } from '../../i18n/format';

/** A baseline and its scenarios side by side, each move classified into the four cost–service moves. */
export function ScenarioTable({
  baseline,
  rows,
}: {
  baseline: ServiceModel;
  rows: Array<{ model: ServiceModel; view: ModelView | null }>;
}) {
  const { t, i18n } = useTranslation();
  const base = rows.find((r) => r.model.id === baseline.id)?.view;
  if (!base || rows.length < 2) return null;
  const money = (v: number) => formatNumber(v, i18n.language, 0);
  return (
    <section className="scenarios" aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading">{t('serviceCost.scenarios')}</h2>
      <table className="data-table" data-testid="scenario-table">
        <thead>
          <tr>
            <th scope="col">{t('serviceCost.colModel')}</th>
            <th scope="col" className="num">
              {t('serviceCost.colSl')}
            </th>
            <th scope="col" className="num">
              {t('serviceCost.colCost')}
            </th>
            <th scope="col" className="num">
              {t('serviceCost.profit')}
            </th>
            <th scope="col">{t('serviceCost.colMove')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ model, view }) => (
            <tr key={model.id}>
              <th scope="row">{model.name}</th>
              <td className="num">
                {view ? `${formatFixed(view.operating.serviceLevel * 100, i18n.language, 1)}%` : '–'}
              </td>
              <td className="num">{view ? money(view.operating.cost) : '–'}</td>
              <td className="num">{view?.operating.profit != null ? money(view.operating.profit) : '–'}</td>
              <td data-testid="scenario-move">
                {model.id === baseline.id
                  ? t('serviceCost.baseline')
                  : view
                    ? t(`serviceCost.move.${classifyMove(base.operating, view.operating)}`)
                    : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
