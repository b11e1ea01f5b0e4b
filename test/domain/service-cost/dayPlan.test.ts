import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CallCentreModel } from '../../../src/domain/project/types';
import { agentsForServiceLevel, callCentre } from '../../../src/domain/service-cost/erlang';
import { dayPlanner, flatDay, planDay, type DayPlan } from '../../../src/domain/service-cost/dayPlan';
import { dayPlanFromRows } from '../../../src/domain/service-cost/dayPlanRows';
import { newModel } from '../../../src/domain/service-cost/edit';
import { rebucket } from '../../../src/domain/service-cost/dayPlanEdit';

const model = { ...(newModel('callCentre', 'desk', 'desk') as CallCentreModel), maxOccupancy: null };

function plan(p: DayPlan) {
  const r = planDay(model, p);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('planDay', () => {
  // pyworkforce README: 100 calls per 30 minutes, 3 minutes each, 80% within 20 s → 14 agents, 20 scheduled
  // after 30% shrinkage (raw agents rounded up, then ÷ (1 − shrinkage) rounded up).
  it('a slot like pyworkforce’s needs 14 agents and 20 scheduled; a quiet one fewer; an empty one none', () => {
    const day = plan({
      slotMinutes: 30,
      startMinute: 8 * 60,
      slots: [
        { calls: 100, handleTimeSec: null, rostered: null },
        { calls: 40, handleTimeSec: null, rostered: null },
        { calls: 0, handleTimeSec: null, rostered: null },
      ],
    });
    expect(day.slots.map((s) => [s.startMinute, s.required, s.scheduled])).toEqual([
      [480, 14, 20],
      [
        510,
        agentsForServiceLevel({
          callsPerInterval: 40,
          intervalSec: 1800,
          handleTimeSec: 180,
          targetAnswerSec: 20,
          serviceLevel: 0.8,
        }),
        expect.any(Number),
      ],
      [540, 0, 0],
    ]);
    expect(day.totals.calls).toBe(140);
    // Scheduled hours: each slot's scheduled staff × half an hour; cost at 30 an hour.
    const hours = day.slots.reduce((s, x) => s + x.scheduled * 0.5, 0);
    expect(day.totals.scheduledAgentHours).toBe(hours);
    expect(day.totals.cost).toBeCloseTo(hours * 30, 9);
    // The day's service level weights each slot's by its calls.
    const weighted = (100 * day.slots[0]!.serviceLevel + 40 * day.slots[1]!.serviceLevel) / 140;
    expect(day.totals.serviceLevel).toBeCloseTo(weighted, 12);
    expect(day.totals.roster).toBeNull();
  });

  it('a slot’s own handle time and a roster: agents on the phones = ⌊rostered × (1 − shrinkage)⌋', () => {
    const day = plan({
      slotMinutes: 30,
      startMinute: 0,
      slots: [
        { calls: 100, handleTimeSec: 240, rostered: 20 },
        { calls: 100, handleTimeSec: null, rostered: null },
      ],
    });
    expect(day.slots[0]!.handleTimeSec).toBe(240);
    expect(day.slots[0]!.trafficErlangs).toBeCloseTo((100 * 240) / 1800, 12);
    expect(day.slots[0]!.roster).toEqual({
      rostered: 20,
      onPhones: 14,
      serviceLevel: callCentre({
        callsPerInterval: 100,
        intervalSec: 1800,
        handleTimeSec: 240,
        targetAnswerSec: 20,
        agents: 14,
      }).serviceLevel,
    });
    expect(day.totals.roster).toMatchObject({ slots: 1, agentHours: 10 });
  });

  // The course's DHL case: 2,200 calls a day, around the clock, 365 days a year.
  it('the DHL day: 2,200 calls in 48 half-hours, each slot staffed for the target, the day at or above it', () => {
    const dhl = { ...model, handleTimeSec: 240, targetAnswerSec: 13, serviceLevelTarget: 0.95 };
    const r = planDay(dhl, flatDay(2200, 30));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.slots).toHaveLength(48);
    expect(r.value.totals.calls).toBeCloseTo(2200, 6);
    expect(r.value.totals.serviceLevel).toBeGreaterThanOrEqual(0.95);
    expect(new Set(r.value.slots.map((s) => s.required)).size).toBe(1);
  });

  it('every slot meets the target with its required agents and not with one fewer (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 24 }), (calls) => {
        const day = plan({
          slotMinutes: 60,
          startMinute: 0,
          slots: calls.map((c) => ({ calls: c, handleTimeSec: null, rostered: null })),
        });
        for (const s of day.slots) {
          if (s.calls === 0) continue;
          expect(s.serviceLevel).toBeGreaterThanOrEqual(0.8);
          const fewer = callCentre({
            callsPerInterval: s.calls,
            intervalSec: 3600,
            handleTimeSec: 180,
            targetAnswerSec: 20,
            agents: s.required - 1,
          });
          expect(fewer.serviceLevel).toBeLessThan(0.8);
          expect(s.scheduled).toBe(Math.ceil(s.required / 0.7 - 1e-9));
        }
        expect(day.totals.serviceLevel).toBeGreaterThanOrEqual(0.8 - 1e-12);
      }),
      { numRuns: 40 },
    );
  });

  it('names the slot that cannot be computed', () => {
    const r = planDay({ ...model, maxOccupancy: 0.00001 }, flatDay(2200, 60));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.index).toBe(0);
  });
});

