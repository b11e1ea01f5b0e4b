/**
 * Groups consecutive store changes with the same key (typing in one field, dragging one slider) into a
 * single undo step. A change without a key, a change with another key, or `endCoalescing()` (on blur)
 * starts a new step.
 */
let pendingKey: string | undefined;
let lastKey: string | undefined;

export function withCoalesceKey<T>(key: string | undefined, fn: () => T): T {
  pendingKey = key;
  try {
    return fn();
  } finally {
    pendingKey = undefined;
  }
}

export function endCoalescing(): void {
  lastKey = undefined;
}

/** True when this change belongs to the previous step; records the key for the next change. */
export function shouldMergeWithPrevious(): boolean {
  const merge = pendingKey !== undefined && pendingKey === lastKey;
  lastKey = pendingKey;
  return merge;
}
