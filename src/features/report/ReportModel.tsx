import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../charts/ChartFrame';
import { ServiceCostChart } from '../../charts/ServiceCostChart';
import type { ServiceModel } from '../../domain/project/types';
import { evaluateModel } from '../../domain/service-cost/models';
import { formatFixed, formatNumber } from '../../i18n/format';

/** One service-level model in the report: its curves with the optimum and today, and a sentence on each. */
export function ReportModel({ model }: { model: ServiceModel }) {
  const { t, i18n } = useTranslation();
  const fmt = (v: number | null | undefined, d = 2) =>
    v === null || v === undefined ? '–' : formatFixed(v, i18n.language, d);
  const money = (v: number) => formatNumber(v, i18n.language, 0);
  const result = evaluateModel(model);
  if (!result.ok)
    return (
      <p key={model.id} className="alert error">
        {model.name}: {result.error.message}
      </p>
    );
  const v = result.value;
  const hasRevenue = v.points.some((p) => p.revenue !== null);
  return (
    <div key={model.id} className="report-model">
      <ChartFrame
        title={t(hasRevenue ? 'serviceCost.chartTitle' : 'serviceCost.chartTitleCost', {
          name: model.name,
        })}
        subtitle={t('serviceCost.chartSubtitle')}
        source={t('serviceCost.chartSource')}
        summary=""
      >
        <ServiceCostChart
          data={v.points.map((p) => ({
            sl: p.serviceLevel * 100,
            cost: p.cost,
            revenue: p.revenue,
            profit: p.profit,
          }))}
          showRevenue={hasRevenue}
          format={money}
          labels={{
            cost: t('serviceCost.cost'),
            revenue: t('serviceCost.revenue'),
            profit: t('serviceCost.profit'),
            optimum: t('serviceCost.optimum'),
            today: t('serviceCost.today'),
            x: t('serviceCost.axisServiceLevel'),
            y: t('serviceCost.axisMoney'),
          }}
          optimum={
            v.optimum ? { sl: v.optimum.serviceLevel * 100, value: v.optimum.profit ?? v.optimum.cost } : null
          }
          today={{
            sl: v.operating.serviceLevel * 100,
            value: v.operating.profit ?? v.operating.cost,
          }}
        />
      </ChartFrame>
      <p>
        {v.optimum &&
          `${t('serviceCost.optimumText', { sl: fmt(v.optimum.serviceLevel * 100, 1), profit: money(v.optimum.profit ?? 0) })} `}
        {t('serviceCost.todayText', {
          sl: fmt(v.operating.serviceLevel * 100, 1),
          cost: money(v.operating.cost),
        })}
      </p>
    </div>
  );
}
