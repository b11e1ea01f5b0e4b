/** A new random id, safe for the schema's id pattern (letters, digits, -). */
export function createId(): string {
  return globalThis.crypto.randomUUID();
}
