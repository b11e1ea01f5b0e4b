import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agentsForServiceLevel,
  callCentre,
  callCentreSeries,
  erlangB,
  erlangC,
  trafficErlangs,
} from '../../../src/domain/service-cost/erlang';

// CRAN package ErlangC 0.1.0 (Damonsoul, 2024), README and reference manual, examples of erlang_c() and
// calculate_agents(): 100 calls per 30 minutes, 180 s handle time, 20 s answer target.
const example = { callsPerInterval: 100, intervalSec: 1800, handleTimeSec: 180, targetAnswerSec: 20 };

describe('callCentre (published example: CRAN ErlangC)', () => {
  it('with 14 agents: 10 Erlangs, wait 0.1741319, service level 0.88835, ASA 7.8359 s, occupancy 0.7142857', () => {
    const r = callCentre({ ...example, agents: 14 });
    expect(r.trafficErlangs).toBe(10);
    expect(r.probWait).toBeCloseTo(0.1741319, 7);
    expect(r.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(r.averageSpeedOfAnswerSec).toBeCloseTo(7.83593701177724, 9);
    expect(r.occupancy).toBeCloseTo(0.7142857, 7);
    expect(r.queueLength).toBeCloseTo((0.1741319 * 10) / 4, 6);
  });

  it('with 11 agents: wait 0.6821182, service level 0.3896138', () => {
    const r = callCentre({ ...example, agents: 11 });
    expect(r.probWait).toBeCloseTo(0.6821182, 7);
    expect(r.serviceLevel).toBeCloseTo(0.3896138, 7);
  });

  it('needs 14 agents for 80% within 20 s at most 85% occupancy', () => {
    expect(agentsForServiceLevel({ ...example, serviceLevel: 0.8, maxOccupancy: 0.85 })).toBe(14);
    expect(agentsForServiceLevel({ ...example, serviceLevel: 0.8 })).toBe(14);
  });

  it('says the queue is unstable when agents do not exceed the traffic', () => {
    expect(callCentre({ ...example, agents: 10 })).toEqual({
      trafficErlangs: 10,
      probWait: 1,
      serviceLevel: 0,
      averageSpeedOfAnswerSec: Infinity,
      occupancy: 1,
      queueLength: Infinity,
    });
  });

  it.each([
    [{ ...example, agents: 14, handleTimeSec: 0 }, /handle time must be > 0/],
    [{ ...example, agents: 14, callsPerInterval: -5 }, /calls per interval must be ≥ 0/],
    [{ ...example, agents: 14, intervalSec: 0 }, /interval must be > 0/],
    [{ ...example, agents: -1 }, /agents must be a number ≥ 0/],
  ])('reports out-of-range input %#', (input, message) => {
    expect(() => callCentre(input)).toThrow(message);
  });

  it('refuses a service level of 1 or more: it would take infinite agents', () => {
    expect(() => agentsForServiceLevel({ ...example, serviceLevel: 1 })).toThrow(/infinite agents/);
  });
});

describe('erlangB and erlangC', () => {
  it('match the Erlang B table: 10 trunks at 5 Erlangs block 1.84%', () => {
    // Erlang B table (e.g. ITU-T E.800 series traffic tables): B(10, 5) = 0.018385
    expect(erlangB(10, 5)).toBeCloseTo(0.018385, 6);
    expect(erlangB(0, 5)).toBe(1);
    expect(erlangB(3, 0)).toBe(0);
  });

  it('give the recursion’s own numbers whatever was asked before (the kept tables; property)', () => {
    const recursion = (n: number, a: number) => {
      let b = 1;
      for (let k = 1; k <= n; k += 1) b = (a * b) / (k + a * b);
      return b;
    };
    fc.assert(
      fc.property(
        // Several traffics asked in any order, so that tables are grown, reused and dropped.
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(0, 0.5, 7, 7.25, 180, 2500)), {
          minLength: 1,
          maxLength: 12,
        }),
        (asks) => {
          for (const [n, a] of asks) expect(erlangB(n, a)).toBe(recursion(n, a));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stay finite for thousands of agents, where factorials overflow', () => {
    const c = erlangC(10_000, 9_800);
    expect(Number.isFinite(c)).toBe(true);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
    expect(erlangC(200, 180)).toBeGreaterThan(0);
  });

  it('support fractional agents continuously, never floored', () => {
    const b = [10, 10.25, 10.5, 10.75, 11].map((n) => erlangB(n, 8));
    b.slice(1).forEach((v, i) => expect(v).toBeLessThan(b[i]!));
    expect(erlangB(10 + 1e-9, 8)).toBeCloseTo(erlangB(10, 8), 8);
    expect(erlangB(11 - 1e-9, 8)).toBeCloseTo(erlangB(11, 8), 8);
    // Both ways of computing the fractional base (series for small traffic, continued fraction above) agree.
    expect(erlangB(0.5, 2.49)).toBeCloseTo(erlangB(0.5, 2.51), 2);
  });

  it('erlang C is 1 when agents do not exceed the traffic', () => {
    expect(erlangC(5, 5)).toBe(1);
    expect(erlangC(4.5, 5)).toBe(1);
  });

  it('blocking and waiting fall as agents are added (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (a, n, step) => {
          const b1 = erlangB(n, a);
          const b2 = erlangB(n + step, a);
          expect(b1).toBeGreaterThanOrEqual(0);
          expect(b1).toBeLessThanOrEqual(1);
          expect(b2).toBeLessThanOrEqual(b1 + 1e-12);
          expect(erlangC(n + step, a)).toBeLessThanOrEqual(erlangC(n, a) + 1e-12);
        },
      ),
    );
  });

  it('service level rises with agents (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 10, max: 900 }),
        fc.integer({ min: 1, max: 60 }),
        (calls, aht, extra) => {
          const base = {
            callsPerInterval: calls,
            intervalSec: 1800,
            handleTimeSec: aht,
            targetAnswerSec: 20,
          };
          const a = (calls / 1800) * aht;
          const n = Math.floor(a) + 1;
          const low = callCentre({ ...base, agents: n });
          const high = callCentre({ ...base, agents: n + extra });
          expect(high.serviceLevel).toBeGreaterThanOrEqual(low.serviceLevel - 1e-12);
          expect(Number.isFinite(high.averageSpeedOfAnswerSec)).toBe(true);
        },
      ),
    );
  });

  it('the staffing search returns the smallest number that meets the target (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1500 }),
        fc.integer({ min: 30, max: 600 }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        (calls, aht, sl) => {
          const base = {
            callsPerInterval: calls,
            intervalSec: 1800,
            handleTimeSec: aht,
            targetAnswerSec: 20,
          };
          const n = agentsForServiceLevel({ ...base, serviceLevel: sl });
          expect(callCentre({ ...base, agents: n }).serviceLevel).toBeGreaterThanOrEqual(sl);
          if (n - 1 > (calls / 1800) * aht)
            expect(callCentre({ ...base, agents: n - 1 }).serviceLevel).toBeLessThan(sl);
        },
      ),
    );
  });
});

