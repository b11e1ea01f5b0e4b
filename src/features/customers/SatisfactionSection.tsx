import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryChart } from '../../charts/CategoryChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { PointsChart } from '../../charts/PointsChart';
import { useViewContext } from '../../charts/useViewContext';
import {
  importancePerformance,
  satisfactionGaps,
  satisfactionIndex,
} from '../../domain/customers/satisfaction';
import { CAPACITY, hasRoom } from '../../domain/project/capacity';
import { createId } from '../../domain/project/ids';
import { RANGES } from '../../domain/project/ranges';
import type { Satisfaction } from '../../domain/project/types';
import { sourceUses } from '../../domain/swot/sources';
import { customerActions } from '../../state/customerActions';
import { currentProject, useAppStore } from '../../state/store';
import { AddField } from '../../ui/AddField';
import { BoundedNumberInput } from '../../ui/BoundedNumberInput';
import { CsvButton } from '../../ui/CsvButton';
import { NumberField } from '../../ui/NumberField';
import { RemoveButton } from '../../ui/RemoveButton';
import { TableScroll } from '../../ui/TableScroll';
import { ipaView, satisfactionGapView, satisfactionTable } from '../../views/satisfactionViews';
import { focusAfterRemove } from '../../ui/focusAfterRemove';

const NO_USES = new Map<string, string[]>();