describe('dayPlanner (a day planned a piece at a time)', () => {
  // A clock that moves a millisecond each time it is read: a 3 ms budget plans a slot or two per piece.
  const ticking = () => {
    let t = 0;
    return () => (t += 1);
  };

  it('gives, piece by piece, exactly what planDay gives at once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            calls: fc.integer({ min: 0, max: 3000 }),
            rostered: fc.option(fc.integer({ min: 0, max: 60 })),
          }),
          { minLength: 1, maxLength: 24 },
        ),
        (rows) => {
          const day: DayPlan = {
            slotMinutes: 60,
            startMinute: 0,
            slots: rows.map((r) => ({ calls: r.calls, handleTimeSec: null, rostered: r.rostered })),
          };
          const planner = dayPlanner(model, day, ticking());
          let result = planner.run(3);
          let pieces = 1;
          while (result === null) {
            result = planner.run(3);
            pieces += 1;
          }
          expect(result).toEqual(planDay(model, day));
          if (rows.length > 3) expect(pieces).toBeGreaterThan(1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reports the slot that cannot be computed when its piece reaches it', () => {
    const planner = dayPlanner({ ...model, maxOccupancy: 0.00001 }, flatDay(2200, 60), ticking());
    expect(planner.run(3)).toEqual(planDay({ ...model, maxOccupancy: 0.00001 }, flatDay(2200, 60)));
  });
});

