/** An activity's countdown. While running, `endsAt` is when it reaches zero (ms since 1970); else null. */
export interface Timer {
  durationSec: number;
  endsAt: number | null;
  remainingSec: number;
}

export const MAX_TIMER_SEC = 4 * 60 * 60;

/** A stopped timer of `minutes` (whole seconds, 0 to 4 hours). */
export function setTimer(minutes: number): Timer {
  const sec = Math.min(MAX_TIMER_SEC, Math.max(0, Math.round((Number.isFinite(minutes) ? minutes : 0) * 60)));
  return { durationSec: sec, endsAt: null, remainingSec: sec };
}

/** Seconds left at `nowMs` (never below zero; whole seconds, rounded up so "0:00" means done). */
export function remainingSec(timer: Timer, nowMs: number): number {
  if (timer.endsAt === null) return timer.remainingSec;
  return Math.max(0, Math.ceil((timer.endsAt - nowMs) / 1000));
}

export function startTimer(timer: Timer, nowMs: number): Timer {
  if (timer.endsAt !== null || timer.remainingSec <= 0) return timer;
  return { ...timer, endsAt: nowMs + timer.remainingSec * 1000 };
}

export function pauseTimer(timer: Timer, nowMs: number): Timer {
  if (timer.endsAt === null) return timer;
  return { ...timer, endsAt: null, remainingSec: remainingSec(timer, nowMs) };
}

/** One more minute, running or not (a finished timer gets a minute to run). */
export function addMinute(timer: Timer, nowMs: number): Timer {
  if (timer.endsAt === null)
    return { ...timer, remainingSec: Math.min(MAX_TIMER_SEC, timer.remainingSec + 60) };
  return { ...timer, endsAt: Math.max(timer.endsAt, nowMs) + 60_000 };
}

export function isRunning(timer: Timer, nowMs: number): boolean {
  return timer.endsAt !== null && timer.endsAt > nowMs;
}

/** "m:ss", or "h:mm:ss" from an hour. */
export function formatCountdown(sec: number): string {
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = String(sec % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
