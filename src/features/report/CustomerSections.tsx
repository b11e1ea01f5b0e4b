import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryChart } from '../../charts/CategoryChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { CurvesChart } from '../../charts/CurvesChart';
import { NineCellChart } from '../../charts/NineCellChart';
import { useViewContext } from '../../charts/useViewContext';
import { frequencyShares, lifecycleFunnel } from '../../domain/customers/lifecycle';
import { abcAnalysis } from '../../domain/customers/tiers';
import { projectTierService } from '../../domain/customers/tierService';
import { customerLifetimeValue } from '../../domain/customers/valueLink';
import type { Project } from '../../domain/project/types';
import { abcClassesView, abcCurveView } from '../../views/customerViews';
import { abcParetoView } from '../../views/paretoView';
import { rfmHeatmapView, rfmRuleText, rfmSegmentsView, rfmSourceLine } from '../../views/rfmViews';
import { ipaView, satisfactionGapView } from '../../views/satisfactionViews';
import { frequencyView, funnelView } from '../../views/funnelViews';
import { tierServiceView } from '../../views/tierServiceViews';
import { womWaterfallView } from '../../views/womViews';
import { satisfactionIndex } from '../../domain/customers/satisfaction';
import { PointsChart } from '../../charts/PointsChart';
import { ReportSection, ReportTable } from './ReportSection';

