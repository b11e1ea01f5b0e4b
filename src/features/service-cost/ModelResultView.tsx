import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvButton } from '../../ui/CsvButton';
import { currentProject } from '../../state/store';
import { ChartFrame } from '../../charts/ChartFrame';
import { CurvesChart } from '../../charts/CurvesChart';
import { useViewContext } from '../../charts/useViewContext';
import { serviceCostSentences, serviceCostView } from '../../views/serviceCostView';
import { leverView, marginalView } from '../../views/serviceLeverViews';
import type { ServiceModel } from '../../domain/project/types';
import type { ModelView } from '../../domain/service-cost/models';
import { formatFixed, formatNumber } from '../../i18n/format';
import { TableScroll } from '../../ui/TableScroll';

/** The chart and the numbers of one model: optimum, today, cost per extra point, staffing. */
export function ModelResultView({ model, view }: { model: ServiceModel; view: ModelView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // Stable props while only today's point moves (a dragged slider): the memoised charts then skip their
  // redraw, and only the chart that marks today's point draws again.
  const money = useCallback((v: number) => formatNumber(v, language, 0), [language]);
  const pct = (v: number) => formatFixed(v * 100, language, 1);
  const ctx = useViewContext();
  const chart = serviceCostView(model, view, ctx);
  const sentences = serviceCostSentences(view, ctx);
  const marginal = marginalView(model, view, ctx);
  const lever = leverView(model, view, ctx);
  const op = view.operating;
  return (
    <div className="model-result">
      <p className="page-actions">
        <CsvButton
          current={currentProject}
          table={chart.table}
          what={t('csv.what.model', { name: model.name })}
        />
      </p>
      <div className="model-numbers" data-testid="model-numbers">
        {sentences.optimum ? (
          <p className="optimum-text" data-testid="optimum-text">
            <strong>{sentences.optimum}</strong>
          </p>
        ) : (
          <p className="muted">{t('serviceCost.noRevenue')}</p>
        )}
        <p data-testid="today-text">
          {sentences.today}
          {op.fillRate !== undefined && ` · ${t('serviceCost.fillRate')} ${pct(op.fillRate)}%`}
        </p>
        {view.callCentre && (
          <>
            <p>
              {t('serviceCost.traffic', {
                erlangs: formatFixed(view.callCentre.trafficErlangs, i18n.language, 2),
              })}
            </p>
            <p data-testid="required-agents">
              {t('serviceCost.required', {
                agents: view.callCentre.requiredAgents,
                scheduled: view.callCentre.scheduledAgents,
              })}
            </p>
            {view.callCentre.unstable && model.kind === 'callCentre' && (
              <p className="alert error" role="alert">
                {t('serviceCost.unstable', {
                  agents: model.agents,
                  erlangs: formatFixed(view.callCentre.trafficErlangs, i18n.language, 2),
                })}
              </p>
            )}
          </>
        )}
      </div>
      <ChartFrame view={chart}>
        <CurvesChart view={chart} />
      </ChartFrame>
      {marginal && (
        <ChartFrame view={marginal}>
          <CurvesChart view={marginal} height={320} />
        </ChartFrame>
      )}
      {lever && (
        <ChartFrame view={lever}>
          <CurvesChart view={lever} height={360} />
        </ChartFrame>
      )}
      {view.extraPointCosts.length > 0 && (
        <TableScroll>
          <table className="data-table extra-points" data-testid="extra-points">
            <caption>{t('serviceCost.extraPoint')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('serviceCost.extraFrom')}</th>
                <th scope="col">{t('serviceCost.extraTo')}</th>
                <th scope="col" className="num">
                  {t('serviceCost.extraCost')}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.extraPointCosts.map((x) => (
                <tr key={x.from}>
                  <td>{Math.round(x.from * 100)}%</td>
                  <td>{Math.round(x.to * 100)}%</td>
                  <td className="num">{money(x.extraCost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {model.kind === 'callCentre' && view.callCentre && view.callCentre.agentStep > 1 && (
        <p className="muted" id="staffing-step" data-testid="staffing-step">
          {t('serviceCost.staffingStep', {
            step: view.callCentre.agentStep,
            first: money(view.points[0]?.lever ?? 0),
          })}
        </p>
      )}
      {model.kind === 'callCentre' && (
        <TableScroll>
          <table
            className="data-table"
            data-testid="staffing-table"
            aria-describedby={view.callCentre && view.callCentre.agentStep > 1 ? 'staffing-step' : undefined}
          >
            <caption>{t('serviceCost.staffing')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('serviceCost.colAgents')}</th>
                <th scope="col" className="num">
                  {t('serviceCost.colSl')}
                </th>
                <th scope="col" className="num">
                  {t('serviceCost.colWait')}
                </th>
                <th scope="col" className="num">
                  {t('serviceCost.colAsa')}
                </th>
                <th scope="col" className="num">
                  {t('serviceCost.colQueue')}
                </th>
                <th scope="col" className="num">
                  {t('serviceCost.colOcc')}
                </th>
                <th scope="col" className="num">
                  {t('serviceCost.colCost')}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.points.map((p) => {
                // Computed once by the domain with the point; not again here.
                const r = p.queue!;
                return (
                  <tr
                    key={p.lever}
                    className={p.lever === view.callCentre?.requiredAgents ? 'highlight' : undefined}
                  >
                    <td>{p.lever}</td>
                    <td className="num">{pct(r.serviceLevel)}%</td>
                    <td className="num">{pct(r.probWait)}%</td>
                    <td className="num">{formatFixed(r.averageSpeedOfAnswerSec, i18n.language, 1)}</td>
                    <td className="num">{formatFixed(r.queueLength, i18n.language, 2)}</td>
                    <td className="num">{pct(r.occupancy)}%</td>
                    <td className="num">{money(p.cost)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
