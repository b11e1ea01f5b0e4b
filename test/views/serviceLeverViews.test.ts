import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/domain/service-cost/models';
import { serviceCostSentences } from '../../src/views/serviceCostView';
import { leverView, marginalView } from '../../src/views/serviceLeverViews';
import { example } from './example';
import { ctxEn } from './translate';

function generic() {
  const model = example().serviceModels.find((m) => m.kind === 'generic')!;
  const r = evaluateModel(model);
  if (!r.ok) throw new Error('the example generic model does not evaluate');
  return { model, view: r.value };
}

describe('the marginal view', () => {
  it('marks the optimum where marginal cost meets marginal revenue, and says it as the page does', () => {
    const { model, view } = generic();
    const chart = marginalView(model, view, ctxEn)!;
    const mark = chart.marks[0]!;
    const [cost, revenue] = chart.series;
    const i = cost!.x!.findIndex((x) => x >= mark.x);
    // At the crossing both curves are within a point's step of the mark's height.
    expect(Math.abs(cost!.values[i]! - revenue!.values[i]!)).toBeLessThan(
      Math.abs(revenue!.values[0]! - cost!.values[0]!),
    );
    expect(mark.y).toBeCloseTo(cost!.values[i]!, 0);
    expect(chart.summary).toBe(serviceCostSentences(view, ctxEn).optimum);
  });

  it('reads an optimum at the range’s very end off the last point, not the first', () => {
    const { model, view } = generic();
    const last = view.points.at(-1)!;
    const chart = marginalView(
      model,
      { ...view, optimum: { ...last, serviceLevel: last.serviceLevel + 1e-12 } },
      ctxEn,
    )!;
    expect(chart.marks[0]!.y).toBeCloseTo((last.marginalCost ?? 0) / 100, 6);
  });

  it('is null for a call centre, whose lever view has cost on a right-hand axis', () => {
    const model = example().serviceModels.find((m) => m.kind === 'callCentre')!;
    const r = evaluateModel(model);
    if (!r.ok) throw new Error('no call centre');
    expect(marginalView(model, r.value, ctxEn)).toBeNull();
    const lever = leverView(model, r.value, ctxEn)!;
    expect(lever.series.filter((s) => s.right).map((s) => s.id)).toEqual(['cost']);
    expect([lever.y.min, lever.y.max]).toEqual([0, 100]);
    expect(lever.y2!.max).toBeGreaterThanOrEqual(Math.max(...r.value.points.map((p) => p.cost)));
  });
});
