import { memo, useCallback } from 'react';
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
import { formatFixed, formatNumber, formatSharePercent } from '../../i18n/format';
import { TableScroll } from '../../ui/TableScroll';
import { HighTargetsTable } from '../../ui/HighTargetsTable';
import { StaffingTable } from './StaffingTable';
import { ChannelsTable } from './ChannelsTable';

/** The chart and the numbers of one model: optimum, today, cost per extra point, staffing. */
export const ModelResultView = memo(function ModelResultView({
  model,
  view,
}: {
  model: ServiceModel;
  view: ModelView;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // Stable props while only today's point moves (a dragged slider): the memoised charts then skip their
  // redraw, and only the chart that marks today's point draws again.
  const money = useCallback((v: number) => formatNumber(v, language, 0), [language]);
  const pct = (v: number) => formatSharePercent(v, language);
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
            <p data-testid="queue-formula">
              {model.kind === 'callCentre' && model.patienceSec !== null
                ? t('serviceCost.formulaA', { patience: model.patienceSec, target: model.targetAnswerSec })
                : t('serviceCost.formulaC')}
            </p>
            <p data-testid="required-agents">
              {t('serviceCost.required', {
                agents: view.callCentre.requiredAgents,
                scheduled: view.callCentre.scheduledAgents,
              })}
            </p>
            {view.callCentre.lines !== null && model.kind === 'callCentre' && (
              <p data-testid="lines">
                {t('serviceCost.lines', {
                  lines: formatNumber(view.callCentre.lines, language, 0),
                  pct: formatFixed((model.maxBlocking ?? 0) * 100, language, 1),
                  erlangs: formatFixed(view.callCentre.trafficErlangs, language, 2),
                })}
              </p>
            )}
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
      {model.kind === 'callCentre' && view.callCentre && (
        <HighTargetsTable
          rows={view.callCentre.highTargets}
          targetAnswerSec={model.targetAnswerSec}
          modelTarget={model.serviceLevelTarget}
        />
      )}
      {model.kind === 'callCentre' && <StaffingTable view={view} />}
      {model.kind === 'channels' && view.operating.channels && (
        <ChannelsTable mix={view.operating.channels} offered={model.contactsPerInterval} />
      )}
    </div>
  );
});
