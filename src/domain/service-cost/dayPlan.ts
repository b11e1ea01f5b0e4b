import type { CallCentreModel } from '../project/types';
import { scheduledAgents } from './erlang';
import { queueModelOf } from './queueModel';

export type DayPlan = NonNullable<CallCentreModel['dayPlan']>;

export interface PlannedSlot {
  /** Minutes after midnight the slot starts (wrapping past midnight). */
  startMinute: number;
  calls: number;
  handleTimeSec: number;
  trafficErlangs: number;
  /** The fewest whole agents on the phones meeting the model's target (and limits) in this slot. */
  required: number;
  /** ⌈required ÷ (1 − shrinkage)⌉: the staff to schedule. */
  scheduled: number;
  /** Share of the slot's calls answered in time with the required agents. */
  serviceLevel: number;
  /** Staff rostered, agents that leaves on the phones (⌊rostered × (1 − shrinkage)⌋), and the service level they give. */
  roster: { rostered: number; onPhones: number; serviceLevel: number } | null;
}

export interface DayTotals {
  calls: number;
  /** Scheduled staff × slot hours, summed. */
  scheduledAgentHours: number;
  /** Paid time of the scheduled staff, plus the value lost with callers who hang up when that is counted. */
  cost: number;
  /** The day's service level with the required staffing: each slot's weighted by its calls. */
  serviceLevel: number;
  /** The same for the roster, over the slots that have one; null when none has. */
  roster: { agentHours: number; cost: number; serviceLevel: number; slots: number } | null;
}

export type DayPlanResult =
  | { ok: true; value: { slots: PlannedSlot[]; totals: DayTotals } }
  | { ok: false; error: { index: number; message: string } };

/** The slot of a model: its calls and handle time over the plan's slot length, everything else the model's. */
function slotModel(model: CallCentreModel, plan: DayPlan, index: number): CallCentreModel {
  const slot = plan.slots[index]!;
  return {
    ...model,
    callsPerInterval: slot.calls,
    intervalSec: plan.slotMinutes * 60,
    handleTimeSec: slot.handleTimeSec ?? model.handleTimeSec,
    dayPlan: null,
  };
}

/** One slot planned, with what it adds to the day's cost (and the roster's). */
interface SlotOutcome {
  slot: PlannedSlot;
  cost: number;
  rosterCost: number;
}

function planSlot(model: CallCentreModel, plan: DayPlan, i: number): SlotOutcome {
  const hours = plan.slotMinutes / 60;
  const lostPerCall = model.patienceSec === null ? 0 : (model.costPerAbandonedCall ?? 0);
  const m = slotModel(model, plan, i);
  const queue = queueModelOf(m);
  const required = m.callsPerInterval === 0 ? 0 : queue.requiredFor(model.serviceLevelTarget);
  const scheduled = scheduledAgents(required, model.shrinkage);
  const measures = m.callsPerInterval === 0 ? null : queue.at(required);
  const rostered = plan.slots[i]!.rostered;
  let roster: PlannedSlot['roster'] = null;
  let rosterCost = 0;
  if (rostered !== null) {
    const onPhones = Math.floor(rostered * (1 - model.shrinkage) + 1e-9);
    const at = m.callsPerInterval === 0 ? null : queue.at(onPhones);
    roster = { rostered, onPhones, serviceLevel: at?.serviceLevel ?? 1 };
    rosterCost =
      rostered * hours * model.costPerAgentHour + lostPerCall * m.callsPerInterval * (at?.probAbandon ?? 0);
  }
  return {
    slot: {
      startMinute: (plan.startMinute + i * plan.slotMinutes) % 1440,
      calls: m.callsPerInterval,
      handleTimeSec: m.handleTimeSec,
      trafficErlangs: queue.trafficErlangs,
      required,
      scheduled,
      serviceLevel: measures?.serviceLevel ?? 1,
      roster,
    },
    cost:
      scheduled * hours * model.costPerAgentHour +
      lostPerCall * m.callsPerInterval * (measures?.probAbandon ?? 0),
    rosterCost,
  };
}

