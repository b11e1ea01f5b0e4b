import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { linkedValuePerCall, type ValueSource } from '../../domain/customers/valueLink';
import { RANGES } from '../../domain/project/ranges';
import type { CallCentreModel } from '../../domain/project/types';
import { formatNumber } from '../../i18n/format';
import { useCustomerValue, useProjectId } from '../../state/selectors';
import { serviceActions } from '../../state/serviceActions';
import { NumberField } from '../../ui/NumberField';

/** A new link keeps one customer for this many calls answered in time until the user says otherwise. */
const DEFAULT_CALLS_PER_CUSTOMER = 100;

/**
 * Where a call centre's value of a call answered in time comes from: typed on the model, or a customer's
 * lifetime value from the Customers page divided by the calls answered in time that keep one customer — shown
 * with its sum and a link back, as a SWOT item shows its source.
 */
export function CustomerValueLink({ model }: { model: CallCentreModel }) {
  const { t, i18n } = useTranslation();
  const value = useCustomerValue();
  const projectId = useProjectId();
  const selectId = useId();
  const num = (v: number, d = 0) => formatNumber(v, i18n.language, d);
  const link = model.valueLink;
  const linked = link && value ? linkedValuePerCall(value, link) : null;
  const kept = model.valuePerCallInTime === null ? '–' : num(model.valuePerCallInTime, 2);
  return (
    <div className="value-link" data-testid="value-link">
      <label htmlFor={selectId}>{t('customers.tiers.link.from')}</label>
      <select
        id={selectId}
        value={link?.source ?? ''}
        onChange={(e) => {
          const source = e.target.value as ValueSource | '';
          serviceActions.linkValue(
            model.id,
            source === ''
              ? null
              : {
                  source,
                  callsPerCustomerKept: link?.callsPerCustomerKept ?? DEFAULT_CALLS_PER_CUSTOMER,
                },
          );
        }}
      >
        <option value="">{t('customers.tiers.link.typed')}</option>
        <option value="course">{t('customers.tiers.link.course')}</option>
        <option value="retention">{t('customers.tiers.link.retention')}</option>
      </select>
      {link && (
        <>
          <NumberField
            label={t('customers.tiers.link.calls')}
            value={link.callsPerCustomerKept}
            min={RANGES.callsPerCustomerKept.min}
            max={RANGES.callsPerCustomerKept.max}
            onChange={(v) => serviceActions.typeValueLink(model.id, { ...link, callsPerCustomerKept: v })}
            onCommitEnd={serviceActions.endTyping}
          />
          {linked?.ok ? (
            <p className="hint" data-testid="value-link-formula">
              {t('customers.tiers.link.formula', {
                value: num(linked.lifetimeValue, 2),
                calls: num(link.callsPerCustomerKept),
                perCall: num(linked.valuePerCall, 2),
              })}{' '}
              {projectId && (
                <a className="source-link" href={`#/p/${projectId}/customers`}>
                  {t('customers.tiers.link.openCustomers')}
                </a>
              )}
            </p>
          ) : (
            linked && (
              <p className="field-error" role="status" data-testid="value-link-problem">
                {t(`customers.tiers.link.${linked.reason}`, {
                  kept,
                  max: num(RANGES.valuePerCallInTime.max),
                })}
              </p>
            )
          )}
        </>
      )}
    </div>
  );
}
