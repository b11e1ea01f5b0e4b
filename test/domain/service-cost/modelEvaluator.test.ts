import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ServiceModel } from '../../../src/domain/project/types';
import { newModel } from '../../../src/domain/service-cost/edit';
import { flatDay } from '../../../src/domain/service-cost/dayPlan';
import { createModelEvaluator, evaluateModel } from '../../../src/domain/service-cost/models';

const withOperating = (model: ServiceModel, v: number): ServiceModel =>
  model.kind === 'generic'
    ? { ...model, operatingServiceLevel: v }
    : model.kind === 'callCentre'
      ? { ...model, agents: Math.round(v) }
      : model.kind === 'inventory'
        ? { ...model, safetyStock: v }
        : model;

const kinds = ['generic', 'callCentre', 'inventory'] as const;
const operating = { generic: [0.5, 0.99], callCentre: [1, 40], inventory: [0, 400] } as const;

describe('createModelEvaluator (the memory behind a dragged slider)', () => {
  it('gives exactly what evaluateModel gives, for any sequence of operating values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }),
        (kind, fractions) => {
          const evaluate = createModelEvaluator();
          const base = newModel(kind, 'm', 'id');
          const [lo, hi] = operating[kind];
          for (const f of fractions) {
            const model = withOperating(base, lo + f * (hi - lo));
            expect(evaluate(model)).toEqual(evaluateModel(model));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps the very same curve arrays while only the operating point moves, so charts need not redraw', () => {
    for (const kind of kinds) {
      const evaluate = createModelEvaluator();
      const base = newModel(kind, 'm', 'id');
      const [lo, hi] = operating[kind];
      const a = evaluate(withOperating(base, lo + 0.3 * (hi - lo)));
      const b = evaluate(withOperating({ ...base, name: 'renamed' }, lo + 0.6 * (hi - lo)));
      expect(a.ok && b.ok).toBe(true);
      if (!a.ok || !b.ok) continue;
      expect(b.value.points).toBe(a.value.points);
      expect(b.value.operating).not.toEqual(a.value.operating);
    }
  });

  it('recomputes the curves when anything they depend on changes, and returns the same result for the same object', () => {
    const evaluate = createModelEvaluator();
    const model = newModel('generic', 'm', 'id');
    if (model.kind !== 'generic') throw new Error('generic expected');
    const first = evaluate(model);
    expect(evaluate(model)).toBe(first);
    const cheaper = { ...model, cost: { ...model.cost, params: { ...model.cost.params, a: 100_000 } } };
    const second = evaluate(cheaper);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.value.points).not.toBe(first.value.points);
    expect(second.value.points[0]!.cost).toBeCloseTo(first.value.points[0]!.cost - 100_000, 6);
  });

  it('keeps a call centre’s curves while only its day plan changes (the plan is planned on its own)', () => {
    const evaluate = createModelEvaluator();
    const call = newModel('callCentre', 'm', 'id');
    if (call.kind !== 'callCentre') throw new Error('call centre expected');
    const a = evaluate(call);
    const b = evaluate({ ...call, dayPlan: flatDay(4800, 30) });
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(b.value.points).toBe(a.value.points);
  });

  it('forgets the least recently used curves beyond its capacity', () => {
    const evaluate = createModelEvaluator(2);
    const call = newModel('callCentre', 'm', 'id');
    if (call.kind !== 'callCentre') throw new Error('call centre expected');
    const points = (m: ServiceModel) => {
      const r = evaluate(m);
      if (!r.ok) throw new Error(r.error.message);
      return r.value.points;
    };
    const [first, , last] = [200, 220, 240].map((calls) => points({ ...call, callsPerInterval: calls }));
    const again = points({ ...call, callsPerInterval: 200, agents: 20 });
    const recent = points({ ...call, callsPerInterval: 240, agents: 20 });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(recent).toBe(last);
  });
});
