/** True when two dependency lists hold the same values (by identity), entry by entry. */
export function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((d, i) => Object.is(d, b[i]));
}

/**
 * Remembers the last result: while every dependency `deps(input)` returns is the same (by identity) as on the
 * last call, returns the last result without computing. Projects are immutable, so an edit elsewhere keeps
 * the parts a derived value reads, and it is not recomputed for an unrelated edit.
 */
export function memoLast<A, R>(
  deps: (input: A) => readonly unknown[],
  compute: (input: A) => R,
): (input: A) => R {
  let last: { deps: readonly unknown[]; value: R } | null = null;
  return (input) => {
    const next = deps(input);
    if (last && sameDeps(last.deps, next)) return last.value;
    last = { deps: next, value: compute(input) };
    return last.value;
  };
}
