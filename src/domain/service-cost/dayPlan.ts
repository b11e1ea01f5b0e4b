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

/**
 * Plans a day slot by slot with the model's queue (Erlang C, or Erlang A when callers hang up), target,
 * limits and shrinkage: the agents each slot needs, the staff to schedule, the service level a roster gives,
 * and the day's totals with service levels weighted by calls. The first slot that cannot be computed is
 * reported with its index.
 */
export function planDay(model: CallCentreModel, plan: DayPlan): DayPlanResult {
  const hours = plan.slotMinutes / 60;
  const lostPerCall = model.patienceSec === null ? 0 : (model.costPerAbandonedCall ?? 0);
  const slots: PlannedSlot[] = [];
  const totals = { calls: 0, scheduledAgentHours: 0, cost: 0, answeredInTime: 0 };
  const roster = { agentHours: 0, cost: 0, calls: 0, answeredInTime: 0, slots: 0 };
  for (let i = 0; i < plan.slots.length; i += 1) {
    const m = slotModel(model, plan, i);
    try {
      const queue = queueModelOf(m);
      const required = m.callsPerInterval === 0 ? 0 : queue.requiredFor(model.serviceLevelTarget);
      const scheduled = scheduledAgents(required, model.shrinkage);
      const measures = m.callsPerInterval === 0 ? null : queue.at(required);
      const serviceLevel = measures?.serviceLevel ?? 1;
      totals.calls += m.callsPerInterval;
      totals.scheduledAgentHours += scheduled * hours;
      totals.cost +=
        scheduled * hours * model.costPerAgentHour +
        lostPerCall * m.callsPerInterval * (measures?.probAbandon ?? 0);
      totals.answeredInTime += m.callsPerInterval * serviceLevel;
      const rostered = plan.slots[i]!.rostered;
      let slotRoster: PlannedSlot['roster'] = null;
      if (rostered !== null) {
        const onPhones = Math.floor(rostered * (1 - model.shrinkage) + 1e-9);
        const at = m.callsPerInterval === 0 ? null : queue.at(onPhones);
        slotRoster = { rostered, onPhones, serviceLevel: at?.serviceLevel ?? 1 };
        roster.slots += 1;
        roster.agentHours += rostered * hours;
        roster.cost +=
          rostered * hours * model.costPerAgentHour +
          lostPerCall * m.callsPerInterval * (at?.probAbandon ?? 0);
        roster.calls += m.callsPerInterval;
        roster.answeredInTime += m.callsPerInterval * slotRoster.serviceLevel;
      }
      slots.push({
        startMinute: (plan.startMinute + i * plan.slotMinutes) % 1440,
        calls: m.callsPerInterval,
        handleTimeSec: m.handleTimeSec,
        trafficErlangs: queue.trafficErlangs,
        required,
        scheduled,
        serviceLevel,
        roster: slotRoster,
      });
    } catch (error) {
      return { ok: false, error: { index: i, message: (error as Error).message } };
    }
  }
  return {
    ok: true,
    value: {
      slots,
      totals: {
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
      },
    },
  };
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
