import { describe, expect, it } from 'vitest';
import type { ServiceModel } from '../../src/domain/project/types';
import { evaluateModel, type ModelView } from '../../src/domain/service-cost/models';
import { serviceCostView } from '../../src/views/serviceCostView';
import { scenarioView } from '../../src/views/scenarioView';
import { example } from './example';
import { ctxEn, ctxZh } from './translate';

function evaluated(model: ServiceModel): ModelView {
  const r = evaluateModel(model);
  if (!r.ok) throw new Error(`${model.name} does not evaluate`);
  return r.value;
}

const project = example();
const byKind = (kind: ServiceModel['kind']) => project.serviceModels.find((m) => m.kind === kind)!;

describe('service level vs cost view', () => {
  it('plots the domain’s points: x in %, cost, revenue and profit as computed', () => {
    const model = byKind('callCentre');
    const result = evaluated(model);
    const view = serviceCostView(model, result, ctxEn);
    expect(view.id).toBe(`service:${model.id}`);
    expect(view.series.map((s) => s.id)).toEqual(['cost', 'revenue', 'profit']);
    expect(view.series[0]!.x).toEqual(result.points.map((p) => p.serviceLevel * 100));
    expect(view.series[0]!.values).toEqual(result.points.map((p) => p.cost));
    expect(view.series[2]!.values).toEqual(result.points.map((p) => p.profit));
  });

  it('says what each kind measures and cites only its own method', () => {
    const call = serviceCostView(byKind('callCentre'), evaluated(byKind('callCentre')), ctxEn);
    const generic = serviceCostView(byKind('generic'), evaluated(byKind('generic')), ctxEn);
    const stock = serviceCostView(byKind('inventory'), evaluated(byKind('inventory')), ctxEn);
    const target = (byKind('callCentre') as Extract<ServiceModel, { kind: 'callCentre' }>).targetAnswerSec;
    expect(call.subtitle).toContain(`within ${target} s`);
    expect(call.source).toContain('Erlang C');
    for (const v of [generic, stock]) expect(v.source).not.toContain('Erlang');
    expect(stock.source).toContain('Chopra');
    expect(stock.subtitle).toContain('safety stock');
    // Chinese: the course's words, Erlang C kept as Erlang C, full-width punctuation.
    const zh = serviceCostView(byKind('callCentre'), evaluated(byKind('callCentre')), ctxZh);
    expect(zh.source).toContain('Erlang C');
    expect(zh.source).not.toContain('爱尔兰 C');
    expect(zh.subtitle).toMatch(/（%）$/);
  });

  it('puts both axes on round numbers that hold every point', () => {
    for (const model of project.serviceModels) {
      const view = serviceCostView(model, evaluated(model), ctxEn);
      const xs = view.series.flatMap((s) => s.x!);
      const ys = view.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
      expect(view.x.min).toBeLessThanOrEqual(Math.min(...xs));
      expect(view.x.max).toBeGreaterThanOrEqual(Math.min(100, Math.max(...xs)));
      expect(view.x.max).toBeLessThanOrEqual(100);
      expect(view.y.min).toBeLessThanOrEqual(Math.min(0, ...ys));
      expect(view.y.max).toBeGreaterThanOrEqual(Math.max(...ys));
      for (const axis of [view.x, view.y]) {
        const step = axis.ticks[1]! - axis.ticks[0]!;
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect(
          [1, 2, 2.5, 5].some((m) => Math.abs(mantissa - m) < 1e-9),
          model.name,
        ).toBe(true);
        expect(axis.ticks.every((v) => Math.abs(v / step - Math.round(v / step)) < 1e-9)).toBe(true);
      }
      expect(view.x.format(80)).toBe('80%');
    }
  });

  it('labels the optimum and today with the same one-decimal service level as the caption', () => {
    // The example's hotline is staffed at its optimum: three agents more, and today is past it.
    const hotline = byKind('callCentre');
    const model = hotline.kind === 'callCentre' ? { ...hotline, agents: hotline.agents + 3 } : hotline;
    const result = evaluated(model);
    const view = serviceCostView(model, result, ctxEn);
    const optimum = view.marks.find((m) => m.id === 'optimum')!;
    const today = view.marks.find((m) => m.id === 'today')!;
    const sl = (p: { serviceLevel: number }) => (p.serviceLevel * 100).toFixed(1);
    expect(optimum.label).toBe(`Optimum ${sl(result.optimum!)}%`);
    expect(today.label).toBe(`Today ${sl(result.operating)}%`);
    expect(view.summary).toContain(`${sl(result.optimum!)}%`);
    expect(view.summary).toContain(`${sl(result.operating)}%`);
    // Their labels go on opposite sides, so that they never cover each other.
    expect(optimum.side).not.toBe(today.side);
    expect(today.y).toBe(result.operating.profit);
  });

  it('keeps the curves (same objects) while only today’s point moves', () => {
    const model = byKind('callCentre');
    const result = evaluated(model);
    const a = serviceCostView(model, result, ctxEn);
    const other = result.points.find(
      (p) => p.serviceLevel > 0 && p.serviceLevel !== result.optimum?.serviceLevel,
    )!;
    const b = serviceCostView(model, { ...result, operating: other }, ctxEn);
    expect(b.series).toBe(a.series);
    expect(b.x).toBe(a.x);
    expect(b.marks.find((m) => m.id === 'today')!.x).toBe(other.serviceLevel * 100);
    // Another language is a new drawing.
    expect(serviceCostView(model, result, ctxZh).series).not.toBe(a.series);
  });

  it('today at the optimum is one mark that says so (two labels on one point were drawn over each other)', () => {
    const model = byKind('callCentre');
    const result = evaluated(model);
    const view = serviceCostView(model, { ...result, operating: result.optimum! }, ctxEn);
    expect(view.marks.map((m) => [m.id, m.label])).toEqual([
      ['optimum', `Today = optimum ${ctxEn.fixed(result.optimum!.serviceLevel * 100, 1)}%`],
    ]);
  });

  it('writes its points to CSV with the lever column for call centres and inventory', () => {
    const model = byKind('inventory');
    const view = serviceCostView(model, evaluated(model), ctxEn);
    expect(view.table().rows[0]).toEqual(['Service level (%)', 'Safety stock', 'Cost', 'Revenue', 'Profit']);
    expect(view.table().rows).toHaveLength(evaluated(model).points.length + 1);
  });
});

describe('scenario view', () => {
  it('draws the baseline solid and each scenario dashed, each today marked, moves in the summary', () => {
    const baseline = project.serviceModels.find((m) => m.id === 'm-call')!;
    const scenario = project.serviceModels.find((m) => m.baselineId === baseline.id)!;
    const drawn = [baseline, scenario].map((model) => ({ model, view: evaluated(model) }));
    const view = scenarioView(baseline, drawn, ctxEn);
    expect(view.series.map((s) => s.dash ?? false)).toEqual([false, true]);
    expect(view.marks.map((m) => m.name)).toEqual([`${baseline.name}: Today`, `${scenario.name}: Today`]);
    expect(view.marks[1]!.y).toBe(drawn[1]!.view.operating.cost);
    expect(view.summary).toContain(`${baseline.name}: `);
    expect(view.summary).toMatch(/\((Baseline|baseline)\)/);
    expect(view.x.min).toBeLessThanOrEqual(Math.min(...view.series.flatMap((s) => s.x!)));
  });
});
