import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sameListExcept } from '../../src/domain/memo/sameExcept';
import { useSettledValue } from '../../src/ui/useSettledValue';

type Row = { id: string; text: string; score: number };
const sameScores = (a: Row[], b: Row[]) => sameListExcept(a, b, ['text']);

describe('useSettledValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds back a minor change until the value has stayed put, and lets any other through at once', () => {
    const first: Row[] = [{ id: 'a', text: 'A', score: 1 }];
    const { result, rerender } = renderHook(({ value }) => useSettledValue(value, sameScores, 400), {
      initialProps: { value: first },
    });
    expect(result.current).toBe(first);

    // Typing: each key a new list with only a text changed.
    let typed = first;
    for (const text of ['Ab', 'Abc', 'Abcd']) {
      typed = [{ ...typed[0]!, text }];
      rerender({ value: typed });
      act(() => vi.advanceTimersByTime(100));
      expect(result.current).toBe(first);
    }
    act(() => vi.advanceTimersByTime(400));
    expect(result.current).toBe(typed);

    // A score: at once.
    const scored = [{ ...typed[0]!, score: 4 }];
    rerender({ value: scored });
    expect(result.current).toBe(scored);
  });
});

describe('sameListExcept', () => {
  const row = fc.record({ id: fc.string(), text: fc.string(), score: fc.integer() });

  it('is true exactly when the lists differ in the excepted keys only (property)', () => {
    fc.assert(
      fc.property(fc.array(row), fc.array(fc.string()), (rows, texts) => {
        const retexted = rows.map((r, i) => ({ ...r, text: texts[i] ?? r.text }));
        expect(sameScores(rows, retexted)).toBe(true);
        if (rows.length > 0) {
          const rescored = rows.map((r, i) => (i === 0 ? { ...r, score: r.score + 1 } : r));
          expect(sameScores(rows, rescored)).toBe(false);
          expect(sameScores(rows, rows.slice(1))).toBe(false);
        }
      }),
    );
  });
});
