import { LIMITS } from '../project/limits';
import type { DayPlan } from './dayPlan';

export type DaySlot = DayPlan['slots'][number];

/** The plan with slot `index` changed. */
export function setSlot(plan: DayPlan, index: number, patch: Partial<DaySlot>): DayPlan {
  return { ...plan, slots: plan.slots.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

/**
 * The same day in slots of another length: calls are spread evenly over each old slot's minutes and summed
 * into the new slots (so the day's calls stay the same), covering as many minutes as before (at most a day).
 * Handle times and rosters belong to the old slots and are dropped.
 */
export function rebucket(plan: DayPlan, slotMinutes: DayPlan['slotMinutes']): DayPlan {
  if (slotMinutes === plan.slotMinutes) return plan;
  const covered = Math.min(1440, plan.slots.length * plan.slotMinutes);
  const count = Math.min(LIMITS.daySlots, Math.max(1, Math.ceil(covered / slotMinutes)));
  const calls = new Array<number>(count).fill(0);
  plan.slots.forEach((slot, i) => {
    const from = i * plan.slotMinutes;
    const perMinute = slot.calls / plan.slotMinutes;
    for (
      let j = Math.floor(from / slotMinutes);
      j < count && j * slotMinutes < from + plan.slotMinutes;
      j += 1
    ) {
      const overlap =
        Math.min(from + plan.slotMinutes, (j + 1) * slotMinutes) - Math.max(from, j * slotMinutes);
      if (overlap > 0) calls[j]! += perMinute * overlap;
    }
  });
  return {
    slotMinutes,
    startMinute: plan.startMinute,
    slots: calls.map((c) => ({ calls: Math.round(c * 100) / 100, handleTimeSec: null, rostered: null })),
  };
}
