import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abcClassify, type AbcRow } from '../../../src/domain/customers/abc';

const classes = (rows: AbcRow[]) => rows.map((r) => `${r.id}:${r.class}`);

describe('ABC classification', () => {
  it('ranks by value and classes by the share of the customers ranked before (worked by hand)', () => {
    // Total 100. Shares before each: 0, .5, .8, .9, .95, .98 → A A B B C C with cut-offs 80% / 95%:
    // the customer that crosses 80% (c, from 80% to 90%) is B.
    const result = abcClassify([
      { id: 'f', value: 2 },
      { id: 'b', value: 30 },
      { id: 'a', value: 50 },
      { id: 'd', value: 5 },
      { id: 'c', value: 10 },
      { id: 'e', value: 3 },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(classes(result.value)).toEqual(['a:A', 'b:A', 'c:B', 'd:B', 'e:C', 'f:C']);
    expect(result.value.map((r) => r.cumulativeShare)).toEqual(
      [0.5, 0.8, 0.9, 0.95, 0.98, 1].map((v) => expect.closeTo(v, 12)),
    );
  });

  it('gives the course’s picture: a few customers bring most of the profit', () => {
    // Course text (客户ABC分类): A ≈ 5% of customers with ≈ 80% of profit, B 15% / 15%, C 80% / 5%.
    const items = [
      ...Array.from({ length: 5 }, (_, i) => ({ id: `A${i}`, value: 160 })),
      ...Array.from({ length: 15 }, (_, i) => ({ id: `B${String(i).padStart(2, '0')}`, value: 10 })),
      ...Array.from({ length: 80 }, (_, i) => ({ id: `C${String(i).padStart(2, '0')}`, value: 0.625 })),
    ];
    const result = abcClassify(items);
    if (!result.ok) throw new Error('refused');
    const count = (c: string) => result.value.filter((r) => r.class === c).length;
    expect([count('A'), count('B'), count('C')]).toEqual([5, 15, 80]);
  });

  it('takes its cut-offs, ties by id, and treats a share at a cut-off as reached', () => {
    const result = abcClassify(
      [
        { id: 'y', value: 1 },
        { id: 'x', value: 1 },
        { id: 'z', value: 2 },
      ],
      { a: 0.5, b: 0.75 },
    );
    // z (50%) is A; x comes before y on the tie; x starts at exactly 50%: B; y starts at 75%: C.
    expect(result.ok && classes(result.value)).toEqual(['z:A', 'x:B', 'y:C']);
  });

  it('refuses negative values, duplicate ids, a zero total and cut-offs out of order, with their paths', () => {
    const bad = abcClassify([
      { id: 'a', value: -1 },
      { id: 'a', value: 2 },
    ]);
    expect(bad.ok || bad.errors.map((e) => e.path)).toEqual(['items[0].value', 'items[1].id']);
    const zero = abcClassify([{ id: 'a', value: 0 }]);
    expect(zero.ok || zero.errors.map((e) => e.path)).toEqual(['items']);
    const cuts = abcClassify([{ id: 'a', value: 1 }], { a: 0.9, b: 0.8 });
    expect(cuts.ok || cuts.errors.map((e) => e.path)).toEqual(['cutoffs.b']);
    const none = abcClassify([{ id: 'a', value: 1 }], { a: 0, b: 1.2 });
    expect(none.ok || none.errors.map((e) => e.path)).toEqual(['cutoffs.a', 'cutoffs.b']);
    expect(abcClassify([])).toEqual({ ok: true, value: [] });
  });

  it('shares sum to 1, the cumulative share ends at 1, classes never get better as value falls (property)', () => {
    const item = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      value: fc.integer({ min: 0, max: 1000 }),
    });
    const cut = fc.tuple(
      fc.double({ min: 0.01, max: 1, noNaN: true }),
      fc.double({ min: 0.01, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(item, { selector: (i) => i.id, minLength: 1, maxLength: 60 }),
        cut,
        (items, [x, y]) => {
          fc.pre(items.some((i) => i.value > 0));
          const result = abcClassify(items, { a: Math.min(x, y), b: Math.max(x, y) });
          if (!result.ok) throw new Error(JSON.stringify(result.errors));
          const rows = result.value;
          expect(rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 9);
          expect(rows.at(-1)!.cumulativeShare).toBeCloseTo(1, 9);
          expect(rows[0]!.class).toBe('A');
          for (let k = 1; k < rows.length; k += 1) {
            expect(rows[k]!.value).toBeLessThanOrEqual(rows[k - 1]!.value);
            expect(rows[k]!.class >= rows[k - 1]!.class).toBe(true);
          }
        },
      ),
    );
  });
});