/** Satisfaction as performance against expectation: the survey's attributes, verdicts, CSI, gap chart and IPA. */
export const SatisfactionSection = memo(function SatisfactionSection({
  satisfaction,
}: {
  satisfaction: Satisfaction;
}) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const { scale, attributes } = satisfaction;
  const uses = useAppStore((s) => (s.project ? sourceUses(s.project.swot) : NO_USES));
  const hasValueFactors = useAppStore((s) => (s.project?.strategy.valueFactors.length ?? 0) > 0);
  const gaps = useMemo(
    () => new Map(satisfactionGaps(attributes, scale).map((g) => [g.id, g])),
    [attributes, scale],
  );
  const quadrants = useMemo(
    () => (attributes.length ? importancePerformance(attributes) : new Map<string, string>()),
    [attributes],
  );
  const csi = useMemo(() => satisfactionIndex(attributes, scale), [attributes, scale]);
  const gapChart = useMemo(() => satisfactionGapView(satisfaction, ctx), [satisfaction, ctx]);
  const ipa = useMemo(() => ipaView(satisfaction, ctx), [satisfaction, ctx]);
  const num = (v: number, d = 2) => ctx.number(v, d);
  const lowest = Math.min(...attributes.flatMap((a) => [a.expectation, a.performance]));
  const highest = Math.max(...attributes.flatMap((a) => [a.expectation, a.performance]));
  const full = hasRoom('surveyAttributes', attributes.length)
    ? undefined
    : t('safety.full.surveyAttributes', { max: CAPACITY.surveyAttributes });
  const range = `${num(scale.min)} – ${num(scale.max)}`;
  return (
    <section className="customer-section" aria-labelledby="satisfaction-heading">
      <h2 id="satisfaction-heading">{t('customers.satisfaction.heading')}</h2>
      <p>{t('customers.satisfaction.intro')}</p>
      <p className="customer-rule" data-testid="satisfaction-rule">
        {t('customers.satisfaction.rule')}
      </p>
      <div className="customer-fields">
        <NumberField
          label={t('customers.satisfaction.scaleMin')}
          value={scale.min}
          min={RANGES.surveyScale.min}
          max={RANGES.surveyScale.max}
          validate={(v) =>
            v >= scale.max
              ? t('customers.satisfaction.scaleOrder')
              : attributes.length > 0 && v > lowest
                ? t('customers.satisfaction.scaleCuts', { value: num(lowest) })
                : null
          }
          onChange={(v) => customerActions.typeScale('min', v)}
          onCommitEnd={customerActions.endTyping}
        />
        <NumberField
          label={t('customers.satisfaction.scaleMax')}
          value={scale.max}
          min={RANGES.surveyScale.min}
          max={RANGES.surveyScale.max}
          validate={(v) =>
            v <= scale.min
              ? t('customers.satisfaction.scaleOrder')
              : attributes.length > 0 && v < highest
                ? t('customers.satisfaction.scaleCuts', { value: num(highest) })
                : null
          }
          onChange={(v) => customerActions.typeScale('max', v)}
          onCommitEnd={customerActions.endTyping}
        />
      </div>
      {csi !== null && (
        <p className="customer-result" data-testid="csi" role="status">
          {t('customers.satisfaction.csi', { value: num(csi, 1) })}
        </p>
      )}
      {attributes.length === 0 ? (
        <p className="muted">{t('customers.satisfaction.none')}</p>
      ) : (
        <TableScroll>
          <table className="customer-table satisfaction-table" data-testid="satisfaction-table">
            <thead>
              <tr>
                <th scope="col">{t('customers.satisfaction.attribute')}</th>
                <th scope="col">{t('customers.satisfaction.importance')}</th>
                <th scope="col">{t('customers.satisfaction.expectation')}</th>
                <th scope="col">{t('customers.satisfaction.performance')}</th>
                <th scope="col">{t('customers.satisfaction.gap')}</th>
                <th scope="col">{t('customers.satisfaction.verdictHeader')}</th>
                <th scope="col">{t('customers.satisfaction.quadrantHeader')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('library.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {attributes.map((a, i) => {
                const label = a.name || t('customers.satisfaction.attributeN', { n: i + 1 });
                const gap = gaps.get(a.id);
                const used = uses.get(`satisfaction:${a.id}`);
                const rated = (field: 'expectation' | 'performance', key: string) => (
                  <BoundedNumberInput
                    label={t(key, { name: label })}
                    value={a[field]}
                    min={scale.min}
                    max={scale.max}
                    rangeMessage={range}
                    className="segment-number"
                    required
                    onCommit={(v) => v !== null && customerActions.typeAttribute(a.id, field, { [field]: v })}
                  />
                );
                return (
                  <tr key={a.id} data-testid="attribute-row" data-removable>
                    <td>
                      <input
                        type="text"
                        className="attribute-name"
                        aria-label={t('customers.satisfaction.nameOf', { n: i + 1 })}
                        value={a.name}
                        maxLength={1000}
                        onChange={(e) =>
                          customerActions.typeAttribute(a.id, 'name', { name: e.target.value })
                        }
                        onBlur={customerActions.endTyping}
                      />
                    </td>
                    <td>
                      <BoundedNumberInput
                        label={t('customers.satisfaction.importanceOf', { name: label })}
                        value={a.importance}
                        min={RANGES.importance.min}
                        max={RANGES.importance.max}
                        rangeMessage={`${RANGES.importance.min} – ${RANGES.importance.max}`}
                        className="segment-number"
                        required
                        onCommit={(v) =>
                          v !== null && customerActions.typeAttribute(a.id, 'importance', { importance: v })
                        }
                      />
                    </td>
                    <td>{rated('expectation', 'customers.satisfaction.expectationOf')}</td>
                    <td>{rated('performance', 'customers.satisfaction.performanceOf')}</td>
                    <td>{gap ? num(gap.gap) : '–'}</td>
                    <td className={`text-cell verdict-${gap?.verdict}`} data-testid="attribute-verdict">
                      {gap ? t(`customers.satisfaction.verdict.${gap.verdict}`) : '–'}
                    </td>
                    <td className="text-cell">
                      {t(`customers.satisfaction.quadrant.${quadrants.get(a.id)}`)}
                    </td>
                    <td className="text-cell">
                      <span className="attribute-actions">
                        {used ? (
                          <span className="used-badge">
                            {t('common.usedAs', { labels: used.join(', ') })}
                          </span>
                        ) : (
                          gap?.verdict === 'dissatisfied' && (
                            <button
                              type="button"
                              className="small-button"
                              aria-label={t('customers.satisfaction.sendToSwot', { name: label })}
                              onClick={() =>
                                customerActions.sendToWeaknesses(
                                  a.id,
                                  t('customers.satisfaction.weaknessText', {
                                    name: label,
                                    p: num(a.performance),
                                    e: num(a.expectation),
                                  }),
                                  createId(),
                                )
                              }
                            >
                              {t('customers.satisfaction.sendShort')}
                            </button>
                          )
                        )}{' '}
                        <RemoveButton
                          label={t('customers.satisfaction.remove', { name: label })}
                          onClick={(e) => {
                            focusAfterRemove(e.currentTarget);
                            customerActions.removeAttribute(a.id);
                          }}
                        />
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <AddField
        label={t('customers.satisfaction.add')}
        placeholder={t('customers.satisfaction.newName')}
        onAdd={(name) => customerActions.addAttribute(name)}
        full={full}
      />
      <p className="page-actions">
        {hasValueFactors && (
          <button type="button" disabled={Boolean(full)} onClick={customerActions.addValueFactors}>
            {t('customers.satisfaction.fromValueFactors')}
          </button>
        )}
        <CsvButton
          current={currentProject}
          table={(p) => satisfactionTable(p.customers.satisfaction, ctx)}
          what={t('customers.satisfaction.what')}
        />
      </p>
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
    </section>
  );
});
