import { useEffect, useState } from 'react';

/**
 * `value`, except that a change `same` calls minor (e.g. a text typed into a list a chart also shows) reaches
 * the caller only once `value` has stayed put for `delayMs`: a chart of 200 factors then redraws when the
 * typing pauses, not on every key. Any other change comes through at once. `value` must keep its identity
 * while nothing changes (a store slice, a memo): a new object on every render never settles.
 */
export function useSettledValue<T>(value: T, same: (a: T, b: T) => boolean, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (settled === value) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return same(settled, value) ? settled : value;
}
