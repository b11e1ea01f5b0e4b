import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryChart } from '../../charts/CategoryChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { useViewContext } from '../../charts/useViewContext';
import { frequencyShares, lifecycleFunnel } from '../../domain/customers/lifecycle';
import { RANGES } from '../../domain/project/ranges';
import type { Project } from '../../domain/project/types';
import { customerActions } from '../../state/customerActions';
import { BoundedNumberInput } from '../../ui/BoundedNumberInput';
import { TableScroll } from '../../ui/TableScroll';
import { frequencyView, funnelView } from '../../views/funnelViews';

type Customers = Project['customers'];

/** The course's five-level funnel with its conversion rates, and KFC's heavy, medium and light customers. */
export const LifecycleSection = memo(function LifecycleSection({
  lifecycle,
  frequency,
}: {
  lifecycle: Customers['lifecycle'];
  frequency: Customers['frequency'];
}) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const stages = useMemo(() => lifecycleFunnel(lifecycle), [lifecycle]);
  const groups = useMemo(() => frequencyShares(frequency), [frequency]);
  const funnel = useMemo(() => funnelView(stages, ctx), [stages, ctx]);
  const bars = useMemo(() => frequencyView(groups, ctx), [groups, ctx]);
  const pct = (v: number | null) => (v === null ? '–' : `${ctx.number(v * 100, 1)}%`);
  const countRange = t('customers.frequency.range', { max: ctx.number(RANGES.stageCustomers.max) });
  return (
    <>
      <section className="customer-section" aria-labelledby="funnel-heading">
        <h2 id="funnel-heading">{t('customers.funnel.heading')}</h2>
        <p>{t('customers.funnel.intro')}</p>
        <TableScroll>
          <table className="customer-table tier-service-table" data-testid="funnel-table">
            <thead>
              <tr>
                <th scope="col">{t('customers.funnel.stage')}</th>
                <th scope="col">{t('customers.funnel.customers')}</th>
                <th scope="col">{t('customers.funnel.fromPrevious')}</th>
                <th scope="col">{t('customers.funnel.fromFirst')}</th>
              </tr>
            </thead>
            <tbody>
              {stages.map((s) => {
                const name = t(`customers.funnel.stages.${s.stage}`);
                return (
                  <tr key={s.stage} data-testid="funnel-row">
                    <th scope="row">{name}</th>
                    <td>
                      <BoundedNumberInput
                        label={t('customers.funnel.customersOf', { stage: name })}
                        value={lifecycle[s.stage]}
                        min={RANGES.stageCustomers.min}
                        max={RANGES.stageCustomers.max}
                        rangeMessage={countRange}
                        className="segment-number"
                        integer
                        required
                        onCommit={(v) => v !== null && customerActions.typeStage(s.stage, v)}
                      />
                      {s.widens && (
                        <span className="field-error small" role="status">
                          {t('customers.funnel.widens')}
                        </span>
                      )}
                    </td>
                    <td data-testid="funnel-rate">{pct(s.fromPrevious)}</td>
                    <td>{pct(s.fromFirst)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
        {funnel ? (
          <ChartFrame view={funnel}>
            <CategoryChart view={funnel} height={300} />
          </ChartFrame>
        ) : (
          <p className="muted">{t('customers.funnel.none')}</p>
        )}
      </section>
      <section className="customer-section" aria-labelledby="frequency-heading">
        <h2 id="frequency-heading">{t('customers.frequency.heading')}</h2>
        <p>{t('customers.frequency.intro')}</p>
        <TableScroll>
          <table className="customer-table tier-service-table" data-testid="frequency-table">
            <thead>
              <tr>
                <th scope="col">{t('customers.frequency.segment')}</th>
                <th scope="col">{t('customers.frequency.customers')}</th>
                <th scope="col">{t('customers.frequency.visitsPerYear')}</th>
                <th scope="col">{t('customers.frequency.customerShare')}</th>
                <th scope="col">{t('customers.frequency.visitShare')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => {
                const name = t(`customers.frequency.segments.${g.segment}`);
                return (
                  <tr key={g.segment} data-testid="frequency-row">
                    <th scope="row">{name}</th>
                    <td>
                      <BoundedNumberInput
                        label={t('customers.frequency.customersOf', { segment: name })}
                        value={g.customers}
                        min={RANGES.stageCustomers.min}
                        max={RANGES.stageCustomers.max}
                        rangeMessage={countRange}
                        className="segment-number"
                        integer
                        required
                        onCommit={(v) =>
                          v !== null && customerActions.typeFrequency(g.segment, 'customers', v)
                        }
                      />
                    </td>
                    <td>
                      <BoundedNumberInput
                        label={t('customers.frequency.visitsOf', { segment: name })}
                        value={g.visitsPerYear}
                        min={RANGES.visitsPerYear.min}
                        max={RANGES.visitsPerYear.max}
                        rangeMessage={t('customers.frequency.range', {
                          max: ctx.number(RANGES.visitsPerYear.max),
                        })}
                        className="segment-number"
                        required
                        onCommit={(v) =>
                          v !== null && customerActions.typeFrequency(g.segment, 'visitsPerYear', v)
                        }
                      />
                    </td>
                    <td>{pct(g.customerShare)}</td>
                    <td data-testid="frequency-visit-share">{pct(g.visitShare)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
        {bars && (
          <ChartFrame view={bars}>
            <CategoryChart view={bars} height={300} />
          </ChartFrame>
        )}
      </section>
    </>
  );
});
