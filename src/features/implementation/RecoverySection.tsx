import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryChart } from '../../charts/CategoryChart';
import { ChartFrame } from '../../charts/ChartFrame';
import { useViewContext } from '../../charts/useViewContext';
import { CAPACITY, hasRoom } from '../../domain/project/capacity';
import { RECOVERY_STEPS } from '../../domain/project/implementationSchema';
import { LIMITS } from '../../domain/project/limits';
import { RANGES } from '../../domain/project/ranges';
import type { Project } from '../../domain/project/types';
import { implementationActions as act } from '../../state/implementationActions';
import { currentProject } from '../../state/store';
import { CsvButton } from '../../ui/CsvButton';
import { AddField } from '../../ui/AddField';
import { BoundedNumberInput } from '../../ui/BoundedNumberInput';
import { focusAfterRemove } from '../../ui/focusAfterRemove';
import { RemoveButton } from '../../ui/RemoveButton';
import { TableScroll } from '../../ui/TableScroll';
import { complaintParetoView } from '../../views/complaintParetoView';

const emptyTable = { name: '', rows: [] };

type Recovery = Project['implementation']['recovery'];

/**
 * Service recovery: the course's complaint-handling steps (how, who, how fast) and the complaints counted by
 * cause, with their Pareto chart.
 */
export const RecoverySection = memo(function RecoverySection({ recovery }: { recovery: Recovery }) {
  const { t } = useTranslation();
  const ctx = useViewContext();
  const { steps, complaints } = recovery;
  const pareto = useMemo(() => complaintParetoView(complaints, ctx), [complaints, ctx]);
  const full = hasRoom('complaintCauses', complaints.length)
    ? undefined
    : t('safety.full.complaintCauses', { max: CAPACITY.complaintCauses });
  return (
    <section className="plan-section" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{t('plan.recovery.heading')}</h2>
      <p className="customer-rule">{t('plan.recovery.intro')}</p>
      <TableScroll>
        <table className="plan-table recovery-table" data-testid="recovery-table">
          <caption className="visually-hidden">{t('plan.recovery.stepsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.recovery.step')}</th>
              <th scope="col">{t('plan.recovery.how')}</th>
              <th scope="col">{t('plan.recovery.owner')}</th>
              <th scope="col">{t('plan.recovery.within')}</th>
            </tr>
          </thead>
          <tbody>
            {RECOVERY_STEPS.map((key, i) => {
              const step = t(`plan.recovery.steps.${key}`);
              const field = (name: 'how' | 'owner' | 'within', label: string, max: number, hint?: string) => (
                <input
                  type="text"
                  aria-label={t(label, { step })}
                  value={steps[key][name]}
                  placeholder={hint}
                  maxLength={max}
                  onChange={(e) => act.typeRecoveryStep(key, name, e.target.value)}
                  onBlur={act.endTyping}
                />
              );
              return (
                <tr key={key}>
                  <th scope="row">
                    {i + 1}. {step}
                  </th>
                  <td className="recovery-how">
                    {field('how', 'plan.recovery.howOf', LIMITS.textChars, t(`plan.recovery.hints.${key}`))}
                  </td>
                  <td className="plan-owner">{field('owner', 'plan.recovery.ownerOf', LIMITS.nameChars)}</td>
                  <td className="recovery-within">
                    {field('within', 'plan.recovery.withinOf', LIMITS.nameChars)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <h3>{t('plan.recovery.causesHeading')}</h3>
      <p className="customer-rule">{t('plan.recovery.causesRule')}</p>
      <div data-remove-scope>
        {complaints.length === 0 ? (
          <p className="muted">{t('plan.recovery.causesNone')}</p>
        ) : (
          <table className="plan-table causes-table" data-testid="causes-table">
            <thead>
              <tr>
                <th scope="col">{t('plan.recovery.cause')}</th>
                <th scope="col">{t('plan.recovery.count')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('library.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {complaints.map((c, i) => {
                const n = i + 1;
                return (
                  <tr key={c.id} data-testid="cause-row" data-removable>
                    <td>
                      <input
                        type="text"
                        aria-label={t('plan.recovery.causeOf', { n })}
                        value={c.cause}
                        maxLength={LIMITS.textChars}
                        onChange={(e) => act.typeComplaintCause(c.id, e.target.value)}
                        onBlur={act.endTyping}
                      />
                    </td>
                    <td>
                      <BoundedNumberInput
                        label={t('plan.recovery.countOf', { n })}
                        value={c.count}
                        min={RANGES.complaints.min}
                        max={RANGES.complaints.max}
                        integer
                        required
                        rangeMessage={t('plan.recovery.countRange')}
                        onCommit={(v) => v !== null && act.setComplaintCount(c.id, v)}
                        className="count-input"
                      />
                    </td>
                    <td>
                      <RemoveButton
                        label={t('plan.recovery.removeCause', { n })}
                        onClick={(e) => {
                          focusAfterRemove(e.currentTarget);
                          act.removeComplaintCause(c.id);
                        }}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <AddField
          label={t('plan.recovery.addCause')}
          placeholder={t('plan.recovery.newCause')}
          onAdd={(value) => act.addComplaintCause(value)}
          full={full}
        />
      </div>
      {pareto && (
        <>
          <ChartFrame view={pareto}>
            <CategoryChart view={pareto} height={360} />
          </ChartFrame>
          <p className="page-actions">
            <CsvButton
              current={currentProject}
              table={(p) =>
                complaintParetoView(p.implementation.recovery.complaints, ctx)?.table() ?? emptyTable
              }
              what={t('plan.recovery.csvName')}
            />
          </p>
        </>
      )}
    </section>
  );
});
