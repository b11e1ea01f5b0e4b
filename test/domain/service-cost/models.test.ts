import { describe, expect, it } from 'vitest';
import type { CallCentreModel, GenericModel, InventoryModel } from '../../../src/domain/project/types';
import { CALL_CENTRE_POINTS, evaluateModel } from '../../../src/domain/service-cost/models';
import { callCentreSeries } from '../../../src/domain/service-cost/erlang';

const generic: GenericModel = {
  id: 'g',
  name: 'g',
  note: '',
  baselineId: null,
  kind: 'generic',
  cost: { family: 'hyperbolic', params: { a: 500, b: 100, k: 1 }, formula: '' },
  revenue: { family: 'formula', params: { m: 10_000 }, formula: 'm * s' },
  range: { from: 0.5, to: 0.99 },
  operatingServiceLevel: 0.8,
};

describe('evaluateModel', () => {
  it('a generic model with a typed revenue formula finds the optimum and today’s point', () => {
    const r = evaluateModel(generic);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.optimum!.serviceLevel).toBeCloseTo(0.9, 5);
    expect(r.value.operating).toEqual({
      serviceLevel: 0.8,
      cost: expect.closeTo(1000, 9),
      revenue: 8000,
      profit: expect.closeTo(7000, 9),
    });
    expect(r.value.points).toHaveLength(201);
    expect(r.value.points.every((p) => Number.isFinite(p.profit!))).toBe(true);
    expect(r.value.extraPointCosts.map((x) => x.to)).toContain(0.99);
  });

  it('a bad formula is reported with its field and position', () => {
    const r = evaluateModel({ ...generic, revenue: { ...generic.revenue, formula: 'm * t' } });
    expect(r).toEqual({
      ok: false,
      error: { field: 'revenue.formula', message: 'Unknown name t; use s, m, pi, e', index: 4 },
    });
  });

  it('a range reaching 100% with a cost that explodes there is refused, not drawn as NaN', () => {
    const r = evaluateModel({ ...generic, range: { from: 0.5, to: 1 } });
    expect(r.ok || r.error.message).toMatch(/infinite at a service level of 1/);
  });

  it('a call centre gives staffing, the cost of each service level and the most profitable staffing', () => {
    // CRAN ErlangC example sizes: 100 calls per 30 minutes, 180 s, 20 s target, 80% → 14 agents.
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
      patienceSec: null,
      maxAbandonRate: null,
      costPerAbandonedCall: null,
      maxBlocking: null,
      dayPlan: null,
      valuePerCallInTime: 5,
      valueLink: null,
      serviceLevelTarget: 0.8,
      agents: 12,
    };
    const r = evaluateModel(model);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.callCentre).toMatchObject({
      trafficErlangs: 10,
      requiredAgents: 14,
      scheduledAgents: 20,
      unstable: false,
      agentStep: 1,
      formula: 'erlangC',
      lines: null,
    });
    const fourteen = r.value.points.find((p) => p.lever === 14)!;
    expect(fourteen.serviceLevel).toBeCloseTo(0.88835, 5);
    expect(fourteen.queue).toMatchObject({
      probWait: expect.closeTo(0.1741319, 7),
      occupancy: expect.closeTo(10 / 14, 9),
    });
    expect(fourteen.cost).toBeCloseTo((14 / 0.7) * 30 * 0.5, 9);
    expect(fourteen.revenue).toBeCloseTo(5 * 100 * 0.88835, 3);
    const best = r.value.optimum!;
    expect(r.value.points.every((p) => p.profit! <= best.profit!)).toBe(true);
    expect(r.value.operating.lever).toBe(12);
  });

  // Issue 11: at 100,000 calls the example's 85% occupancy limit put 1,200 agent counts on the curve and in the
  // staffing table, and the page took 470 ms to draw them.
  it('a wide staffing range shows every k-th agent count and the steep part whole, with the required and the best', () => {
    const model: CallCentreModel = {
      id: 'c',
      name: 'c',
      note: '',
      baselineId: null,
      kind: 'callCentre',
      callsPerInterval: 100_000,
      intervalSec: 3600,
      handleTimeSec: 240,
      targetAnswerSec: 13,
      costPerAgentHour: 60,
      shrinkage: 0.3,
      maxOccupancy: 0.85,
      patienceSec: null,
      maxAbandonRate: null,
      costPerAbandonedCall: null,
      maxBlocking: null,
      dayPlan: null,
      valuePerCallInTime: 12,
      valueLink: null,
      serviceLevelTarget: 0.8,
      agents: 7000,
    };
    const r = evaluateModel(model);
    if (!r.ok) throw new Error(r.error.message);
    const { points, callCentre, optimum } = r.value;
    expect(points.length).toBeLessThanOrEqual(CALL_CENTRE_POINTS + 100);
    expect(callCentre!.agentStep).toBeGreaterThan(1);
    const levers = points.map((p) => p.lever!);
    expect(levers).toEqual([...levers].sort((a, b) => a - b));
    expect(new Set(levers).size).toBe(levers.length);
    expect(levers[0]).toBe(6667);
    expect(levers).toContain(callCentre!.requiredAgents);
    expect(points).toContain(optimum);
    // The optimum is the best of every agent count, not only of those shown.
    const base = { callsPerInterval: 100_000, intervalSec: 3600, handleTimeSec: 240, targetAnswerSec: 13 };
    const all = callCentreSeries(base, 6667, levers.at(-1)! - 6667 + 1);
    const profit = (sl: number, n: number) => 12 * 100_000 * sl - (n / 0.7) * 60;
    const bestOfAll = Math.max(...all.map((q, i) => profit(q.serviceLevel, 6667 + i)));
    expect(optimum!.profit).toBeCloseTo(bestOfAll, 6);
    // The steep part stays whole: a count left out is within a point of service level of the one shown before it.
    let shown = all[0]!;
    all.forEach((q, i) => {
      if (levers.includes(6667 + i)) shown = q;
      else expect(Math.abs(q.serviceLevel - shown.serviceLevel)).toBeLessThan(0.01);
    });
    expect(levers.slice(0, 25)).toEqual(Array.from({ length: 25 }, (_, i) => 6667 + i));
  });

  it('an inventory model traces service level against the holding cost of safety stock', () => {
    const model: InventoryModel = {
      id: 'i',
      name: 'i',
      note: '',
      baselineId: null,
      kind: 'inventory',
      demandPerPeriod: 2500,
      demandStdDevPerPeriod: 500,
      leadTimePeriods: 2,
      leadTimeStdDevPeriods: 0,
      orderQuantity: 10_000,
      holdingCostPerUnitPerPeriod: 0.5,
      safetyStock: 1000,
    };
    const r = evaluateModel(model);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.operating.serviceLevel).toBeCloseTo(0.92, 2);
    expect(r.value.operating.fillRate).toBeCloseTo(0.9975, 4);
    expect(r.value.operating.cost).toBe(500);
    const costs = r.value.extraPointCosts.map((x) => x.extraCost);
    costs.slice(1).forEach((c, i) => expect(c).toBeGreaterThan(costs[i]!));
  });
});

