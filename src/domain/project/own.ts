/**
 * The value a record keyed by user data holds for `key`, or undefined: an own property only, so that an id
 * such as "toString" or "hasOwnProperty" never reads a member of Object.prototype.
 */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
