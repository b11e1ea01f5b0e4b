import { describe, expect, it } from 'vitest';
import type { CallCentreModel } from '../../../src/domain/project/types';
import { agentsForServiceLevel, scheduledAgents } from '../../../src/domain/service-cost/erlang';
import { erlangA } from '../../../src/domain/service-cost/erlangA';
import { evaluateModel } from '../../../src/domain/service-cost/models';

// pyworkforce's cases (README; queuing/tests/test_abandonment.py and test_erlang_b.py): 100 calls per 30
// minutes, 3-minute calls, 80% within 20 s, 85% occupancy at most, 30% shrinkage; callers hang up after 5
// minutes on average.
const model: CallCentreModel = {
  id: 'c',
  name: 'c',
  note: '',
  baselineId: null,
  kind: 'callCentre',
  callsPerInterval: 100,
  intervalSec: 1800,
  handleTimeSec: 180,
  targetAnswerSec: 20,
  costPerAgentHour: 30,
  shrinkage: 0.3,
  maxOccupancy: 0.85,
  patienceSec: 300,
  maxAbandonRate: null,
  costPerAbandonedCall: null,
  maxBlocking: null,
  dayPlan: null,
  valuePerCallInTime: 5,
  valueLink: null,
  serviceLevelTarget: 0.8,
  agents: 12,
};

function view(m: CallCentreModel) {
  const r = evaluateModel(m);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('a call centre whose callers hang up (Erlang A)', () => {
  it('needs 13 agents where Erlang C needs 14, and schedules 19 after 30% shrinkage', () => {
    const v = view(model);
    expect(v.callCentre).toMatchObject({ formula: 'erlangA', requiredAgents: 13, scheduledAgents: 19 });
    const fourteen = v.points.find((p) => p.lever === 14)!;
    expect(fourteen.queue!.probAbandon).toBeCloseTo(0.013984, 6);
    expect(fourteen.serviceLevel).toBeCloseTo(0.916792, 6);
    // Little's law: callers waiting on average = P(abandon) × calls per second × patience.
    expect(fourteen.queue!.queueLength).toBeCloseTo(0.013984 * (100 / 1800) * 300, 5);
  });

  it('is never "unstable": below the traffic callers leave instead of queueing for ever', () => {
    const v = view({ ...model, agents: 8 });
    expect(v.callCentre!.unstable).toBe(false);
    expect(v.operating.serviceLevel).toBeGreaterThan(0);
    expect(v.points[0]!.lever).toBeLessThan(10);
  });

  it('counts the value each lost caller takes with them in the cost', () => {
    const lost = view({ ...model, costPerAbandonedCall: 20 });
    const at12 = lost.operating;
    // Whole staff are paid: 12 on the phones need ⌈12 / 0.7⌉ = 18 scheduled, half an hour at 30.
    const staff = 18 * 30 * 0.5;
    expect(at12.cost).toBeCloseTo(
      staff + 20 * 100 * erlangA({ ...model, patienceSec: 300, agents: 12 }).probAbandon,
      9,
    );
    // Lost callers make understaffing dearer: the most profitable staffing does not fall.
    expect(lost.optimum!.lever!).toBeGreaterThanOrEqual(view(model).optimum!.lever!);
  });

  it('meets a maximum abandonment rate', () => {
    const v = view({ ...model, maxAbandonRate: 0.001 });
    const n = v.callCentre!.requiredAgents;
    expect(erlangA({ ...model, patienceSec: 300, agents: n }).probAbandon).toBeLessThanOrEqual(0.001);
    expect(erlangA({ ...model, patienceSec: 300, agents: n - 1 }).probAbandon).toBeGreaterThan(0.001);
  });

  it('refuses more calls within a patience than it computes, with the way out', () => {
    const r = evaluateModel({
      ...model,
      callsPerInterval: 100_000,
      intervalSec: 300,
      handleTimeSec: 60,
      patienceSec: 3600,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/leave it empty to use Erlang C/);
  });

  it('on a wide range finds the same optimum as every count would (whole staff: a zigzagging profit)', () => {
    for (const [shrinkage, value] of [
      [0.3, 3],
      [0.15, 1.5],
      [0.35, 2.2],
    ] as const) {
      const wide = {
        ...model,
        callsPerInterval: 20_000,
        intervalSec: 1800,
        maxOccupancy: null,
        shrinkage,
        valuePerCallInTime: value,
      };
      const v = view(wide);
      expect(v.callCentre!.agentStep).toBeGreaterThan(1);
      let best = { n: 0, profit: -Infinity };
      for (let n = v.points[0]!.lever!; n <= v.points.at(-1)!.lever!; n += 1) {
        const r = erlangA({ ...wide, patienceSec: 300, agents: n });
        const profit = value * 20_000 * r.serviceLevel - scheduledAgents(n, shrinkage) * 30 * 0.5;
        if (profit > best.profit) best = { n, profit };
      }
      expect(v.optimum!.lever, `shrinkage ${shrinkage}`).toBe(best.n);
    }
  });
});

describe('high targets and lines', () => {
  // The course's DHL case as the example holds it: 2,200 calls a day around the clock (91.7 an hour),
  // 13 s target; Erlang C never reaches 100%, and each extra nine costs more agents.
  const dhl = {
    ...model,
    patienceSec: null,
    callsPerInterval: 2200 / 24,
    intervalSec: 3600,
    handleTimeSec: 240,
    targetAnswerSec: 13,
    serviceLevelTarget: 0.95,
    maxOccupancy: null,
  };

  it('shows agents and cost at 80%, 90%, 95%, 99%, 99.9% and 99.99%, each the fewest for its target', () => {
    const rows = view(dhl).callCentre!.highTargets;
    expect(rows.map((r) => r.serviceLevel)).toEqual([0.8, 0.9, 0.95, 0.99, 0.999, 0.9999]);
    for (const row of rows)
      expect(row.agents).toBe(
        agentsForServiceLevel({ ...dhl, maxOccupancy: undefined, serviceLevel: row.serviceLevel }),
      );
    expect(rows[0]!.costPerExtraPoint).toBeNull();
    // Each row's extra cost is spread over its extra points; the nines get dearer per point.
    const perPoint = rows.slice(1).map((r) => r.costPerExtraPoint!);
    expect(perPoint.at(-1)!).toBeGreaterThan(perPoint[0]!);
    expect(rows.at(-1)!.scheduledAgents).toBe(Math.ceil(rows.at(-1)!.agents! / 0.7));
  });

  it('gives the lines for a blocking target (Erlang B): 10 Erlangs at most 2% → 17', () => {
    expect(view({ ...model, maxBlocking: 0.02 }).callCentre!.lines).toBe(17);
  });
});
