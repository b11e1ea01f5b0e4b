import { bench, describe } from 'vitest';
import type { CallCentreModel } from '../../src/domain/project/types';
import { planDay, type DayPlan } from '../../src/domain/service-cost/dayPlan';
import { newModel } from '../../src/domain/service-cost/edit';
import { agentsForErlangA, erlangA } from '../../src/domain/service-cost/erlangA';

// A day of 96 quarter-hours whose calls rise from a night trough to a peak of 100,000 calls an hour
// (25,000 a quarter-hour) at noon; 3-minute calls, callers hang up after 5 minutes on average, 80% in 20 s.
const day = Array.from({ length: 96 }, (_, i) =>
  Math.round(25_000 * (0.55 - 0.45 * Math.cos((2 * Math.PI * i) / 96))),
);
const base = {
  intervalSec: 900,
  handleTimeSec: 180,
  targetAnswerSec: 20,
  patienceSec: 300,
  serviceLevel: 0.8,
};

describe('Erlang A staffing for a 96-interval day peaking at 100,000 calls an hour', () => {
  bench('agentsForErlangA (Erlang B carried in one pass, doubling + binary search)', () => {
    for (const callsPerInterval of day) agentsForErlangA({ ...base, callsPerInterval });
  });
  bench(
    'naive: erlangA from scratch for each candidate, walking up from the lower bound',
    () => {
      for (const callsPerInterval of day) {
        const traffic = (callsPerInterval / base.intervalSec) * base.handleTimeSec;
        for (let n = Math.max(0, Math.floor(0.8 * traffic) - 1); ; n += 1)
          if (erlangA({ ...base, callsPerInterval, agents: n }).serviceLevel >= 0.8) break;
      }
    },
    { iterations: 2, time: 0 },
  );
});

describe('a day plan of 96 quarter-hours peaking at 100,000 calls an hour, callers who hang up (planDay)', () => {
  const model = {
    ...(newModel('callCentre', 'day', 'day') as CallCentreModel),
    patienceSec: 300,
    maxOccupancy: null,
    handleTimeSec: 180,
  };
  const plan: DayPlan = {
    slotMinutes: 15,
    startMinute: 0,
    slots: day.map((calls) => ({ calls, handleTimeSec: null, rostered: Math.round(calls / 4) })),
  };
  bench('planDay (required, scheduled, roster service level, totals)', () => {
    planDay(model, plan);
  });
});
