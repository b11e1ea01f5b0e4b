import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryChart } from '../../charts/CategoryChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { useViewContext } from '../../charts/useViewContext';
import { courseLifetimeValue, wordOfMouth } from '../../domain/customers/value';
import { RANGES } from '../../domain/project/ranges';
import type { CustomerValue } from '../../domain/project/types';
import { formatNumber } from '../../i18n/format';
import { customerActions } from '../../state/customerActions';
import { NumberField } from '../../ui/NumberField';
import { womWaterfallView } from '../../views/womViews';

/** The course's KFC exercise: lifetime spend, and what one customer's word of mouth wins or loses. */
export const CourseValueSection = memo(function CourseValueSection({ value }: { value: CustomerValue }) {
  const { t, i18n } = useTranslation();
  const ctx = useViewContext();
  const num = (v: number, digits = 0) => formatNumber(v, i18n.language, digits);
  const signed = (v: number, digits = 0) =>
    v > 0 ? `+${num(v, digits)}` : v < 0 ? `−${num(-v, digits)}` : '0';
  const set = (field: keyof CustomerValue) => (v: number) => customerActions.typeValue(field, { [field]: v });
  const end = customerActions.endTyping;
  const lifetime = courseLifetimeValue(value);
  const wom = wordOfMouth({ ...value, customerValue: lifetime });
  const waterfall = useMemo(() => womWaterfallView(value, ctx), [value, ctx]);
  return (
    <>
      <section className="customer-section" aria-labelledby="course-value-heading">
        <h2 id="course-value-heading">{t('customers.course.heading')}</h2>
        <div className="customer-fields">
          <NumberField
            label={t('customers.course.spend')}
            value={value.spendPerVisit}
            min={RANGES.money.min}
            max={RANGES.money.max}
            onChange={set('spendPerVisit')}
            onCommitEnd={end}
          />
          <NumberField
            label={t('customers.course.visits')}
            value={value.visitsPerYear}
            min={RANGES.visitsPerYear.min}
            max={RANGES.visitsPerYear.max}
            onChange={set('visitsPerYear')}
            onCommitEnd={end}
          />
          <NumberField
            label={t('customers.course.years')}
            value={value.years}
            min={RANGES.customerYears.min}
            max={RANGES.customerYears.max}
            onChange={set('years')}
            onCommitEnd={end}
          />
        </div>
        <p className="customer-result" data-testid="course-value" role="status">
          {t('customers.course.formula', {
            spend: num(value.spendPerVisit, 2),
            visits: num(value.visitsPerYear, 2),
            years: num(value.years, 2),
            value: num(lifetime),
          })}
        </p>
      </section>
      <section className="customer-section" aria-labelledby="wom-heading">
        <h2 id="wom-heading">{t('customers.wom.heading')}</h2>
        <div className="customer-fields">
          <NumberField
            label={t('customers.wom.toldIfSatisfied')}
            value={value.toldIfSatisfied}
            min={RANGES.peopleTold.min}
            max={RANGES.peopleTold.max}
            onChange={set('toldIfSatisfied')}
            onCommitEnd={end}
          />
          <NumberField
            label={t('customers.wom.toldIfDissatisfied')}
            value={value.toldIfDissatisfied}
            min={RANGES.peopleTold.min}
            max={RANGES.peopleTold.max}
            onChange={set('toldIfDissatisfied')}
            onCommitEnd={end}
          />
          <NumberField
            label={t('customers.wom.conversion')}
            value={Math.round(value.conversionRate * 10000) / 100}
            min={0}
            max={100}
            onChange={(v) => customerActions.typeValue('conversionRate', { conversionRate: v / 100 })}
            onCommitEnd={end}
          />
        </div>
        <table className="customer-table" data-testid="word-of-mouth">
          <thead>
            <tr>
              <th scope="col">{t('customers.wom.customer')}</th>
              <th scope="col">{t('customers.wom.customers')}</th>
              <th scope="col">{t('customers.wom.value')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('customers.wom.satisfied')}</th>
              <td>{signed(wom.gainedCustomers, 2)}</td>
              <td>{signed(wom.gainedValue)}</td>
            </tr>
            <tr>
              <th scope="row">{t('customers.wom.dissatisfied')}</th>
              <td>{signed(-wom.lostCustomers, 2)}</td>
              <td>{signed(-wom.lostValue)}</td>
            </tr>
          </tbody>
        </table>
        <ChartFrame view={waterfall}>
          <CategoryChart view={waterfall} height={340} />
        </ChartFrame>
        <p className="customer-result" data-testid="word-of-mouth-stake">
          {t('customers.wom.stake', {
            value: num(lifetime + wom.gainedValue + wom.lostValue),
            satisfied: num(lifetime + wom.gainedValue),
            lost: num(wom.lostValue),
          })}
        </p>
      </section>
    </>
  );
});
