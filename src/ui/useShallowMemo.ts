import { useState } from 'react';
import { sameDeps } from '../domain/memo/memoLast';

/**
 * `useMemo` for a dependency list whose length may change (one entry per row): recomputes only when an
 * entry differs by identity. Kept in state and updated during render, React's pattern for derived state.
 */
export function useShallowMemo<T>(compute: () => T, deps: readonly unknown[]): T {
  const [memo, setMemo] = useState(() => ({ deps, value: compute() }));
  if (sameDeps(memo.deps, deps)) return memo.value;
  const next = { deps, value: compute() };
  setMemo(next);
  return next.value;
}
