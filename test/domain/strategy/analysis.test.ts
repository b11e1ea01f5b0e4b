import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../../src/domain/project/defaults';
import type { Project } from '../../../src/domain/project/types';
import { scoringView } from '../../../src/domain/strategy/analysis';
import {
  addEntry,
  dashRow,
  newCriterion,
  setScore,
  setStrategy,
  setWeightRescaled,
  updateEntry,
} from '../../../src/domain/strategy/edit';
import { addItem, updateItem } from '../../../src/domain/swot/edit';

const CL = 'alt-costLeadership';
const DI = 'alt-differentiation';

function project(): Project {
  let p = createBlankProject('P', '2026-11-25T10:00:00.000Z', 'p');
  p = setStrategy(p, { alternatives: p.strategy.alternatives.slice(0, 2) });
  for (const [q, id, weight] of [
    ['strengths', 's1', 0.6],
    ['weaknesses', 'w1', 0.4],
    ['opportunities', 'o1', 0.7],
    ['threats', 't1', 0.3],
    ['threats', 't2', null],
  ] as const) {
    p = addItem(p, q, id, undefined, id);
    p = updateItem(p, id, { weight });
  }
  return p;
}

describe('scoringView (QSPM over the weighted SWOT items)', () => {
  it('takes the weighted items as key factors, IFE then EFE, and counts only rows that are ready', () => {
    let p = project();
    p = setScore(setScore(p, CL, 's1', 4), DI, 's1', 2);
    p = setScore(setScore(p, CL, 'o1', 1), DI, 'o1', 3);
    p = dashRow(p, 'w1');
    p = setScore(p, CL, 't1', 2); // differentiation not scored yet
    const v = scoringView(p);
    expect(v.factors.map((f) => f.label)).toEqual(['S1', 'W1', 'O1', 'T1']);
    expect(v.weightSums).toMatchObject({ internal: 1, external: 1 });
    expect(v.status).toEqual({ s1: 'complete', w1: 'dash', o1: 'complete', t1: 'incomplete' });
    expect(v.pending).toBe(1);
    // CL: 0.6×4 + 0.7×1 = 3.1; DI: 0.6×2 + 0.7×3 = 3.3.
    expect(v.totals[CL]).toBeCloseTo(3.1, 12);
    expect(v.totals[DI]).toBeCloseTo(3.3, 12);
    expect(v.ranking).toEqual([DI, CL]);
    expect(v.tas[CL]).toEqual({ s1: expect.closeTo(2.4, 12), w1: 0, o1: expect.closeTo(0.7, 12) });
    // Differentiation leads; raising the weight of S1 (where cost leadership is stronger) flips it.
    const s1 = v.ranges.find((r) => r.factorId === 's1')!;
    expect(s1.upper).not.toBeNull();
    expect(s1.upperChallenger).toBe(0);
  });

  it('flags a row where some alternatives have a dash and others a score', () => {
    let p = project();
    p = setScore(p, CL, 's1', null);
    p = setScore(p, DI, 's1', 3);
    expect(scoringView(p).status.s1).toBe('mixed');
  });

  it('in criteria mode scores the team’s own weighted criteria on 1–5', () => {
    let p = setStrategy(project(), { mode: 'criteria' });
    p = addEntry(p, 'criteria', newCriterion('Cost to serve', 'c1'));
    p = addEntry(p, 'criteria', newCriterion('Speed', 'c2'));
    p = updateEntry(p, 'criteria', 'c1', { weight: 0.25 });
    p = updateEntry(p, 'criteria', 'c2', { weight: 0.75 });
    p = setScore(setScore(p, CL, 'c1', 5), DI, 'c1', 2);
    p = setScore(setScore(p, CL, 'c2', 2), DI, 'c2', 4);
    const v = scoringView(p);
    expect(v.factors.map((f) => f.label)).toEqual(['C1', 'C2']);
    expect(v.weightSums.criteria).toBe(1);
    expect(v.totals[CL]).toBeCloseTo(2.75, 12);
    expect(v.totals[DI]).toBeCloseTo(3.5, 12);
    expect(v.problems).toEqual([]);
  });

  it('reports a score outside the QSPM scale instead of counting it', () => {
    let p = project();
    p = setScore(setScore(p, CL, 's1', 5), DI, 's1', 2);
    const v = scoringView(p);
    expect(v.problems.map((e) => e.code)).toEqual(['qspmBadScore']);
  });
});

describe('setWeightRescaled', () => {
  it('sets one weight and rescales the other counted factors so the sum stays, which moves the leader at the flip weight', () => {
    let p = project();
    p = setScore(setScore(p, CL, 's1', 4), DI, 's1', 1);
    p = setScore(setScore(p, CL, 'o1', 1), DI, 'o1', 3);
    const before = scoringView(p);
    // CL 0.6×4 + 0.7×1 = 3.1 leads DI 0.6×1 + 0.7×3 = 2.7; with x on S1 and 1.3 − x on O1 they tie at
    // 4x + (1.3 − x) = x + 3(1.3 − x), x = 0.52.
    expect(before.ranking[0]).toBe(CL);
    const s1 = before.ranges.find((r) => r.factorId === 's1')!;
    expect(s1.lower).toBeCloseTo(0.52, 9);
    const inside = scoringView(setWeightRescaled(p, 's1', 0.53));
    expect(inside.ranking[0]).toBe(CL);
    const after = scoringView(setWeightRescaled(p, 's1', 0.51));
    expect(after.counted.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1.3, 3);
    expect(after.ranking[0]).toBe(DI);
  });
});
