import { describe, expect, it } from 'vitest';
import { summariseForces } from '../../src/domain/forces/intensity';
import { FORCES } from '../../src/domain/project/schema';
import { scoringView } from '../../src/domain/strategy/analysis';
import { factorMatrix } from '../../src/domain/swot/factorMatrix';
import { forcesView, ifeEfeView } from '../../src/views/environmentViews';
import { cpmView, QSPM_NAMED_FACTORS, qspmView, valueCurveView } from '../../src/views/strategyViews';
import { example } from './example';
import { ctxEn, ctxZh } from './translate';

describe('five forces view', () => {
  it('has now and in three years per force on the 0–5 scale, the same series as a radar or as bars', () => {
    const project = example();
    const summary = summariseForces(project.forces);
    const bars = forcesView(project.forces, ctxEn, 'bar')!;
    const radar = forcesView(project.forces, ctxEn, 'radar')!;
    expect(bars.series[0]!.values).toEqual(FORCES.map((f) => summary.byForce[f].now));
    expect(bars.series[1]!.values).toEqual(FORCES.map((f) => summary.byForce[f].future));
    expect(radar.series).toEqual(bars.series);
    expect([bars.y.min, bars.y.max, bars.y.ticks]).toEqual([0, 5, [0, 1, 2, 3, 4, 5]]);
    expect(bars.valueLabels!.format(3.666)).toBe('3.7');
    expect(forcesView(example('zh-CN').forces, ctxZh)!.categories).toContain('潜在进入者');
  });
});

describe('IFE/EFE totals view', () => {
  it('plots both totals on 1–4 against the 2.5 average, coloured by their side of it', () => {
    const swot = example().swot;
    const view = ifeEfeView(swot, ctxEn)!;
    const ife = factorMatrix(swot, 'ife');
    expect(view.series[0]!.values[0]).toBe(ife.total);
    expect(view.references).toEqual([{ value: 2.5, label: 'average 2.5' }]);
    expect(view.categoryColours![0]).toBe(ife.total >= 2.5 ? '#0072B2' : '#D55E00');
    expect(view.title).toMatch(/^IFE and EFE totals: IFE \d\.\d\d, EFE \d\.\d\d$/);
    // Chinese: full-width colon in the title.
    expect(ifeEfeView(example('zh-CN').swot, ctxZh)!.title).toMatch(/：IFE/);
  });
});

describe('QSPM view', () => {
  const project = example();
  const scoring = scoringView(project);
  const view = qspmView(project, scoring, ctxEn)!;

  it('names at most six key factors and sums the rest as one grey “other” segment', () => {
    const drawn = scoring.counted.factors.filter((f) => scoring.status[f.id] === 'complete');
    expect(drawn.length).toBeGreaterThan(QSPM_NAMED_FACTORS + 1);
    expect(view.series).toHaveLength(QSPM_NAMED_FACTORS + 1);
    expect(view.series.at(-1)!.id).toBe('other');
    expect(view.series.at(-1)!.name).toContain(`(${drawn.length - QSPM_NAMED_FACTORS}:`);
    // The stack still adds up to each alternative's sum of TAS.
    project.strategy.alternatives.forEach((a, i) => {
      const stacked = view.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0);
      expect(stacked).toBeCloseTo(scoring.totals[a.id]!, 9);
    });
  });

  it('uses no colour for two factors', () => {
    const colours = view.series.map((s) => s.colour);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('keeps the value axis above the largest total, on round numbers', () => {
    const top = Math.max(...Object.values(scoring.totals).map(Number));
    expect(view.y.max).toBeGreaterThanOrEqual(top);
    expect(view.y.min).toBe(0);
  });
});

describe('competitive profile and value curves', () => {
  it('draw the firm solid and competitors dashed on fixed scales', () => {
    const project = example();
    const cpm = cpmView(project, ctxEn)!;
    expect(cpm.series.map((s) => s.dash)).toEqual(cpm.series.map((_, i) => i > 0));
    expect([cpm.y.min, cpm.y.max]).toEqual([0, 4]);
    const canvas = valueCurveView(project, ctxEn)!;
    expect(canvas.series[0]!.name).toBe('Us today');
    expect([canvas.y.min, canvas.y.max, canvas.y.ticks.length]).toEqual([0, 10, 6]);
    expect(canvas.categories).toHaveLength(project.strategy.valueFactors.length);
  });
});
