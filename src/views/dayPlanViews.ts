import { formatSharePercent } from '../i18n/format';
import type { CallCentreModel, ServiceModel } from '../domain/project/types';
import { planDay, type DayPlan, type PlannedSlot } from '../domain/service-cost/dayPlan';
import { roundTo } from './scale';
import { serviceCostSource } from './serviceCostView';
import { PALETTE } from './theme';
import type { CurvesView, ViewAxis, ViewContext, ViewSeries } from './types';
import { dataAxis, fixedAxis } from './valueAxis';

type Planned = { slots: PlannedSlot[]; totals: { serviceLevel: number } };

/** "08:30" for minutes after midnight (wrapping past it). */
export function clockTime(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Hours from the plan's start (not wrapped, so a night shift's line runs on), ticked every 3 hours. */
function hourAxis(plan: DayPlan, ctx: ViewContext): { axis: ViewAxis; x: number[] } {
  const x = plan.slots.map((_, i) => (plan.startMinute + i * plan.slotMinutes) / 60);
  const min = plan.startMinute / 60;
  const max = min + (plan.slots.length * plan.slotMinutes) / 60;
  const ticks: number[] = [];
  for (let h = Math.ceil(min / 3) * 3; h <= max + 1e-9; h += 3) ticks.push(h);
  return {
    x,
    axis: {
      title: ctx.t('dayPlan.axisTime'),
      min,
      max,
      ticks,
      decimals: 0,
      format: (v) => clockTime(v * 60),
    },
  };
}

function slotTable(model: CallCentreModel, day: Planned, ctx: ViewContext) {
  const { t } = ctx;
  const roster = day.slots.some((s) => s.roster !== null);
  return {
    name: t('dayPlan.csvName', { name: model.name }),
    rows: [
      [
        t('dayPlan.colTime'),
        t('dayPlan.colCalls'),
        t('dayPlan.colAht'),
        t('dayPlan.colRequired'),
        t('dayPlan.colScheduled'),
        t('dayPlan.colSl'),
        ...(roster ? [t('dayPlan.colRostered'), t('dayPlan.colOnPhones'), t('dayPlan.colRosterSl')] : []),
      ],
      ...day.slots.map((s) => [
        clockTime(s.startMinute),
        roundTo(s.calls, 2),
        s.handleTimeSec,
        s.required,
        s.scheduled,
        roundTo(s.serviceLevel * 100, 2),
        ...(roster
          ? [
              s.roster?.rostered ?? null,
              s.roster?.onPhones ?? null,
              s.roster ? roundTo(s.roster.serviceLevel * 100, 2) : null,
            ]
          : []),
      ]),
    ],
  };
}

/**
 * The day's calls (left axis) and the staff they need (right axis: agents on the phones, staff to schedule
 * after shrinkage, and the roster where one is typed), slot by slot across the day.
 */
export function dayStaffingView(
  model: CallCentreModel,
  plan: DayPlan,
  day: Planned,
  ctx: ViewContext,
): CurvesView {
  const { t } = ctx;
  const { x, axis } = hourAxis(plan, ctx);
  const agents: ViewSeries[] = [
    {
      id: 'required',
      name: t('dayPlan.required'),
      colour: PALETTE.sky,
      dash: true,
      right: true,
      x,
      values: day.slots.map((s) => s.required),
    },
    {
      id: 'scheduled',
      name: t('dayPlan.scheduled'),
      colour: PALETTE.blue,
      right: true,
      x,
      values: day.slots.map((s) => s.scheduled),
    },
  ];
  if (day.slots.some((s) => s.roster !== null))
    agents.push({
      id: 'rostered',
      name: t('dayPlan.rostered'),
      colour: PALETTE.green,
      dash: true,
      right: true,
      x,
      values: day.slots.map((s) => s.roster?.rostered ?? null),
    });
  const calls: ViewSeries = {
    id: 'calls',
    name: t('dayPlan.calls', { minutes: plan.slotMinutes }),
    colour: PALETTE.orange,
    x,
    values: day.slots.map((s) => s.calls),
  };
  const peak = day.slots.reduce((best, s) => (s.scheduled > best.scheduled ? s : best), day.slots[0]!);
  return {
    kind: 'curves',
    id: `dayStaffing:${model.id}`,
    title: t('dayPlan.staffingTitle', { name: model.name }),
    subtitle: t('dayPlan.staffingSubtitle', { minutes: plan.slotMinutes }),
    source: serviceCostSource(model, ctx),
    summary: t('dayPlan.staffingSummary', {
      peak: ctx.number(peak.scheduled),
      time: clockTime(peak.startMinute),
      sl: formatSharePercent(day.totals.serviceLevel, ctx.language),
    }),
    x: axis,
    y: dataAxis(t('dayPlan.axisCalls', { minutes: plan.slotMinutes }), calls.values, ctx),
    y2: dataAxis(t('dayPlan.axisAgents'), [0, ...agents.flatMap((s) => s.values)], ctx),
    series: [calls, ...agents],
    marks: [],
    table: () => slotTable(model, day, ctx),
  };
}

/** The share of calls answered in time in each slot: with the staffing each needs, and with the roster. */
export function dayServiceLevelView(
  model: CallCentreModel,
  plan: DayPlan,
  day: Planned,
  ctx: ViewContext,
): CurvesView {
  const { t } = ctx;
  const { x, axis } = hourAxis(plan, ctx);
  const series: ViewSeries[] = [
    {
      id: 'target',
      name: t('dayPlan.target', { pct: ctx.fixed(model.serviceLevelTarget * 100, 1) }),
      colour: PALETTE.black,
      dash: true,
      x,
      values: day.slots.map(() => model.serviceLevelTarget * 100),
    },
    {
      id: 'required',
      name: t('dayPlan.slRequired'),
      colour: PALETTE.blue,
      x,
      values: day.slots.map((s) => s.serviceLevel * 100),
    },
  ];
  if (day.slots.some((s) => s.roster !== null))
    series.push({
      id: 'roster',
      name: t('dayPlan.slRoster'),
      colour: PALETTE.vermillion,
      x,
      values: day.slots.map((s) => (s.roster ? s.roster.serviceLevel * 100 : null)),
    });
  const low = Math.min(...series.flatMap((s) => s.values).filter((v): v is number => v !== null));
  const floor = Math.max(0, Math.floor(low / 10) * 10);
  return {
    kind: 'curves',
    id: `dayServiceLevel:${model.id}`,
    title: t('dayPlan.slTitle', { name: model.name }),
    subtitle: t('dayPlan.slSubtitle', { target: model.targetAnswerSec }),
    source: serviceCostSource(model, ctx),
    summary: t('dayPlan.slSummary', { sl: formatSharePercent(day.totals.serviceLevel, ctx.language) }),
    x: axis,
    y: { ...fixedAxis(t('dayPlan.axisSl'), floor, 100, floor >= 80 ? 5 : 10, ctx), unit: '%' },
    series,
    marks: [],
    table: () => slotTable(model, day, ctx),
  };
}

/**
 * A call centre's day-plan charts (calls and staff; service level per interval), or none when it has no
 * plan or the plan cannot be computed: what the report, the deck and the checks of every view draw.
 */
export function dayPlanViews(model: ServiceModel, ctx: ViewContext): CurvesView[] {
  if (model.kind !== 'callCentre' || !model.dayPlan) return [];
  const day = planDay(model, model.dayPlan);
  if (!day.ok) return [];
  return [
    dayStaffingView(model, model.dayPlan, day.value, ctx),
    dayServiceLevelView(model, model.dayPlan, day.value, ctx),
  ];
}
