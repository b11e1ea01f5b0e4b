import { memo, type ReactNode } from 'react';

type Memoised = { type: (props: object) => ReactNode };

/**
 * A memoised component that calls `onRender` each time it renders, around the real one (itself memoised),
 * for `vi.mock` factories that count how many rows an edit draws again.
 */
export function countedMemo(real: unknown, onRender: () => void) {
  const inner = (real as Memoised).type;
  return memo((props: object) => {
    onRender();
    return inner(props);
  });
}
