import { describe, expect, it } from 'vitest';
import { scoringView } from '../../src/domain/strategy/analysis';
import { readFileSync } from 'node:fs';
import { LIMITS } from '../../src/domain/project/limits';
import { parseProject } from '../../src/domain/project/parseProject';
import { TORNADO_ROWS, tornadoMax, tornadoView } from '../../src/views/tornadoView';
import { atLimitsProject } from '../bench/atLimitsProject.mjs';
import { example } from './example';
import { ctxEn, ctxZh } from './translate';

describe('tornado view', () => {
  it('runs the axis to the weights’ total rounded up to a tenth, never past 1', () => {
    expect(tornadoMax([0.2, 0.15, 0.1])).toBe(0.5);
    expect(tornadoMax([0.2, 0.2, 0.21])).toBe(0.7);
    expect(tornadoMax([0.5, 0.5, 0.5])).toBe(1);
    expect(tornadoMax([0.3, 0.3])).toBe(0.6);
  });

  it('has a row per key factor, the most sensitive first, today’s weight inside the axis', () => {
    const project = example();
    const scoring = scoringView(project);
    const view = tornadoView(project, scoring, ctxEn)!;
    expect(view.rows).toHaveLength(scoring.ranges.length);
    const shifts = view.rows.map((r) => scoring.ranges.find((x) => x.factorId === r.id)!.shift ?? Infinity);
    expect([...shifts].sort((a, b) => a - b)).toEqual(shifts);
    expect(view.x.max).toBe(tornadoMax(scoring.counted.weights));
    for (const row of view.rows) {
      expect(row.value).toBeGreaterThanOrEqual(view.x.min);
      expect(row.value).toBeLessThanOrEqual(view.x.max);
    }
    expect(view.x.ticks[0]).toBe(0);
    expect(view.x.ticks.at(-1)).toBeCloseTo(view.x.max, 9);
    expect(view.legend.today).toBe('Weight today');
  });

  it('draws the factors that move the lead soonest when there are too many to read, and tables them all', () => {
    const raw: unknown = JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8'));
    const parsed = parseProject(atLimitsProject(raw, LIMITS));
    if (!parsed.ok) throw new Error('the project at the limits does not load');
    const scoring = scoringView(parsed.value);
    expect(scoring.ranges.length).toBeGreaterThan(TORNADO_ROWS);
    const view = tornadoView(parsed.value, scoring, ctxEn)!;
    expect(view.rows).toHaveLength(TORNADO_ROWS);
    const shift = (id: string) => scoring.ranges.find((r) => r.factorId === id)!.shift ?? Infinity;
    const drawn = new Set(view.rows.map((r) => r.id));
    const worstDrawn = Math.max(...view.rows.map((r) => shift(r.id)));
    for (const r of scoring.ranges)
      if (!drawn.has(r.factorId)) expect(r.shift ?? Infinity).toBeGreaterThanOrEqual(worstDrawn);
    expect(view.subtitle).toContain(`${TORNADO_ROWS} key factors (of ${scoring.ranges.length})`);
    expect(view.table().rows).toHaveLength(1 + scoring.ranges.length);
  });

  it('is worded in Chinese for a Chinese user', () => {
    const project = example('zh-CN');
    const view = tornadoView(project, scoringView(project), ctxZh)!;
    expect(view.subtitle).toContain('权重');
    expect(view.legend.flip).toBe('领先者改变');
  });

  it('is absent until two alternatives are scored', () => {
    const project = example();
    const bare = { ...project, strategy: { ...project.strategy, alternatives: [] } };
    expect(tornadoView(bare, scoringView(bare), ctxEn)).toBeNull();
  });
});
