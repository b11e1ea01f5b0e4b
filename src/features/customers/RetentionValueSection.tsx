import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { retentionLifetimeValue } from '../../domain/customers/value';
import { RANGES } from '../../domain/project/ranges';
import type { CustomerValue } from '../../domain/project/types';
import { formatNumber } from '../../i18n/format';
import { customerActions } from '../../state/customerActions';
import { NumberField } from '../../ui/NumberField';

/** Lifetime value from margin, retention and discount rate, with its formula and the cost of winning the customer. */
export const RetentionValueSection = memo(function RetentionValueSection({
  value,
}: {
  value: CustomerValue;
}) {
  const { t, i18n } = useTranslation();
  const num = (v: number, digits = 0) => formatNumber(v, i18n.language, digits);
  const pct = (v: number) => Math.round(v * 10000) / 100;
  const end = customerActions.endTyping;
  const type = (patch: Partial<CustomerValue>, field: keyof CustomerValue) =>
    customerActions.typeValue(field, patch);
  const input = {
    marginPerPeriod: value.marginPerPeriod,
    retentionRate: value.retentionRate,
    discountRate: value.discountRate,
    marginAtStart: value.marginAtStart,
    ...(value.periods !== null && { periods: value.periods }),
  };
  // 100% retention without discounting and without an end never stops growing: no value, the page says so.
  const ltv = (retentionRate: number) =>
    value.periods === null && retentionRate >= 1 + value.discountRate
      ? null
      : retentionLifetimeValue({ ...input, retentionRate });
  const gross = ltv(value.retentionRate);
  const net = gross === null ? null : gross - value.acquisitionCost;
  const next = value.retentionRate + 0.01 <= 1 ? ltv(value.retentionRate + 0.01) : null;
  const onePointMore = gross === null || next === null ? null : next - gross;
  const formula = t(
    value.periods === null
      ? value.marginAtStart
        ? 'customers.ltv.formulaInfiniteAtStart'
        : 'customers.ltv.formulaInfinite'
      : value.marginAtStart
        ? 'customers.ltv.formulaFiniteAtStart'
        : 'customers.ltv.formulaFinite',
    { periods: value.periods ?? '' },
  );
  return (
    <section className="customer-section" aria-labelledby="ltv-heading">
      <h2 id="ltv-heading">{t('customers.ltv.heading')}</h2>
      <div className="customer-fields">
        <NumberField
          label={t('customers.ltv.margin')}
          value={value.marginPerPeriod}
          min={RANGES.margin.min}
          max={RANGES.margin.max}
          onChange={(v) => type({ marginPerPeriod: v }, 'marginPerPeriod')}
          onCommitEnd={end}
        />
        <NumberField
          label={t('customers.ltv.retention')}
          value={pct(value.retentionRate)}
          min={0}
          max={100}
          slider
          step={1}
          onChange={(v) => type({ retentionRate: v / 100 }, 'retentionRate')}
          onCommitEnd={end}
        />
        <NumberField
          label={t('customers.ltv.discount')}
          value={pct(value.discountRate)}
          min={0}
          max={100}
          onChange={(v) => type({ discountRate: v / 100 }, 'discountRate')}
          onCommitEnd={end}
        />
        <NumberField
          label={t('customers.ltv.acquisition')}
          value={value.acquisitionCost}
          min={RANGES.money.min}
          max={RANGES.money.max}
          onChange={(v) => type({ acquisitionCost: v }, 'acquisitionCost')}
          onCommitEnd={end}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={value.periods === null}
            onChange={(e) => {
              type({ periods: e.target.checked ? null : 10 }, 'periods');
              end();
            }}
          />
          {t('customers.ltv.infinite')}
        </label>
        {value.periods !== null && (
          <NumberField
            label={t('customers.ltv.periods')}
            value={value.periods}
            min={RANGES.periods.min}
            max={RANGES.periods.max}
            step={1}
            validate={(v) => (Number.isInteger(v) ? null : t('serviceCost.invalidNumber'))}
            onChange={(v) => type({ periods: v }, 'periods')}
            onCommitEnd={end}
          />
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={value.marginAtStart}
            onChange={(e) => {
              type({ marginAtStart: e.target.checked }, 'marginAtStart');
              end();
            }}
          />
          {t('customers.ltv.atStart')}
        </label>
      </div>
      <p className="customer-formula">{formula}</p>
      {net === null || gross === null ? (
        <p className="alert" role="status">
          {t('customers.ltv.neverEnds')}
        </p>
      ) : (
        <div role="status" data-testid="lifetime-value">
          <p className="customer-result">{t('customers.ltv.result', { value: num(net, 2) })}</p>
          {value.marginPerPeriod !== 0 && (
            <p>{t('customers.ltv.multiple', { multiple: num(gross / value.marginPerPeriod, 2) })}</p>
          )}
          {value.acquisitionCost > 0 && gross > 0 && (
            <p>
              {t('customers.ltv.winKeep', {
                cost: num(value.acquisitionCost, 2),
                share: num((100 * value.acquisitionCost) / gross, 1),
                point: onePointMore === null ? '–' : num(onePointMore, 2),
              })}
            </p>
          )}
        </div>
      )}
    </section>
  );
});