describe('call-centre productivity (Grönroos and Ojasalo)', () => {
  it('splits revenue/cost into revenue per call × calls per paid agent-hour × paid hours per unit of cost', async () => {
    const { callCentreProductivity } = await import('../../../src/domain/service-cost/scenarioSeries');
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
      maxOccupancy: null,
      patienceSec: null,
      maxAbandonRate: null,
      costPerAbandonedCall: null,
      maxBlocking: null,
      dayPlan: null,
      valuePerCallInTime: 5,
      valueLink: null,
      serviceLevelTarget: 0.8,
      agents: 14,
    };
    const r = evaluateModel(model);
    if (!r.ok) throw new Error(r.error.message);
    const p = callCentreProductivity(model, r.value)!;
    const paidHours = (14 / 0.7) * 0.5;
    expect(p.capacityEfficiency).toBeCloseTo(100 / paidHours, 12);
    expect(p.internalEfficiency).toBeCloseTo(paidHours / (paidHours * 30), 12);
    expect(p.externalEfficiency).toBeCloseTo((5 * 100 * 0.88835) / 100, 4);
    expect(p.productivity).toBeCloseTo(r.value.operating.revenue! / r.value.operating.cost, 12);
  });
});

describe('a formula that gives a non-finite value', () => {
  it('is reported against the formula field with the inputs that caused it', () => {
    const r = evaluateModel({
      ...generic,
      cost: { family: 'formula', params: { a: 1 }, formula: 'a / (1 - s)' },
      range: { from: 0.5, to: 1 },
    });
    expect(r).toEqual({
      ok: false,
      error: {
        field: 'cost.formula',
        message: expect.stringMatching(/^The formula gives Infinity at a = 1, s = 1$/),
      },
    });
  });
});
