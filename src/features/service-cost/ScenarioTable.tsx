import { useCallback, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceModel } from '../../domain/project/types';
import { classifyMove } from '../../domain/service-cost/moves';
import type { ModelView } from '../../domain/service-cost/models';
import { formatFixed, formatNumber, formatSharePercent } from '../../i18n/format';
import { ChartFrame } from '../../charts/ChartFrame';
import { CurvesChart } from '../../charts/CurvesChart';
import { useViewContext } from '../../charts/useViewContext';
import { callCentreProductivity } from '../../domain/service-cost/scenarioSeries';
import { scenarioView } from '../../views/scenarioView';
import { TableScroll } from '../../ui/TableScroll';

/** A baseline and its scenarios side by side, each move classified into the four cost–service moves. */
export const ScenarioTable = memo(function ScenarioTable({
  baseline,
  rows,
}: {
  baseline: ServiceModel;
  rows: Array<{ model: ServiceModel; view: ModelView | null }>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const money = useCallback((v: number) => formatNumber(v, language, 0), [language]);
  const drawn = rows.filter((r): r is { model: ServiceModel; view: ModelView } => r.view !== null);
  const ctx = useViewContext();
  const base = rows.find((r) => r.model.id === baseline.id)?.view;
  if (!base || rows.length < 2) return null;
  const chart = scenarioView(baseline, drawn, ctx);

  const productivity = drawn.map((r) => ({ model: r.model, p: callCentreProductivity(r.model, r.view) }));
  const baseProductivity = productivity.find((x) => x.model.id === baseline.id)?.p ?? null;
  const ratio = (v: number) => formatFixed(v, i18n.language, 2);

  return (
    <section className="scenarios" aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading">{t('serviceCost.scenarios')}</h2>
      <TableScroll>
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
                  {view ? `${formatSharePercent(view.operating.serviceLevel, i18n.language)}%` : '–'}
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
      </TableScroll>
      <ChartFrame view={chart}>
        <CurvesChart view={chart} height={380} />
      </ChartFrame>
      {!baseProductivity && (
        <p className="muted small" data-testid="productivity-unavailable">
          {t('serviceCost.productivityNeedsVolume')}
        </p>
      )}
      {baseProductivity && (
        <>
          <h3>{t('serviceCost.productivity')}</h3>
          <p className="muted small">{t('serviceCost.productivityHelp')}</p>
          <TableScroll>
            <table className="data-table" data-testid="productivity-table">
              <thead>
                <tr>
                  <th scope="col">{t('serviceCost.colModel')}</th>
                  <th scope="col" className="num">
                    {t('serviceCost.colExternal')}
                  </th>
                  <th scope="col" className="num">
                    {t('serviceCost.colCapacity')}
                  </th>
                  <th scope="col" className="num">
                    {t('serviceCost.colInternal')}
                  </th>
                  <th scope="col" className="num">
                    {t('serviceCost.colProductivity')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {productivity.map(({ model, p }) =>
                  p ? (
                    <tr key={model.id}>
                      <th scope="row">{model.name}</th>
                      <td className="num">{ratio(p.externalEfficiency)}</td>
                      <td className="num">{ratio(p.capacityEfficiency)}</td>
                      <td className="num">{formatFixed(p.internalEfficiency, i18n.language, 4)}</td>
                      <td className="num">{ratio(p.productivity)}</td>
                    </tr>
                  ) : null,
                )}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
});
