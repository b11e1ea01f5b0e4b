import { formatSharePercent } from '../../i18n/format';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryChart } from '../../charts/CategoryChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { useViewContext } from '../../charts/useViewContext';
import type { AbcClassSummary } from '../../domain/customers/tiers';
import {
  projectTierService,
  servingModels,
  suggestedPeriodsPerYear,
  tierService,
} from '../../domain/customers/tierService';
import { RANGES } from '../../domain/project/ranges';
import type { AbcSettings, ServiceModel } from '../../domain/project/types';
import { customerActions } from '../../state/customerActions';
import { currentProject } from '../../state/store';
import { BoundedNumberInput } from '../../ui/BoundedNumberInput';
import { CsvButton } from '../../ui/CsvButton';
import { TableScroll } from '../../ui/TableScroll';
import type { Translate } from '../../views/types';
import { tierServiceTable, tierServiceView } from '../../views/tierServiceViews';

/** A model's name in the class's choice: a scenario says which model it is a scenario of. */
function modelLabel(model: ServiceModel, models: readonly ServiceModel[], t: Translate) {
  const baseline = model.baselineId ? models.find((m) => m.id === model.baselineId) : undefined;
  return baseline
    ? t('customers.tiers.scenarioOf', { name: model.name, baseline: baseline.name })
    : model.name;
}

/** Each ABC class pointed at the model or scenario that serves it, with the service level and cost it implies. */
export function TierServiceSection({
  classes,
  abc,
  models,
}: {
  classes: AbcClassSummary[];
  abc: AbcSettings;
  models: ServiceModel[];
}) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const service = useMemo(
    () => tierService(classes, abc.service, servingModels(models, abc.service)),
    [classes, abc.service, models],
  );
  const chart = useMemo(() => tierServiceView(service, ctx), [service, ctx]);
  // The suggestion for the first class served by a call centre (its intervals around the clock).
  const firstCallCentre = service.classes
    .map((c) => models.find((m) => m.id === c.model?.id))
    .find((m) => m?.kind === 'callCentre');
  const suggestion = firstCallCentre ? suggestedPeriodsPerYear(firstCallCentre) : null;
  const num = (v: number | null, d = 0) => (v === null ? '–' : ctx.number(v, d));
  const choose = (cls: AbcClassSummary['class'], id: string) => {
    const model = models.find((m) => m.id === id);
    customerActions.setClassModel(
      cls,
      model ? model.id : null,
      model ? suggestedPeriodsPerYear(model) : abc.service[cls].periodsPerYear,
    );
  };
  return (
    <>
      <h3 id="tier-service-heading">{t('customers.tiers.heading')}</h3>
      <p>{t('customers.tiers.intro')}</p>
      {models.length === 0 && <p className="muted">{t('customers.tiers.noModels')}</p>}
      <p className="page-actions">
        <CsvButton
          current={currentProject}
          table={(p) => {
            const now = projectTierService(p);
            return now ? tierServiceTable(now, ctx) : tierServiceTable(service, ctx);
          }}
          what={t('customers.tiers.heading')}
        />
      </p>
      <TableScroll>
        <table
          className="customer-table tier-service-table"
          data-testid="tier-service"
          aria-labelledby="tier-service-heading"
        >
          <thead>
            <tr>
              <th scope="col">{t('customers.abc.class')}</th>
              <th scope="col">{t('customers.tiers.model')}</th>
              <th scope="col">{t('customers.tiers.periods')}</th>
              <th scope="col">{t('customers.tiers.serviceLevel')}</th>
              <th scope="col">{t('customers.tiers.costPerYear')}</th>
              <th scope="col">{t('customers.tiers.valuePerYear')}</th>
              <th scope="col">{t('customers.tiers.costPerCustomer')}</th>
            </tr>
          </thead>
          <tbody>
            {service.classes.map((c) => {
              const link = abc.service[c.class];
              return (
                <tr key={c.class} data-testid="tier-service-row">
                  <th scope="row">
                    {t('customers.abc.classTier', {
                      cls: c.class,
                      tier: t(`customers.abc.tier.${c.tier}`),
                    })}
                  </th>
                  <td>
                    <select
                      aria-label={t('customers.tiers.modelOf', { cls: c.class })}
                      value={c.problem === 'modelUnknown' ? '' : (link.modelId ?? '')}
                      onChange={(e) => choose(c.class, e.target.value)}
                    >
                      <option value="">{t('customers.tiers.noModel')}</option>
                      {models.map((m) => (
                        <option key={m.id} value={m.id}>
                          {modelLabel(m, models, t)}
                        </option>
                      ))}
                    </select>
                    {c.problem && (
                      <span className="field-error small" role="status">
                        {t(`customers.tiers.${c.problem}`)}
                      </span>
                    )}
                  </td>
                  <td>
                    <BoundedNumberInput
                      label={t('customers.tiers.periodsOf', { cls: c.class })}
                      value={link.periodsPerYear}
                      min={RANGES.periodsPerYear.min}
                      max={RANGES.periodsPerYear.max}
                      rangeMessage={t('customers.tiers.periodsRange', {
                        max: ctx.number(RANGES.periodsPerYear.max),
                      })}
                      className="segment-number"
                      integer
                      required
                      onCommit={(v) => v !== null && customerActions.typePeriodsPerYear(c.class, v)}
                    />
                  </td>
                  <td data-testid="tier-service-level">
                    {c.serviceLevel === null ? '–' : `${formatSharePercent(c.serviceLevel, ctx.language)}%`}
                  </td>
                  <td data-testid="tier-service-cost">{num(c.costPerYear)}</td>
                  <td>{num(c.value)}</td>
                  <td>{num(c.costPerCustomer, 2)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('customers.tiers.total')}</th>
              <td colSpan={3}>
                {service.total.costedClasses > 0 && service.total.costedClasses < 3
                  ? t('customers.tiers.totalCosted', { n: service.total.costedClasses })
                  : ''}
              </td>
              <td data-testid="tier-service-total">
                {service.total.costedClasses > 0 ? num(service.total.costPerYear) : '–'}
              </td>
              <td>{num(service.total.value)}</td>
              <td>
                {service.total.costedClasses === 3 && service.total.customers > 0
                  ? num(service.total.costPerYear / service.total.customers, 2)
                  : '–'}
              </td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {suggestion !== null && (
        <p className="hint" data-testid="tier-periods-hint">
          {t('customers.tiers.suggestion', { n: ctx.number(suggestion) })}
        </p>
      )}
      {chart && (
        <ChartFrame view={chart}>
          <CategoryChart view={chart} height={320} />
        </ChartFrame>
      )}
    </>
  );
}
