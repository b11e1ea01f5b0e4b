import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { complaintPareto, VITAL_SHARE } from '../../../src/domain/implementation/complaints';

const cause = (id: string, count: number) => ({ id, cause: id, count });

describe('the complaint-cause Pareto', () => {
  it('ranks causes by count with shares; the vital few are the fewest reaching 80%', () => {
    // 50, 30, 10, 6, 4 (total 100): before the third cause 80% is reached, so two causes are vital.
    const p = complaintPareto([
      cause('c', 10),
      cause('a', 50),
      cause('e', 4),
      cause('b', 30),
      cause('d', 6),
    ])!;
    expect(p.ranked.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(p.ranked.map((r) => r.cumulative)).toEqual([0.5, 0.8, 0.9, 0.96, 1]);
    expect(p.ranked.map((r) => r.vital)).toEqual([true, true, false, false, false]);
    expect([p.total, p.vitalCount, p.vitalShare]).toEqual([100, 2, 0.8]);
  });

  it('has nothing to rank before a complaint is counted; ties keep their order', () => {
    expect(complaintPareto([])).toBeNull();
    expect(complaintPareto([cause('a', 0)])).toBeNull();
    expect(complaintPareto([cause('x', 5), cause('y', 5)])!.ranked.map((r) => r.id)).toEqual(['x', 'y']);
  });

  it('is ranked, ends at 100%, and its vital causes are the fewest that give 80% (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1e6 }), { minLength: 1, maxLength: 50 }), (counts) => {
        const p = complaintPareto(counts.map((n, i) => cause(`c${i}`, n)));
        if (counts.every((n) => n === 0)) {
          expect(p).toBeNull();
          return;
        }
        const r = p!.ranked;
        for (let i = 1; i < r.length; i++) expect(r[i]!.count).toBeLessThanOrEqual(r[i - 1]!.count);
        expect(r.at(-1)!.cumulative).toBeCloseTo(1, 12);
        expect(p!.vitalShare).toBeGreaterThanOrEqual(VITAL_SHARE - 1e-12);
        // One cause fewer would not reach 80%.
        const k = p!.vitalCount;
        expect(k === 1 || r[k - 2]!.cumulative < VITAL_SHARE).toBe(true);
      }),
    );
  });
});
