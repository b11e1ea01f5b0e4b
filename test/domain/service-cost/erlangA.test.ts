import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callCentre } from '../../../src/domain/service-cost/erlang';
import { agentsForErlangA, erlangA, type ErlangAInput } from '../../../src/domain/service-cost/erlangA';
import { birthDeathErlangA } from './birthDeathChain';

// pyworkforce (rodrigo-arenas/pyworkforce), pyworkforce/queuing/tests/test_abandonment.py,
// test_erlanga_regression_metrics: 100 calls per 30 minutes, 3-minute handle time, 20 s target, mean patience
// 5 minutes, 14 agents — its figures come from the exact birth–death chain and, for the service level,
// uniformisation of the tagged caller's chain. Its service level has our definition (answered within the
// target over all offered); its "average speed of answer" is the mean wait over all calls (answered or not),
// Lq/λ = P(abandon) × mean patience by Little's law, where ours is the mean wait of the calls answered.
const pyworkforce = {
  callsPerInterval: 100,
  intervalSec: 1800,
  handleTimeSec: 180,
  targetAnswerSec: 20,
  patienceSec: 300,
};

describe('erlangA (pyworkforce test_abandonment.py)', () => {
  const r = erlangA({ ...pyworkforce, agents: 14 });

  it('14 agents: wait 0.14526, abandon 0.013984, occupancy 0.704297, service level 0.916792', () => {
    expect(r.probWait).toBeCloseTo(0.14526, 5);
    expect(r.probAbandon).toBeCloseTo(0.013984, 6);
    expect(r.occupancy).toBeCloseTo(0.704297, 6);
    expect(r.serviceLevel).toBeCloseTo(0.916792, 6);
  });

  it("pyworkforce's mean wait over all calls, 0.069919 min, is P(abandon) × patience", () => {
    expect((r.probAbandon * pyworkforce.patienceSec) / 60).toBeCloseTo(0.069919, 6);
  });

  it('meets pyworkforce required_positions targets (80%, occupancy ≤ 85%, abandon ≤ 5%) and one fewer does not', () => {
    const targets = { ...pyworkforce, serviceLevel: 0.8, maxOccupancy: 0.85, maxAbandonRate: 0.05 };
    const n = agentsForErlangA(targets);
    const at = erlangA({ ...pyworkforce, agents: n });
    expect(at.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(at.occupancy).toBeLessThanOrEqual(0.85);
    expect(at.probAbandon).toBeLessThanOrEqual(0.05);
    const below = erlangA({ ...pyworkforce, agents: n - 1 });
    expect(below.serviceLevel < 0.8 || below.occupancy > 0.85 || below.probAbandon > 0.05).toBe(true);
    // Callers who hang up free the queue: one agent fewer than Erlang C's 14 (CRAN ErlangC, pyworkforce README).
    expect(n).toBe(13);
  });
});

describe('erlangA against a numerical solution of the birth–death chain', () => {
  const cases: ErlangAInput[] = [
    { ...pyworkforce, agents: 14 },
    { ...pyworkforce, agents: 8 },
    { ...pyworkforce, agents: 11, patienceSec: 30 },
    { ...pyworkforce, agents: 20, targetAnswerSec: 0 },
    {
      callsPerInterval: 400,
      intervalSec: 900,
      handleTimeSec: 240,
      targetAnswerSec: 60,
      patienceSec: 90,
      agents: 95,
    },
    {
      callsPerInterval: 400,
      intervalSec: 900,
      handleTimeSec: 240,
      targetAnswerSec: 15,
      patienceSec: 600,
      agents: 120,
    },
  ];
  it.each(cases)('%o', (input) => {
    const exact = birthDeathErlangA(input);
    const r = erlangA(input);
    expect(r.probWait).toBeCloseTo(exact.probWait, 9);
    expect(r.probAbandon).toBeCloseTo(exact.probAbandon, 9);
    expect(r.occupancy).toBeCloseTo(exact.occupancy, 9);
    expect(r.serviceLevel).toBeCloseTo(exact.serviceLevel, 7);
    expect(r.averageSpeedOfAnswerSec).toBeCloseTo(exact.averageSpeedOfAnswerSec, 6);
  });
});

const inputs = fc.record({
  callsPerInterval: fc.integer({ min: 1, max: 3000 }),
  intervalSec: fc.constantFrom(900, 1800, 3600),
  handleTimeSec: fc.integer({ min: 30, max: 900 }),
  targetAnswerSec: fc.integer({ min: 0, max: 120 }),
  patienceSec: fc.integer({ min: 5, max: 1200 }),
});

describe('erlangA properties', () => {
  it('more agents: fewer hang up and more are answered in time', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 0, max: 400 }), (input, n) => {
        const fewer = erlangA({ ...input, agents: n });
        const more = erlangA({ ...input, agents: n + 1 });
        expect(more.probAbandon).toBeLessThanOrEqual(fewer.probAbandon + 1e-9);
        expect(more.serviceLevel).toBeGreaterThanOrEqual(fewer.serviceLevel - 1e-9);
        for (const v of [more.probWait, more.probAbandon, more.serviceLevel, more.occupancy])
          expect(v >= 0 && v <= 1).toBe(true);
      }),
    );
  });

  it('converges to Erlang C as patience grows', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 30 }), (input, extra) => {
        const agents = Math.floor((input.callsPerInterval / input.intervalSec) * input.handleTimeSec) + extra;
        const c = callCentre({ ...input, agents });
        // The gap shrinks like the mean wait over the mean patience: make that 1e−7 (the service level moves about 40 times as much).
        fc.pre(c.averageSpeedOfAnswerSec < 100);
        const patienceSec = 1e7 * Math.max(1, c.averageSpeedOfAnswerSec);
        const a = erlangA({ ...input, agents, patienceSec });
        expect(a.probWait).toBeCloseTo(c.probWait, 4);
        expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 4);
        expect(a.occupancy).toBeCloseTo(c.occupancy, 4);
        expect(a.probAbandon).toBeLessThan(1e-3);
      }),
    );
  });

  it('agentsForErlangA is the fewest agents meeting every target (against a walk up from 0)', () => {
    const targets = fc.record({
      serviceLevel: fc.option(fc.double({ min: 0.05, max: 0.99, noNaN: true }), { nil: undefined }),
      maxAbandonRate: fc.option(fc.double({ min: 0.005, max: 0.5, noNaN: true }), { nil: undefined }),
      maxOccupancy: fc.option(fc.double({ min: 0.5, max: 0.99, noNaN: true }), { nil: undefined }),
    });
    fc.assert(
      fc.property(inputs, targets, (input, t) => {
        fc.pre(
          t.serviceLevel !== undefined || t.maxAbandonRate !== undefined || t.maxOccupancy !== undefined,
        );
        const n = agentsForErlangA({ ...input, ...t });
        const meets = (agents: number) => {
          const r = erlangA({ ...input, agents });
          return (
            (t.serviceLevel === undefined || r.serviceLevel >= t.serviceLevel) &&
            (t.maxAbandonRate === undefined || r.probAbandon <= t.maxAbandonRate) &&
            (t.maxOccupancy === undefined || r.occupancy <= t.maxOccupancy)
          );
        };
        expect(meets(n)).toBe(true);
        for (let k = 0; k < n; k += 1) expect(meets(k)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe('erlangA bad input is reported', () => {
  it.each([0, -3, Number.NaN, Infinity])('patience %s', (patienceSec) => {
    expect(() => erlangA({ ...pyworkforce, patienceSec, agents: 14 })).toThrow(
      /patience must be a number of seconds above 0/,
    );
  });
  it('agents that are not whole', () => {
    expect(() => erlangA({ ...pyworkforce, agents: 13.5 })).toThrow(/whole number/);
  });
  it('targets that cannot be met or are missing', () => {
    expect(() => agentsForErlangA({ ...pyworkforce, serviceLevel: 1 })).toThrow(/below 1/);
    expect(() => agentsForErlangA({ ...pyworkforce, maxAbandonRate: 0 })).toThrow(
      /some callers always hang up/,
    );
    expect(() => agentsForErlangA({ ...pyworkforce })).toThrow(/give a service-level target/);
  });
  it('no calls need no agents; no agents answer nobody', () => {
    expect(agentsForErlangA({ ...pyworkforce, callsPerInterval: 0, serviceLevel: 0.8 })).toBe(0);
    expect(erlangA({ ...pyworkforce, agents: 0 })).toMatchObject({ probAbandon: 1, serviceLevel: 0 });
  });
});
