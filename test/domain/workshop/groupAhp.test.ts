import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ahpKey } from '../../../src/domain/strategy/ahp';
import { groupAhp, isSaatyValue } from '../../../src/domain/workshop/groupAhp';

const criteria = ['price', 'speed', 'care'];
const judge = (pp: number, pc: number, sc: number) =>
  new Map([
    [ahpKey('price', 'speed'), pp],
    [ahpKey('price', 'care'), pc],
    [ahpKey('speed', 'care'), sc],
  ]);

describe('group AHP by the geometric mean of judgments (Aczél & Saaty 1983; Forman & Peniwati 1998)', () => {
  it('combines two people pair by pair: √(2·8) = 4, √(4·4) = 4, √(2·½) = 1, worked by hand', () => {
    // A: price 2× speed, 4× care, speed 2× care (consistent: 4/7, 2/7, 1/7).
    // B: price 8× speed, 4× care, care 2× speed (consistent too: 8/11, 1/11, 2/11).
    const g = groupAhp(criteria, [judge(2, 4, 2), judge(8, 4, 1 / 2)]);
    expect(g.judgments.get(ahpKey('price', 'speed'))).toBeCloseTo(4, 12);
    expect(g.judgments.get(ahpKey('price', 'care'))).toBeCloseTo(4, 12);
    expect(g.judgments.get(ahpKey('speed', 'care'))).toBeCloseTo(1, 12);
    // The group's matrix [[1,4,4],[¼,1,1],[¼,1,1]] is consistent: weights 4/6, 1/6, 1/6, CR 0.
    expect(g.result.weights.map((w) => +w.toFixed(6))).toEqual([0.666667, 0.166667, 0.166667]);
    expect(g.result.consistencyRatio).toBeCloseTo(0, 9);
    // Each person's own weights and consistency ratio.
    expect(g.people[0]!.result.weights.map((w) => +w.toFixed(6))).toEqual([0.571429, 0.285714, 0.142857]);
    expect(g.people[1]!.result.weights.map((w) => +w.toFixed(6))).toEqual([0.727273, 0.090909, 0.181818]);
    expect(g.people.every((p) => p.consistent && p.result.consistencyRatio < 1e-9)).toBe(true);
    expect(g.people.map((p) => p.judged)).toEqual([3, 3]);
  });

  it('shows an intransitive person’s ratio and, if asked, leaves them out of the group', () => {
    // C: price ≫ speed, speed ≫ care, yet care ≫ price: a cycle, far above 0.10.
    const cycle = judge(9, 1 / 9, 9);
    const all = groupAhp(criteria, [judge(2, 4, 2), cycle]);
    expect(all.people[1]!.consistent).toBe(false);
    expect(all.people[1]!.result.consistencyRatio).toBeGreaterThan(1);
    expect(all.counted).toBe(2);
    const consistent = groupAhp(criteria, [judge(2, 4, 2), cycle], true);
    expect(consistent.counted).toBe(1);
    expect(consistent.judgments.get(ahpKey('price', 'speed'))).toBeCloseTo(2, 12);
    // Nobody consistent: everyone counts rather than no one.
    expect(groupAhp(criteria, [cycle], true).counted).toBe(1);
  });

  it('averages a pair over those who judged it; nobody judging a pair leaves it equal', () => {
    const partial = new Map([[ahpKey('price', 'speed'), 3]]);
    const g = groupAhp(criteria, [partial, judge(1 / 3, 1, 1)]);
    expect(g.judgments.get(ahpKey('price', 'speed'))).toBeCloseTo(1, 12);
    expect(g.judgments.get(ahpKey('price', 'care'))).toBeCloseTo(1, 12);
    expect(g.people[0]!.judged).toBe(1);
    expect(groupAhp(criteria, [partial]).judgments.has(ahpKey('speed', 'care'))).toBe(false);
  });

  it('of consistent people is consistent, with weights the normalised geometric mean of theirs (property)', () => {
    const weights = fc.tuple(
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 1, max: 9 }),
    );
    fc.assert(
      fc.property(fc.array(weights, { minLength: 1, maxLength: 12 }), (people) => {
        const judgments = people.map(([a, b, c]) => judge(a / b, a / c, b / c));
        const g = groupAhp(criteria, judgments);
        expect(g.result.consistencyRatio).toBeLessThan(1e-9);
        const geo = [0, 1, 2].map((k) =>
          Math.exp(people.reduce((s, w) => s + Math.log(w[k]! / (w[0]! + w[1]! + w[2]!)), 0) / people.length),
        );
        const total = geo.reduce((a, b) => a + b, 0);
        g.result.weights.forEach((w, k) => expect(w).toBeCloseTo(geo[k]! / total, 9));
        // Each group judgment stays on the 1/9–9 scale the project accepts.
        for (const v of g.judgments.values()) {
          expect(v).toBeGreaterThanOrEqual(1 / 9 - 1e-12);
          expect(v).toBeLessThanOrEqual(9 + 1e-12);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('accepts only Saaty’s scale as a participant’s judgment', () => {
    expect([9, 1, 1 / 3, 1 / 9].every(isSaatyValue)).toBe(true);
    expect([0, -2, 10, 1 / 10, 2.5, Number.NaN, Infinity, '3', null].some(isSaatyValue)).toBe(false);
  });
});
