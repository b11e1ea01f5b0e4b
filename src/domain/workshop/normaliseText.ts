/**
 * The form two ideas are compared in to find duplicates: full-width and half-width forms folded (NFKC), case
 * folded, punctuation and symbols dropped (Latin and CJK alike), and whitespace removed, so that "Fast
 * delivery!", "fast  delivery" and "ＦＡＳＴ ＤＥＬＩＶＥＲＹ" (full-width, with an ideographic space) match, and so do "服务好。" and "服务好".
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, '');
}
