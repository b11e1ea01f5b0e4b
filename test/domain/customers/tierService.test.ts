import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcAnalysis } from '../../../src/domain/customers/tiers';
import { suggestedPeriodsPerYear, tierService } from '../../../src/domain/customers/tierService';
import type { CallCentreModel } from '../../../src/domain/project/types';
import { evaluateModel } from '../../../src/domain/service-cost/models';

const settings = { a: 0.8, b: 0.95, tiers: { A: 'high', B: 'medium', C: 'low' } } as const;
// Course text (客户ABC分类): A ≈ 5% of customers with ≈ 80% of profit, B 15% / 15%, C 80% / 5%.
const segments = [
  { id: 'c', name: 'Small shops', value: 50_000, customers: 80 },
  { id: 'a', name: 'Key accounts', value: 800_000, customers: 5 },
  { id: 'b', name: 'Regional firms', value: 150_000, customers: 15 },
];
const classes = () => {
  const result = abcAnalysis(segments, settings);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.classes;
};

// CRAN package ErlangC 0.1.0 (Damonsoul, 2024), README: 100 calls per 30 minutes, 180 s handle time, 20 s
// target; with 14 agents the service level is 0.88835.
const desk: CallCentreModel = {
  id: 'desk',
  name: 'Key-account desk',
  note: '',
  baselineId: null,
  kind: 'callCentre',
  callsPerInterval: 100,
  intervalSec: 1800,
  handleTimeSec: 180,
  targetAnswerSec: 20,
  costPerAgentHour: 40,
  shrinkage: 0.3,
  maxOccupancy: null,
  patienceSec: null,
  maxAbandonRate: null,
  costPerAbandonedCall: null,
  maxBlocking: null,
  dayPlan: null,
  valuePerCallInTime: null,
  valueLink: null,
  serviceLevelTarget: 0.8,
  agents: 14,
};
const none = { modelId: null, periodsPerYear: 1 };

describe('tierService: what serving each ABC class costs', () => {
  it('gives a class its model’s service level today and its cost per period and per year', () => {
    const links = { A: { modelId: 'desk', periodsPerYear: 8760 }, B: none, C: none };
    const result = tierService(classes(), links, [
      { id: 'desk', name: desk.name, result: evaluateModel(desk) },
    ]);
    const a = result.classes[0]!;
    expect(a.model).toEqual({ id: 'desk', name: 'Key-account desk' });
    expect(a.serviceLevel).toBeCloseTo(0.88835, 5);
    // 14 agents ÷ (1 − 0.3) = 20 paid agents × 40 an hour × 0.5 h = 400 per interval.
    expect(a.costPerPeriod).toBeCloseTo(400, 9);
    expect(a.costPerYear).toBeCloseTo(400 * 8760, 6);
    expect(a.costPerCustomer).toBeCloseTo((400 * 8760) / 5, 6);
    expect(result.classes.slice(1).map((c) => [c.model, c.costPerYear, c.problem])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(result.total).toEqual({
      customers: 100,
      value: 1_000_000,
      costPerYear: a.costPerYear,
      costedClasses: 1,
    });
  });

  it('says when a class’s model is gone or cannot be evaluated, and leaves it out of the total', () => {
    const result = tierService(
      classes(),
      {
        A: { modelId: 'gone', periodsPerYear: 1 },
        B: { modelId: 'desk', periodsPerYear: 2 },
        C: { modelId: 'broken', periodsPerYear: 1 },
      },
      [
        { id: 'desk', name: desk.name, result: evaluateModel(desk) },
        { id: 'broken', name: 'Broken', result: { ok: false, error: { field: 'x', message: 'no' } } },
      ],
    );
    expect(result.classes.map((c) => c.problem)).toEqual(['modelUnknown', null, 'modelError']);
    expect(result.total.costedClasses).toBe(1);
    expect(result.total.costPerYear).toBeCloseTo(800, 9);
  });

  it('scales cost linearly with the periods a year, and the total is the sum of the classes (property)', () => {
    const result = evaluateModel(desk);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 3, maxLength: 3 }),
        ([pa, pb, pc]) => {
          const out = tierService(
            classes(),
            {
              A: { modelId: 'desk', periodsPerYear: pa! },
              B: { modelId: 'desk', periodsPerYear: pb! },
              C: { modelId: 'desk', periodsPerYear: pc! },
            },
            [{ id: 'desk', name: 'd', result }],
          );
          const perPeriod = out.classes[0]!.costPerPeriod!;
          expect(out.classes.map((c) => c.costPerYear! / perPeriod)).toEqual([
            expect.closeTo(pa!, 6),
            expect.closeTo(pb!, 6),
            expect.closeTo(pc!, 6),
          ]);
          expect(out.total.costPerYear).toBeCloseTo(perPeriod * (pa! + pb! + pc!), 0);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('suggests a call centre’s intervals around the clock for a year, and 1 for other models', () => {
    expect(suggestedPeriodsPerYear(desk)).toBe(17_520);
    expect(suggestedPeriodsPerYear({ kind: 'callCentre', intervalSec: 900 })).toBe(35_040);
    expect(suggestedPeriodsPerYear({ kind: 'inventory' })).toBe(1);
  });
});
