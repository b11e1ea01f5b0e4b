import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryChart } from '../../charts/CategoryChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { CurvesChart } from '../../charts/CurvesChart';
import { useViewContext } from '../../charts/useViewContext';
import { abcAnalysis } from '../../domain/customers/tiers';
import { hasRoom, CAPACITY } from '../../domain/project/capacity';
import { SERVICE_TIERS } from '../../domain/project/customerSchema';
import { RANGES } from '../../domain/project/ranges';
import type { AbcSettings, Project, Segment, ServiceModel } from '../../domain/project/types';
import { customerActions } from '../../state/customerActions';
import { currentProject } from '../../state/store';
import { AddField } from '../../ui/AddField';
import { BoundedNumberInput } from '../../ui/BoundedNumberInput';
import { CsvButton } from '../../ui/CsvButton';
import { NumberField } from '../../ui/NumberField';
import { RemoveButton } from '../../ui/RemoveButton';
import { TableScroll } from '../../ui/TableScroll';
import { abcClassesView, abcCurveView, abcTable } from '../../views/customerViews';
import { abcParetoView } from '../../views/paretoView';
import { TierServiceSection } from './TierServiceSection';
import type { ViewContext } from '../../views/types';
import { focusAfterRemove } from '../../ui/focusAfterRemove';

const analyse = (p: Pick<Project['customers'], 'segments' | 'abc'>) => abcAnalysis(p.segments, p.abc);

/** The CSV of the ranked customers: the header alone while the list cannot be classed. */
const csvTable = (p: Project, ctx: ViewContext) => {
  const result = analyse(p.customers);
  return result.ok
    ? abcTable(result.value, ctx)
    : abcTable({ ranked: [], classes: [], curve: [], cutoffs: p.customers.abc }, ctx);
};

