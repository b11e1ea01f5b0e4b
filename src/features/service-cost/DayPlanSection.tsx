import { memo, startTransition, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../charts/ChartFrame';
import { CurvesChart } from '../../charts/CurvesChart';
import { useViewContext } from '../../charts/useViewContext';
import type { CallCentreModel } from '../../domain/project/types';
import { flatDay, type DayPlan, type DayPlanResult } from '../../domain/service-cost/dayPlan';
import { usePlannedDay } from '../../ui/usePlannedDay';
import { rebucket, type DaySlot } from '../../domain/service-cost/dayPlanEdit';
import { formatNumber, formatSharePercent } from '../../i18n/format';
import { serviceActions } from '../../state/serviceActions';
import { clockTime, dayServiceLevelView, dayStaffingView } from '../../views/dayPlanViews';
import { WhenNear } from '../../ui/WhenNear';
import { DayPlanInput } from './DayPlanInput';
import { DaySlotsTable } from './DaySlotsTable';
import { sameExcept } from '../../domain/memo/sameExcept';

const SLOT_LENGTHS: DayPlan['slotMinutes'][] = [15, 30, 60];

/**
 * A call centre's day planned interval by interval: forecast in, staffing, roster, totals and charts out.
 * Today's agents play no part in the plan: dragging them leaves the section (and its charts) alone.
 */
export const DayPlanSection = memo(
  function DayPlanSection({ model }: { model: CallCentreModel }) {
    const { t, i18n } = useTranslation();
    const language = i18n.language;
    const ctx = useViewContext();
    const plan = model.dayPlan;
    const [slotsOpen, setSlotsOpen] = useState(false);
    const { result, calculating } = usePlannedDay(model, plan);
    const setPlan = (next: DayPlan | null, field = 'dayPlan') => {
      serviceActions.typeModel(model.id, field, { dayPlan: next });
      serviceActions.endTyping();
    };
    const onSlot = useCallback(
      (index: number, field: string, patch: Partial<DaySlot>) =>
        serviceActions.typeDaySlot(model.id, index, field, patch),
      [model.id],
    );
    const callsPerDay = (model.callsPerInterval * 86_400) / model.intervalSec;
    if (!plan)
      return (
        <section className="day-plan" data-testid="day-plan">
          <h3>{t('dayPlan.heading')}</h3>
          <p className="muted">{t('dayPlan.intro')}</p>
          <button type="button" onClick={() => setPlan(flatDay(callsPerDay, 30))}>
            {t('dayPlan.startFlat', { calls: formatNumber(callsPerDay, language, 0) })}
          </button>
        </section>
      );
    const day = result?.ok ? result.value : null;
    const money = (v: number) => formatNumber(v, language, 0);
    return (
      <section className="day-plan" data-testid="day-plan">
        <h3>{t('dayPlan.heading')}</h3>
        <p className="muted">{t('dayPlan.intro')}</p>
        <div className="day-controls">
          <label>
            {t('dayPlan.slotMinutes')}{' '}
            <select
              value={plan.slotMinutes}
              onChange={(e) => setPlan(rebucket(plan, Number(e.target.value) as DayPlan['slotMinutes']))}
            >
              {SLOT_LENGTHS.map((m) => (
                <option key={m} value={m}>
                  {t('dayPlan.minutes', { minutes: m })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dayPlan.dayStart')}{' '}
            <select
              value={plan.startMinute}
              onChange={(e) => setPlan({ ...plan, startMinute: Number(e.target.value) })}
            >
              {Array.from({ length: 1440 / plan.slotMinutes }, (_, i) => i * plan.slotMinutes).map((m) => (
                <option key={m} value={m}>
                  {clockTime(m)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="danger-text" onClick={() => setPlan(null)}>
            {t('dayPlan.remove')}
          </button>
        </div>
        <p className="field-hint">{t('dayPlan.rounding')}</p>
        <DayPlanInput slotMinutes={plan.slotMinutes} onPlan={(p) => setPlan(p)} />
        {result && !result.ok && (
          <p className="alert error" role="alert" data-testid="day-slot-problem">
            {t('dayPlan.problem.slot', {
              time: clockTime(plan.startMinute + result.error.index * plan.slotMinutes),
              message: result.error.message,
            })}
          </p>
        )}
        {calculating && (
          <p className="muted" role="status" data-testid="day-calculating">
            {t('dayPlan.calculating')}
          </p>
        )}
        {day && (
          <>
            <p data-testid="day-totals">
              {t('dayPlan.totals', {
                calls: formatNumber(day.totals.calls, language, 0),
                hours: formatNumber(day.totals.scheduledAgentHours, language, 1),
                cost: money(day.totals.cost),
                sl: formatSharePercent(day.totals.serviceLevel, language),
              })}
            </p>
            {day.totals.roster && (
              <p data-testid="day-roster-totals">
                {t('dayPlan.rosterTotals', {
                  count: day.totals.roster.slots,
                  hours: formatNumber(day.totals.roster.agentHours, language, 1),
                  cost: money(day.totals.roster.cost),
                  sl: formatSharePercent(day.totals.roster.serviceLevel, language),
                })}
              </p>
            )}
            <WhenNear minHeight={760}>
              <DayCharts model={model} plan={plan} day={day} ctx={ctx} />
            </WhenNear>
          </>
        )}
        {/* Closed until asked for: a day of quarter-hours is 96 rows of inputs. */}
        <details
          className="day-slots-box"
          open={slotsOpen}
          // 96 rows of inputs: rendered in slices React can interrupt, not as one long task.
          onToggle={(e) => {
            const open = e.currentTarget.open;
            startTransition(() => setSlotsOpen(open));
          }}
        >
          <summary>{t('dayPlan.slotsSummary', { count: plan.slots.length })}</summary>
          {slotsOpen && (
            <DaySlotsTable
              plan={plan}
              planned={day?.slots ?? null}
              modelHandleTimeSec={model.handleTimeSec}
              onSlot={onSlot}
              onCommitEnd={serviceActions.endTyping}
            />
          )}
        </details>
      </section>
    );
  },
  // With a plan, the model's own calls and interval are not the day's either (each interval has its own).
  (a, b) =>
    sameExcept(
      a.model,
      b.model,
      a.model.dayPlan ? ['agents', 'callsPerInterval', 'intervalSec'] : ['agents'],
    ),
);

function DayCharts({
  model,
  plan,
  day,
  ctx,
}: {
  model: CallCentreModel;
  plan: DayPlan;
  day: Extract<DayPlanResult, { ok: true }>['value'];
  ctx: ReturnType<typeof useViewContext>;
}) {
  const staffing = dayStaffingView(model, plan, day, ctx);
  const sl = dayServiceLevelView(model, plan, day, ctx);
  return (
    <div className="day-charts">
      <ChartFrame view={staffing}>
        <CurvesChart view={staffing} height={360} />
      </ChartFrame>
      <ChartFrame view={sl}>
        <CurvesChart view={sl} height={320} />
      </ChartFrame>
    </div>
  );
}
