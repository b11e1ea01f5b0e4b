const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((d, i) => Object.is(d, b[i]));

/**
 * A one-entry cache per key: the last value is returned while every dependency is the same object. Views use
 * it so that what a chart draws keeps its identity while only a mark moves (a dragged slider).
 */
export function identityCache<T>() {
  const entries = new Map<string, { deps: readonly unknown[]; value: T }>();
  return (key: string, deps: readonly unknown[], compute: () => T): T => {
    const entry = entries.get(key);
    if (entry && same(entry.deps, deps)) return entry.value;
    const value = compute();
    entries.set(key, { deps, value });
    return value;
  };
}
