/** True when two objects hold the same value (by identity) under every key but the ones named. */
export function sameExcept<T extends object>(a: T, b: T, except: readonly (keyof T)[]): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof T)[]);
  for (const key of keys) if (!except.includes(key) && !Object.is(a[key], b[key])) return false;
  return true;
}

/** True when two lists hold the same entries under every key but the ones named, in the same order. */
export function sameListExcept<T extends object>(
  a: readonly T[],
  b: readonly T[],
  except: readonly (keyof T)[],
): boolean {
  if (a === b) return true;
  return a.length === b.length && a.every((item, i) => sameExcept(item, b[i]!, except));
}