/** Customers or segments with their value, the ABC rule and cut-offs, each class's tier, and the ABC charts. */
export const SegmentsSection = memo(function SegmentsSection({
  segments,
  abc,
  models,
}: {
  segments: Segment[];
  abc: AbcSettings;
  models: ServiceModel[];
}) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const result = useMemo(() => analyse({ segments, abc }), [segments, abc]);
  const pareto = useMemo(() => (result.ok ? abcParetoView(result.value, ctx) : null), [result, ctx]);
  const curve = useMemo(() => (result.ok ? abcCurveView(result.value, ctx) : null), [result, ctx]);
  const bars = useMemo(() => (result.ok ? abcClassesView(result.value, ctx) : null), [result, ctx]);
  const num = (v: number, d = 0) => ctx.number(v, d);
  const pct = (v: number) => ctx.number(v * 100, 1);
  const classOf = new Map(result.ok ? result.value.ranked.map((r) => [r.id, r]) : []);
  const full = hasRoom('segments', segments.length)
    ? undefined
    : t('safety.full.segments', { max: CAPACITY.segments });
  return (
    <section className="customer-section" aria-labelledby="abc-heading">
      <h2 id="abc-heading">{t('customers.abc.heading')}</h2>
      <p>{t('customers.abc.intro')}</p>
      <p className="customer-rule" data-testid="abc-rule">
        {t('customers.abc.rule', { a: num(abc.a * 100, 1), b: num(abc.b * 100, 1) })}
      </p>
      <div className="customer-fields">
        <NumberField
          label={t('customers.abc.cutoffA')}
          value={Math.round(abc.a * 1000) / 10}
          min={1}
          max={100}
          validate={(v) => (v / 100 > abc.b ? t('customers.abc.cutoffOrder', { a: num(v, 1) }) : null)}
          onChange={(v) => customerActions.typeAbc('a', v / 100)}
          onCommitEnd={customerActions.endTyping}
        />
        <NumberField
          label={t('customers.abc.cutoffB')}
          value={Math.round(abc.b * 1000) / 10}
          min={1}
          max={100}
          validate={(v) =>
            v / 100 < abc.a ? t('customers.abc.cutoffOrder', { a: num(abc.a * 100, 1) }) : null
          }
          onChange={(v) => customerActions.typeAbc('b', v / 100)}
          onCommitEnd={customerActions.endTyping}
        />
      </div>
      <p className="page-actions">
        <CsvButton current={currentProject} table={(p) => csvTable(p, ctx)} what={t('customers.abc.what')} />
      </p>
      {segments.length === 0 ? (
        <p className="muted">{t('customers.abc.none')}</p>
      ) : (
        <TableScroll>
          <table className="customer-table segments-table" data-testid="segments-table">
            <thead>
              <tr>
                <th scope="col">{t('customers.abc.name')}</th>
                <th scope="col">{t('customers.abc.value')}</th>
                <th scope="col">{t('customers.abc.customers')}</th>
                <th scope="col">{t('customers.abc.share')}</th>
                <th scope="col">{t('customers.abc.cumulative')}</th>
                <th scope="col">{t('customers.abc.class')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('library.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {segments.map((s, i) => {
                const row = classOf.get(s.id);
                const label = s.name || t('customers.abc.nameOf', { n: i + 1 });
                return (
                  <tr key={s.id} data-testid="segment-row" data-removable>
                    <td>
                      <input
                        type="text"
                        aria-label={t('customers.abc.nameOf', { n: i + 1 })}
                        value={s.name}
                        maxLength={1000}
                        onChange={(e) => customerActions.typeSegment(s.id, 'name', { name: e.target.value })}
                        onBlur={customerActions.endTyping}
                      />
                    </td>
                    <td>
                      <BoundedNumberInput
                        label={t('customers.abc.valueOf', { name: label })}
                        value={s.value}
                        min={RANGES.segmentValue.min}
                        max={RANGES.segmentValue.max}
                        rangeMessage={`${RANGES.segmentValue.min} – ${num(RANGES.segmentValue.max)}`}
                        className="segment-number"
                        required
                        onCommit={(v) =>
                          v !== null && customerActions.typeSegment(s.id, 'value', { value: v })
                        }
                      />
                    </td>
                    <td>
                      <BoundedNumberInput
                        label={t('customers.abc.customersOf', { name: label })}
                        value={s.customers}
                        min={RANGES.segmentCustomers.min}
                        max={RANGES.segmentCustomers.max}
                        rangeMessage={t('customers.abc.customersRange', {
                          max: num(RANGES.segmentCustomers.max),
                        })}
                        className="segment-number"
                        integer
                        required
                        onCommit={(v) =>
                          v !== null && customerActions.typeSegment(s.id, 'customers', { customers: v })
                        }
                      />
                    </td>
                    <td>{row ? `${pct(row.share)}%` : '–'}</td>
                    <td>{row ? `${pct(row.cumulativeShare)}%` : '–'}</td>
                    <td data-testid="segment-class">{row?.class ?? '–'}</td>
                    <td>
                      <RemoveButton
                        label={t('customers.abc.remove', { name: label })}
                        onClick={(e) => {
                          focusAfterRemove(e.currentTarget);
                          customerActions.removeSegment(s.id);
                        }}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <AddField
        label={t('customers.abc.add')}
        placeholder={t('customers.abc.newName')}
        onAdd={(name) => customerActions.addSegment(name)}
        full={full}
      />
      {!result.ok && segments.length > 0 && (
        <p className="alert" role="status">
          {result.errors.map((e) => e.message).join(' ')}
        </p>
      )}
      {result.ok && segments.length > 0 && (
        <>
          <h3>{t('customers.abc.classes')}</h3>
          <TableScroll>
            <table className="customer-table" data-testid="abc-classes">
              <thead>
                <tr>
                  <th scope="col">{t('customers.abc.class')}</th>
                  <th scope="col">{t('customers.abc.tierHeader')}</th>
                  <th scope="col">{t('customers.abc.rows')}</th>
                  <th scope="col">{t('customers.abc.customerShare')}</th>
                  <th scope="col">{t('customers.abc.valueShare')}</th>
                </tr>
              </thead>
              <tbody>
                {result.value.classes.map((c) => (
                  <tr key={c.class}>
                    <th scope="row">{t('customers.abc.classRow', { cls: c.class })}</th>
                    <td>
                      <select
                        aria-label={t('customers.abc.tierOf', { cls: c.class })}
                        value={c.tier}
                        onChange={(e) =>
                          customerActions.setTier(c.class, e.target.value as (typeof SERVICE_TIERS)[number])
                        }
                      >
                        {SERVICE_TIERS.map((tier) => (
                          <option key={tier} value={tier}>
                            {t(`customers.abc.tier.${tier}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>{num(c.rows)}</td>
                    <td>
                      {pct(c.customerShare)}% ({num(c.customers)})
                    </td>
                    <td>
                      {pct(c.valueShare)}% ({ctx.number(c.value, 2)})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <TierServiceSection classes={result.value.classes} abc={abc} models={models} />
          {pareto && (
            <ChartFrame view={pareto}>
              <CategoryChart view={pareto} height={380} />
            </ChartFrame>
          )}
          {curve && (
            <ChartFrame view={curve}>
              <CurvesChart view={curve} height={360} />
            </ChartFrame>
          )}
          {bars && (
            <ChartFrame view={bars}>
              <CategoryChart view={bars} height={320} />
            </ChartFrame>
          )}
        </>
      )}
    </section>
  );
});
