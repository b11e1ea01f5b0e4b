import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMinute,
  formatCountdown,
  isRunning,
  pauseTimer,
  remainingSec,
  setTimer,
  startTimer,
} from '../../../src/domain/workshop/timer';

describe('the activity timer', () => {
  it('counts down while running, holds while paused, and takes a minute more', () => {
    const t0 = 1_000_000;
    let timer = setTimer(5);
    expect(remainingSec(timer, t0)).toBe(300);
    timer = startTimer(timer, t0);
    expect(remainingSec(timer, t0 + 61_000)).toBe(239);
    timer = pauseTimer(timer, t0 + 61_000);
    expect(remainingSec(timer, t0 + 500_000)).toBe(239);
    timer = addMinute(timer, t0 + 500_000);
    expect(remainingSec(timer, t0)).toBe(299);
    timer = startTimer(timer, t0 + 600_000);
    expect(remainingSec(timer, t0 + 600_000 + 299_000)).toBe(0);
    expect(isRunning(timer, t0 + 600_000 + 299_000)).toBe(false);
    // A finished timer given a minute runs for a minute from now.
    timer = addMinute(timer, t0 + 2_000_000);
    expect(remainingSec(timer, t0 + 2_000_000)).toBe(60);
  });

  it('takes only sensible lengths', () => {
    expect(setTimer(-3).durationSec).toBe(0);
    expect(setTimer(Number.NaN).durationSec).toBe(0);
    expect(setTimer(1e9).durationSec).toBe(4 * 3600);
    expect(setTimer(1.5).durationSec).toBe(90);
  });

  it('pausing and starting again never adds time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.integer({ min: 0, max: 120_000 })),
        (min, gaps) => {
          let now = 0;
          let timer = startTimer(setTimer(min), now);
          for (const [n, gap] of gaps.entries()) {
            now += gap;
            timer = n % 2 === 0 ? pauseTimer(timer, now) : startTimer(timer, now);
          }
          return remainingSec(timer, now) <= min * 60;
        },
      ),
    );
  });

  it('reads as minutes and seconds', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(65)).toBe('1:05');
    expect(formatCountdown(3725)).toBe('1:02:05');
  });
});
