/** True when two objects hold the same value (by identity) under every key but the ones named. */
export function sameExcept<T extends object>(a: T, b: T, except: readonly (keyof T)[]): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof T)[]);
  for (const key of keys) if (!except.includes(key) && !Object.is(a[key], b[key])) return false;
  return true;
}
