import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoLast, sameDeps } from '../../../src/domain/memo/memoLast';
import { sameExcept } from '../../../src/domain/memo/sameExcept';

describe('memoLast', () => {
  it('computes again only when a dependency changes identity', () => {
    let calls = 0;
    const sum = memoLast(
      (input: { list: number[]; note: string }) => [input.list],
      (input) => {
        calls += 1;
        return input.list.reduce((a, b) => a + b, 0);
      },
    );
    const list = [1, 2, 3];
    expect(sum({ list, note: 'a' })).toBe(6);
    expect(sum({ list, note: 'typed' })).toBe(6);
    expect(calls).toBe(1);
    expect(sum({ list: [1, 2, 3], note: 'typed' })).toBe(6);
    expect(calls).toBe(2);
  });

  it('returns what the function returns, whatever the order of calls (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 })), (inputs) => {
        const pool = [[0], [1], [2], [3]];
        const memo = memoLast(
          (keys: number[]) => keys.map((k) => pool[k]),
          (keys) => keys.map((k) => pool[k]![0]).join(','),
        );
        for (const keys of inputs) expect(memo(keys)).toBe(keys.join(','));
      }),
    );
  });

  it('sameDeps compares entry by entry, with NaN equal to itself', () => {
    expect(sameDeps([1, NaN, 'a'], [1, NaN, 'a'])).toBe(true);
    expect(sameDeps([{}], [{}])).toBe(false);
    expect(sameDeps([1], [1, 2])).toBe(false);
  });
});

describe('sameExcept', () => {
  it('ignores only the keys named', () => {
    const swot = {};
    expect(
      sameExcept({ swot, report: 1, updatedAt: 'a' }, { swot, report: 2, updatedAt: 'b' }, [
        'report',
        'updatedAt',
      ]),
    ).toBe(true);
    expect(sameExcept({ swot, report: 1 }, { swot: {}, report: 1 }, ['report'])).toBe(false);
    expect(sameExcept<Record<string, unknown>>({ a: 1 }, { a: 1, b: 2 }, [])).toBe(false);
  });
});