describe('dayPlanFromRows (pasted from a spreadsheet or read from CSV)', () => {
  it('reads a column of calls, a header, times, handle times and rosters', () => {
    const r = dayPlanFromRows(
      [
        ['Time', 'Calls', 'AHT', 'Staff'],
        ['08:00', '1,234', '200', '20'],
        ['08:30', '45.5', '', '18'],
        ['09:00', '60'],
      ],
      30,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        slotMinutes: 30,
        startMinute: 480,
        slots: [
          { calls: 1234, handleTimeSec: 200, rostered: 20 },
          { calls: 45.5, handleTimeSec: null, rostered: 18 },
          { calls: 60, handleTimeSec: null, rostered: null },
        ],
      },
    });
  });

  it('reads a European sheet: 1.234 is a thousand and more, 45,5 a decimal', () => {
    const r = dayPlanFromRows([['1.234'], ['45,5'], ['60']], 30);
    expect(r.ok && r.value.slots.map((s) => s.calls)).toEqual([1234, 45.5, 60]);
  });

  it('takes the interval length from times a quarter, half or whole hour apart (across midnight too)', () => {
    const quarterHours = Array.from({ length: 96 }, (_, i) => {
      const m = (i * 15 + 22 * 60) % 1440; // from 22:00 round to 21:45
      return [`${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`, '25000'];
    });
    const r = dayPlanFromRows(quarterHours, 30);
    expect(r.ok && [r.value.slotMinutes, r.value.startMinute, r.value.slots.length]).toEqual([15, 1320, 96]);
    const hours = dayPlanFromRows(
      [
        ['08:00', '5'],
        ['09:00', '6'],
      ],
      15,
    );
    expect(hours.ok && hours.value.slotMinutes).toBe(60);
    // Uneven times, or a step the plan does not offer, leave the plan's length.
    for (const times of [
      ['08:00', '08:30', '09:30'],
      ['08:00', '08:20', '08:40'],
    ]) {
      const uneven = dayPlanFromRows(
        times.map((t) => [t, '1']),
        30,
      );
      expect(uneven.ok && uneven.value.slotMinutes).toBe(30);
    }
  });

  it('reads one row of many numbers as the calls of each slot', () => {
    const r = dayPlanFromRows([['10', '20', '30', '40', '50']], 60);
    expect(r.ok && r.value.slots.map((s) => s.calls)).toEqual([10, 20, 30, 40, 50]);
  });

  it('says which line and column is wrong, and refuses more than a day', () => {
    expect(dayPlanFromRows([['10'], ['abc'], ['-5'], ['3', '10', '2.5']], 30)).toEqual({
      ok: false,
      problems: [
        { code: 'notNumber', line: 2, column: 1, value: 'abc' },
        { code: 'outOfRange', line: 3, column: 1, value: -5, min: 0, max: 100_000 },
        { code: 'notWhole', line: 4, column: 3, value: 2.5 },
      ],
    });
    expect(
      dayPlanFromRows(
        Array.from({ length: 25 }, () => ['1']),
        60,
      ),
    ).toEqual({
      ok: false,
      problems: [{ code: 'longerThanADay', count: 25, slotMinutes: 60 }],
    });
    expect(
      dayPlanFromRows(
        Array.from({ length: 97 }, () => ['1']),
        15,
      ),
    ).toMatchObject({ ok: false, problems: [{ code: 'tooMany' }] });
    expect(dayPlanFromRows([[''], []], 15)).toEqual({ ok: false, problems: [{ code: 'empty' }] });
  });

  it('never throws on any cells (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { maxLength: 5 }), { maxLength: 120 }), (rows) => {
        const r = dayPlanFromRows(rows, 15);
        if (r.ok) expect(r.value.slots.length).toBeGreaterThan(0);
        else expect(r.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('rebucket', () => {
  it('keeps the day’s calls when the interval length changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<DayPlan['slotMinutes']>(15, 30, 60),
        fc.constantFrom<DayPlan['slotMinutes']>(15, 30, 60),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 24 }),
        (from, to, calls) => {
          const p: DayPlan = {
            slotMinutes: from,
            startMinute: 0,
            slots: calls.map((c) => ({ calls: c, handleTimeSec: null, rostered: null })),
          };
          const out = rebucket(p, to);
          const total = (d: DayPlan) => d.slots.reduce((s, x) => s + x.calls, 0);
          expect(total(out)).toBeCloseTo(total(p), 0);
          expect(out.slots.length * to).toBeGreaterThanOrEqual(Math.min(1440, calls.length * from));
        },
      ),
    );
  });

  it('halves half-hours into quarter-hours and sums them back', () => {
    const p: DayPlan = {
      slotMinutes: 30,
      startMinute: 480,
      slots: [{ calls: 100, handleTimeSec: 200, rostered: 20 }],
    };
    expect(rebucket(p, 15).slots.map((s) => s.calls)).toEqual([50, 50]);
    expect(rebucket(rebucket(p, 15), 30)).toEqual({
      ...p,
      slots: [{ calls: 100, handleTimeSec: null, rostered: null }],
    });
  });
});
