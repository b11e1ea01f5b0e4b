import { startTransition, useEffect, useState } from 'react';

/*
 * Charts that change together (a typed number redraws a page's three or four charts) each redraw in a task of
 * their own: recharts re-renders a chart synchronously from its store in the next animation frame, so four
 * charts updated at once are one long frame. A queue lets one chart take its new value, waits for that
 * chart to commit and for the frame that follows, then lets the next one.
 */
const queue: (() => void)[] = [];
let running: number | null = null;
let fallback: ReturnType<typeof setTimeout> | undefined;
let token = 0;
// A chart that unmounts before it commits never says it is done: the queue moves on after this long.
const STALL_MS = 200;

const afterFrame = (run: () => void) =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(() => setTimeout(run, 0))
    : setTimeout(run, 0);

function runNext() {
  clearTimeout(fallback);
  const job = queue.shift();
  if (!job) {
    running = null;
    return;
  }
  const mine = (token += 1);
  running = mine;
  fallback = setTimeout(() => running === mine && runNext(), STALL_MS);
  job();
}

function finished(mine: number) {
  if (running === mine) afterFrame(() => running === mine && runNext());
}

/**
 * `value`, reaching the caller in its turn among the charts that changed at the same time (each in a task of
 * its own). The first value comes at once; with `mountInTurn` it too waits for its turn (null until then),
 * so that a page of charts mounts them one by one.
 */
export function usePacedValue<T>(value: T): T;
export function usePacedValue<T>(value: T, mountInTurn: true): T | null;
export function usePacedValue<T>(value: T, mountInTurn = false): T | null {
  const [shown, setShown] = useState<{ value: T | null; turn: number }>(() => ({
    value: mountInTurn ? null : value,
    turn: 0,
  }));
  useEffect(() => {
    if (shown.value === value) return;
    let cancelled = false;
    queue.push(() => {
      if (cancelled) return runNext();
      // A transition: React renders the chart in slices it can interrupt; only its commit is one piece.
      const turn = token;
      startTransition(() => setShown({ value, turn }));
    });
    if (running === null) runNext();
    return () => {
      cancelled = true;
    };
  }, [value, shown.value]);
  // Once the new value is on screen, the next chart may go.
  useEffect(() => {
    if (shown.turn !== 0) finished(shown.turn);
  }, [shown]);
  return shown.value;
}

/** Resolves once no chart in `root` waits for its turn (drawn placeholders are `.draw-pending`). */
export async function chartsDrawn(root: ParentNode = document): Promise<void> {
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  // A page of charts mounts a chart a frame or so: a few seconds is far more than any page needs.
  for (let i = 0; i < 600 && root.querySelector('.draw-pending'); i += 1) await frame();
}
