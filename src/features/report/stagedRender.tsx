import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/**
 * Renders a long page part by part, one part per task, so that it never holds the main thread in one
 * block (the report draws every chart of the project). Each part re-renders only when it is reached, not
 * when a later part is: the parts subscribe to the stage reached, and the page itself does not.
 */
export interface Stages {
  reached: () => number;
  subscribe: (listener: () => void) => () => void;
  advance: (to: number) => void;
}

function createStages(): Stages {
  let reached = 1;
  const listeners = new Set<() => void>();
  return {
    reached: () => reached,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    advance: (to) => {
      if (to <= reached) return;
      reached = to;
      listeners.forEach((l) => l());
    },
  };
}

const StagesContext = createContext<Stages | null>(null);

/** Starts reaching stages 1 … total, one per task; printing reaches them all at once first. */
export function useStages(total: number): Stages {
  const [stages] = useState(createStages);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const next = () => {
      if (stages.reached() >= total) return;
      stages.advance(stages.reached() + 1);
      timer = setTimeout(next, 0);
    };
    timer = setTimeout(next, 0);
    const all = () => flushSync(() => stages.advance(total));
    window.addEventListener('beforeprint', all);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('beforeprint', all);
    };
  }, [stages, total]);
  return stages;
}

export function StagesProvider({ stages, children }: { stages: Stages; children: ReactNode }) {
  return <StagesContext.Provider value={stages}>{children}</StagesContext.Provider>;
}

/** True once stage `n` is reached; re-renders its caller only when that flips. */
export function useReached(n: number, stages?: Stages): boolean {
  const context = useContext(StagesContext);
  const store = stages ?? context;
  return useSyncExternalStore(store?.subscribe ?? (() => () => undefined), () =>
    store ? store.reached() >= n : true,
  );
}

/** Its children from stage `n` on. */
export function Stage({ n, children }: { n: number; children: ReactNode }) {
  return useReached(n) ? <>{children}</> : null;
}