/** What a customer is worth, the ABC classes with their tiers, and the RFM analysis of the customer data. */
export const CustomerSections = memo(function CustomerSections({ project }: { project: Project }) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const { value, segments, abc, rfm, satisfaction } = project.customers;
  const gapChart = satisfactionGapView(satisfaction, ctx);
  const ipa = ipaView(satisfaction, ctx);
  const csi = satisfactionIndex(satisfaction.attributes, satisfaction.scale);
  const num = (v: number, d = 0) => ctx.number(v, d);
  const pct = (v: number) => `${ctx.number(v * 100, 1)}%`;
  const course = customerLifetimeValue(value, 'course')!;
  // As on the Customers page: null when 100% retention without discounting and without an end has no value.
  const ltv = customerLifetimeValue(value, 'retention');
  const analysis = abcAnalysis(segments, abc);
  const pareto = analysis.ok ? abcParetoView(analysis.value, ctx) : null;
  const curve = analysis.ok ? abcCurveView(analysis.value, ctx) : null;
  const bars = analysis.ok ? abcClassesView(analysis.value, ctx) : null;
  const heatmap = rfm ? rfmHeatmapView(rfm, ctx) : null;
  const rfmBars = rfm ? rfmSegmentsView(rfm, ctx) : null;
  const tier = (cls: 'A' | 'B' | 'C') => t(`customers.abc.tier.${abc.tiers[cls]}`);
  const service = projectTierService(project);
  const womChart = womWaterfallView(value, ctx);
  const funnel = funnelView(lifecycleFunnel(project.customers.lifecycle), ctx);
  const frequencyBars = frequencyView(frequencyShares(project.customers.frequency), ctx);
  const serviceChart = service ? tierServiceView(service, ctx) : null;
  return (
    <ReportSection id="customers" title={t('app.customers')}>
      <ReportTable
        caption={t('report.customerValue')}
        header={[t('report.measure'), t('report.value')]}
        rows={[
          [
            t('customers.course.heading'),
            t('customers.course.formula', {
              spend: num(value.spendPerVisit, 2),
              visits: num(value.visitsPerYear, 2),
              years: num(value.years, 2),
              value: num(course, 2),
            }),
          ],
          [t('customers.ltv.heading'), ltv === null ? '–' : num(ltv, 2)],
        ]}
        numeric={[false, false]}
      />
      <ChartFrame view={womChart}>
        <CategoryChart view={womChart} height={340} />
      </ChartFrame>
      <h3>{t('customers.abc.heading')}</h3>
      <p>{t('customers.abc.rule', { a: num(abc.a * 100, 1), b: num(abc.b * 100, 1) })}</p>
      {analysis.ok && (
        <ReportTable
          header={[
            t('customers.abc.name'),
            t('customers.abc.value'),
            t('customers.abc.customers'),
            t('customers.abc.share'),
            t('customers.abc.cumulative'),
            t('customers.abc.class'),
            t('customers.abc.tierHeader'),
          ]}
          rows={analysis.value.ranked.map((r) => [
            r.name,
            num(r.value),
            num(r.customers),
            pct(r.share),
            pct(r.cumulativeShare),
            r.class,
            tier(r.class),
          ])}
          numeric={[false, true, true, true, true, false, false]}
        />
      )}
      {pareto && (
        <ChartFrame view={pareto}>
          <CategoryChart view={pareto} height={360} />
        </ChartFrame>
      )}
      {curve && (
        <ChartFrame view={curve}>
          <CurvesChart view={curve} />
        </ChartFrame>
      )}
      {bars && (
        <ChartFrame view={bars}>
          <CategoryChart view={bars} height={320} />
        </ChartFrame>
      )}
      {service && service.total.costedClasses > 0 && (
        <>
          <h3>{t('customers.tiers.heading')}</h3>
          <ReportTable
            header={[
              t('customers.abc.class'),
              t('customers.tiers.model'),
              t('customers.tiers.serviceLevel'),
              t('customers.tiers.costPerYear'),
              t('customers.tiers.valuePerYear'),
              t('customers.tiers.costPerCustomer'),
            ]}
            rows={service.classes.map((c) => [
              t('customers.abc.classTier', { cls: c.class, tier: tier(c.class) }),
              c.model?.name ?? t('customers.tiers.noModel'),
              c.serviceLevel === null ? '–' : pct(c.serviceLevel),
              c.costPerYear === null ? '–' : num(c.costPerYear),
              num(c.value),
              c.costPerCustomer === null ? '–' : num(c.costPerCustomer, 2),
            ])}
            numeric={[false, false, true, true, true, true]}
          />
          {serviceChart && (
            <ChartFrame view={serviceChart}>
              <CategoryChart view={serviceChart} height={320} />
            </ChartFrame>
          )}
        </>
      )}
      {funnel && (
        <>
          <h3>{t('customers.funnel.heading')}</h3>
          <ChartFrame view={funnel}>
            <CategoryChart view={funnel} height={300} />
          </ChartFrame>
        </>
      )}
      {frequencyBars && (
        <>
          <h3>{t('customers.frequency.heading')}</h3>
          <ChartFrame view={frequencyBars}>
            <CategoryChart view={frequencyBars} height={300} />
          </ChartFrame>
        </>
      )}
      <h3>{t('customers.rfm.heading')}</h3>
      {!rfm ? (
        <p className="muted">{t('report.noData')}</p>
      ) : (
        <>
          <p>{rfmSourceLine(rfm, ctx)}</p>
          {heatmap && (
            <ChartFrame view={heatmap}>
              <NineCellChart view={heatmap} />
            </ChartFrame>
          )}
          <ReportTable
            header={[
              t('customers.rfm.segment'),
              t('customers.rfm.ruleColumn'),
              t('customers.rfm.customers'),
              t('customers.rfm.monetary'),
            ]}
            rows={rfm.segments
              .filter((s) => s.customers > 0)
              .map((s) => [
                t(`customers.rfm.segments.${s.segment}`),
                rfmRuleText(s.segment, ctx),
                num(s.customers),
                num(s.monetary),
              ])}
            numeric={[false, false, true, true]}
          />
          {rfmBars && rfmBars.categories.length > 0 && (
            <ChartFrame view={rfmBars}>
              <CategoryChart view={rfmBars} height={Math.max(260, 44 * rfmBars.categories.length + 80)} />
            </ChartFrame>
          )}
        </>
      )}
      <h3>{t('customers.satisfaction.heading')}</h3>
      <p>{t('customers.satisfaction.rule')}</p>
      {csi === null ? (
        <p className="muted">{t('report.noData')}</p>
      ) : (
        <p>{t('customers.satisfaction.csi', { value: num(csi, 1) })}</p>
      )}
      {gapChart && (
        <ChartFrame view={gapChart}>
          <CategoryChart view={gapChart} height={340} />
        </ChartFrame>
      )}
      {ipa && (
        <ChartFrame view={ipa}>
          <PointsChart view={ipa} />
        </ChartFrame>
      )}
    </ReportSection>
  );
});
