import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvButton } from '../../ui/CsvButton';
import { currentProject } from '../../state/store';
import { ChartFrame } from '../../charts/ChartFrame';
import { LeverChart } from '../../charts/LeverChart';
import { MarginalChart } from '../../charts/MarginalChart';
import { CurvesChart } from '../../charts/CurvesChart';
import { useViewContext } from '../../charts/useViewContext';
import { serviceCostSentences, serviceCostView } from '../../views/serviceCostView';
import type { ServiceModel } from '../../domain/project/types';
import type { ModelView } from '../../domain/service-cost/models';
import { formatFixed, formatNumber } from '../../i18n/format';

/** The chart and the numbers of one model: optimum, today, cost per extra point, staffing. */
export function ModelResultView({ model, view }: { model: ServiceModel; view: ModelView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // Stable props while only today's point moves (a dragged slider): the memoised charts then skip their
  // redraw, and only the chart that marks today's point draws again.
  const money = useCallback((v: number) => formatNumber(v, language, 0), [language]);
  const pct = (v: number) => formatFixed(v * 100, language, 1);
  const { points } = view;
  const ctx = useViewContext();
  const chart = serviceCostView(model, view, ctx);
  const sentences = serviceCostSentences(view, ctx);
  const marginalData = useMemo(
    () =>
      points.map((p) => ({
        sl: p.serviceLevel * 100,
        marginalCost: (p.marginalCost ?? 0) / 100,
        marginalRevenue: (p.marginalRevenue ?? 0) / 100,
      })),
    [points],
  );
  const leverData = useMemo(
    () =>
      points.map((p) => ({
        lever: p.lever ?? 0,
        serviceLevel: p.serviceLevel * 100,
        fillRate: p.fillRate === undefined ? undefined : p.fillRate * 100,
        cost: p.cost,
      })),
    [points],
  );
  const marginalLabels = useMemo(
    () => ({
      x: t('serviceCost.axisServiceLevel'),
      y: t('serviceCost.axisMarginal'),
      marginalCost: t('serviceCost.marginalCost'),
      marginalRevenue: t('serviceCost.marginalRevenue'),
      optimum: t('serviceCost.optimum'),
    }),
    [t],
  );
  const callCentre = model.kind === 'callCentre';
  const leverLabels = useMemo(
    () => ({
      x: t(callCentre ? 'serviceCost.colAgents' : 'serviceCost.safetyStock'),
      left: t('serviceCost.axisServiceLevel'),
      right: t('serviceCost.axisMoney'),
      serviceLevel: t(callCentre ? 'serviceCost.colSl' : 'serviceCost.cycleServiceLevel'),
      fillRate: t('serviceCost.fillRate'),
      cost: t('serviceCost.cost'),
    }),
    [t, callCentre],
  );
  const optimumSl = view.optimum ? view.optimum.serviceLevel * 100 : null;
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
      {model.kind === 'generic' && view.points[0]?.marginalCost !== undefined && (
        <ChartFrame
          title={t('serviceCost.marginalTitle', { name: model.name })}
          subtitle={t('serviceCost.marginalSubtitle')}
          source={t('serviceCost.chartSource')}
          summary={
            view.optimum
              ? t('serviceCost.optimumText', {
                  sl: pct(view.optimum.serviceLevel),
                  profit: money(view.optimum.profit ?? 0),
                })
              : ''
          }
        >
          <MarginalChart data={marginalData} optimumSl={optimumSl} format={money} labels={marginalLabels} />
        </ChartFrame>
      )}
      {model.kind !== 'generic' && (
        <ChartFrame
          title={t(
            model.kind === 'callCentre' ? 'serviceCost.leverTitleAgents' : 'serviceCost.leverTitleStock',
            { name: model.name },
          )}
          subtitle={t(
            model.kind === 'callCentre'
              ? 'serviceCost.leverSubtitleAgents'
              : 'serviceCost.leverSubtitleStock',
          )}
          source={t('serviceCost.chartSource')}
          summary={t('serviceCost.todayText', { sl: pct(op.serviceLevel), cost: money(op.cost) })}
        >
          <LeverChart data={leverData} format={money} labels={leverLabels} />
        </ChartFrame>
      )}
      {view.extraPointCosts.length > 0 && (
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
      )}
      {model.kind === 'callCentre' && (
        <table className="data-table" data-testid="staffing-table">
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
      )}
    </div>
  );
}
