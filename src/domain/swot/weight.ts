/**
 * Reads an IFE/EFE weight as typed ("0.15", ".15", "0,15" or "15%"): a fraction 0–1, null for an empty field,
 * undefined when the text is not such a weight.
 */
export function parseWeight(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.').replace('％', '%');
  if (trimmed === '') return null;
  // "10%" (or "10 %") is a tenth: the course writes weights either way.
  const percent = /^(\d+\.?\d*|\.\d+)\s*%$/.exec(trimmed);
  if (percent) {
    const value = Number(percent[1]) / 100;
    return value <= 1 ? Math.round(value * 1e9) / 1e9 : undefined;
  }
  if (!/^(\d+\.?\d*|\.\d+)$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 0 && value <= 1 ? value : undefined;
}
