import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePacedValue } from '../../src/ui/usePacedValue';

/** Three charts' values, changed at the same moment, as one page passes them to its charts. */
function threeCharts(mountInTurn: boolean, initial: number) {
  return renderHook(
    ({ value }) => [
      usePacedValue(value, mountInTurn as true),
      usePacedValue(value + 100, mountInTurn as true),
      usePacedValue(value + 200, mountInTurn as true),
    ],
    { initialProps: { value: initial } },
  );
}

// Steps the queue: a frame, then the timer after it, and React's work for what they set.
const tick = () => act(() => vi.advanceTimersByTime(20));

describe('usePacedValue (charts that change together draw one after another)', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] }));
  // The queue is the page's, shared by every chart: let it drain before the next test.
  afterEach(() => {
    act(() => vi.advanceTimersByTime(1000));
    vi.useRealTimers();
  });

  it('gives the first value at once and a new one to each chart in turn, ending with all of it', async () => {
    const { result, rerender } = threeCharts(false, 1);
    expect(result.current).toEqual([1, 101, 201]);
    rerender({ value: 2 });
    const seen: number[][] = [];
    for (let i = 0; i < 10 && result.current[2] !== 202; i += 1) {
      await tick();
      seen.push([...result.current] as number[]);
    }
    expect(result.current).toEqual([2, 102, 202]);
    // In turn: at some moment the first had its new value and the last did not yet.
    expect(seen.some(([a, , c]) => a === 2 && c === 201)).toBe(true);
  });

  it('with mountInTurn, gives nothing until each chart’s turn, then each its value', async () => {
    const { result } = threeCharts(true, 5);
    // The first goes at once (its turn is free); the last waits for the others.
    expect(result.current[2]).toBeNull();
    for (let i = 0; i < 10 && result.current[2] === null; i += 1) await tick();
    expect(result.current).toEqual([5, 105, 205]);
  });

  it('keeps going when a chart waiting for its turn goes away', async () => {
    const first = threeCharts(true, 1);
    const second = threeCharts(true, 7);
    first.unmount();
    for (let i = 0; i < 40 && second.result.current[2] === null; i += 1) await tick();
    expect(second.result.current).toEqual([7, 107, 207]);
  });
});