describe('agentsForServiceLevel with an occupancy limit', () => {
  it('returns the smallest number that meets both the target and the occupancy limit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1500 }),
        fc.integer({ min: 30, max: 600 }),
        fc.double({ min: 0.5, max: 0.95, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (calls, aht, sl, maxOccupancy) => {
          const base = {
            callsPerInterval: calls,
            intervalSec: 1800,
            handleTimeSec: aht,
            targetAnswerSec: 20,
          };
          const meets = (agents: number) => {
            const r = callCentre({ ...base, agents });
            return r.serviceLevel >= sl && r.occupancy <= maxOccupancy;
          };
          const n = agentsForServiceLevel({ ...base, serviceLevel: sl, maxOccupancy });
          expect(meets(n)).toBe(true);
          if (n - 1 > (calls / 1800) * aht) expect(meets(n - 1)).toBe(false);
        },
      ),
    );
  });

  // Issue 11: an occupancy limit of 0.001% at 100,000 Erlangs asked for 10¹⁰ agents, walked one at a time.
  it('says so when more agents would be needed than a model holds, without counting up to them', () => {
    const input = { callsPerInterval: 100_000, intervalSec: 1800, handleTimeSec: 1800, targetAnswerSec: 20 };
    expect(() => agentsForServiceLevel({ ...input, serviceLevel: 0.8, maxOccupancy: 0.00001 })).toThrow(
      /more than 100,000 agents .* maximum occupancy of 0\.001%/,
    );
    expect(() =>
      agentsForServiceLevel({ ...input, serviceLevel: 0.8, maxOccupancy: Number.MIN_VALUE }),
    ).toThrow(/more than 100,000 agents/);
    // 99,000 Erlangs at most 99.5% occupied need 99,498 agents: under the limit, and still found.
    expect(
      agentsForServiceLevel({ ...input, callsPerInterval: 99_000, serviceLevel: 0.5, maxOccupancy: 0.995 }),
    ).toBe(99_498);
  });
});

describe('callCentreSeries', () => {
  // The course's DHL hotline: 2,200 calls a day is about 46 per half hour.
  const input = { callsPerInterval: 46, intervalSec: 1800, handleTimeSec: 300, targetAnswerSec: 13 };

  it('gives exactly what callCentre gives for each agent count, in one pass (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 60, max: 3600 }),
        fc.integer({ min: 10, max: 900 }),
        fc.integer({ min: 1, max: 40 }),
        (calls, intervalSec, handleTimeSec, count) => {
          const base = { callsPerInterval: calls, intervalSec, handleTimeSec, targetAnswerSec: 20 };
          const from = Math.floor((calls / intervalSec) * handleTimeSec) + 1;
          const series = callCentreSeries(base, from, count);
          series.forEach((r, i) => {
            const one = callCentre({ ...base, agents: from + i });
            expect(r.serviceLevel).toBeCloseTo(one.serviceLevel, 12);
            expect(r.probWait).toBeCloseTo(one.probWait, 12);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('stops where asked', () => {
    const from = Math.floor(trafficErlangs(46, 1800, 300)) + 1;
    const series = callCentreSeries(input, from, 100, (r) => r.serviceLevel > 0.99);
    expect(series.at(-1)!.serviceLevel).toBeGreaterThan(0.99);
    expect(series.at(-2)!.serviceLevel).toBeLessThanOrEqual(0.99);
  });

  it('computes the largest traffic the model allows, and refuses more with a reason', () => {
    // 100,000 Erlangs: the one pass of the recursion reaches the first stable agent count in ~1e5 steps.
    const big = { callsPerInterval: 100_000, intervalSec: 1800, handleTimeSec: 1800, targetAnswerSec: 20 };
    const series = callCentreSeries(big, 100_001, 3000, (r) => r.serviceLevel > 0.999);
    expect(series.at(-1)!.serviceLevel).toBeGreaterThan(0.999);
    expect(() => trafficErlangs(2_200_000, 1800, 300)).toThrow(/model computes up to 100,000/);
  });
});
