/**
 * Reads an IFE/EFE weight as typed ("0.15", ".15" or "0,15"): a fraction 0–1, null for an empty field,
 * undefined when the text is not such a weight.
 */
export function parseWeight(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  if (!/^(\d+\.?\d*|\.\d+)$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 0 && value <= 1 ? value : undefined;
}