/** The day's totals from its planned slots: sums, and service levels weighted by calls. */
function dayTotals(plan: DayPlan, outcomes: readonly SlotOutcome[]): DayTotals {
  const hours = plan.slotMinutes / 60;
  const totals = { calls: 0, scheduledAgentHours: 0, cost: 0, answeredInTime: 0 };
  const roster = { agentHours: 0, cost: 0, calls: 0, answeredInTime: 0, slots: 0 };
  for (const { slot, cost, rosterCost } of outcomes) {
    totals.calls += slot.calls;
    totals.scheduledAgentHours += slot.scheduled * hours;
    totals.cost += cost;
    totals.answeredInTime += slot.calls * slot.serviceLevel;
    if (slot.roster) {
      roster.slots += 1;
      roster.agentHours += slot.roster.rostered * hours;
      roster.cost += rosterCost;
      roster.calls += slot.calls;
      roster.answeredInTime += slot.calls * slot.roster.serviceLevel;
    }
  }
  return {
    calls: totals.calls,
    scheduledAgentHours: totals.scheduledAgentHours,
    cost: totals.cost,
    serviceLevel: totals.calls === 0 ? 1 : totals.answeredInTime / totals.calls,
    roster:
      roster.slots === 0
        ? null
        : {
            agentHours: roster.agentHours,
            cost: roster.cost,
            serviceLevel: roster.calls === 0 ? 1 : roster.answeredInTime / roster.calls,
            slots: roster.slots,
          },
  };
}

/** A day being planned a few slots at a time: `run` plans until `budgetMs` is spent; the result once done. */
export interface DayPlanner {
  run(budgetMs: number): DayPlanResult | null;
}

/**
 * `planDay` in pieces, for a page that must not block: at 100,000 calls a quarter-hour with callers who hang
 * up, a day takes ~100 ms, so the page plans it ~20 ms at a time between frames.
 */
export function dayPlanner(
  model: CallCentreModel,
  plan: DayPlan,
  now: () => number = () => performance.now(),
): DayPlanner {
  const outcomes: SlotOutcome[] = [];
  let result: DayPlanResult | null = null;
  return {
    run(budgetMs) {
      const until = now() + budgetMs;
      while (result === null) {
        const i = outcomes.length;
        if (i === plan.slots.length) {
          result = {
            ok: true,
            value: { slots: outcomes.map((o) => o.slot), totals: dayTotals(plan, outcomes) },
          };
          break;
        }
        try {
          outcomes.push(planSlot(model, plan, i));
        } catch (error) {
          result = { ok: false, error: { index: i, message: (error as Error).message } };
          break;
        }
        if (now() >= until && outcomes.length < plan.slots.length) return null;
      }
      return result;
    },
  };
}

/**
 * Plans a day slot by slot with the model's queue (Erlang C, or Erlang A when callers hang up), target,
 * limits and shrinkage: the agents each slot needs, the staff to schedule, the service level a roster gives,
 * and the day's totals with service levels weighted by calls. The first slot that cannot be computed is
 * reported with its index.
 */
export function planDay(model: CallCentreModel, plan: DayPlan): DayPlanResult {
  return dayPlanner(model, plan).run(Infinity)!;
}

/**
 * A flat day of `slotMinutes` slots carrying `callsPerDay` evenly from midnight (the course's DHL hotline:
 * 2,200 a day), in hundredths of a call that add up to the day exactly (the first slots take the spare ones).
 */
export function flatDay(callsPerDay: number, slotMinutes: DayPlan['slotMinutes']): DayPlan {
  const count = 1440 / slotMinutes;
  const cents = Math.round(callsPerDay * 100);
  const each = Math.floor(cents / count);
  return {
    slotMinutes,
    startMinute: 0,
    slots: Array.from({ length: count }, (_, i) => ({
      calls: (each + (i < cents % count ? 1 : 0)) / 100,
      handleTimeSec: null,
      rostered: null,
    })),
  };
}
