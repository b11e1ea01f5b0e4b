/**
 * Text that XML 1.0 can hold (PPTX and SVG are XML): #x9 | #xA | #xD | [#x20–#xD7FF] | [#xE000–#xFFFD] |
 * [#x10000–#x10FFFF]. A vertical tab or form feed (PowerPoint's Shift+Enter pastes U+000B) becomes a line
 * break, a lone surrogate the replacement character, and any other character XML refuses is dropped.
 */
export function xmlSafeText(text: string): string {
  // Fast path: nearly every text is already safe.
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/.test(text)) return text;
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u000B\u000C]/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000E-\u001F\uFFFE\uFFFF]/g, '')
      // A high surrogate not followed by a low one, or a low one not preceded by a high one.
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  );
}

/** Every string in a tree of plain data (a deck model) made XML-safe; other values as they are. */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((v) => xmlSafeDeep(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafeDeep(v)])) as T;
  return value;
}

/** Null when `text` parses as XML of `type`, else the parser's complaint. Browser only (DOMParser). */
export function xmlProblem(text: string, type: DOMParserSupportedType = 'application/xml'): string | null {
  const doc = new DOMParser().parseFromString(text, type);
  const error = doc.getElementsByTagName('parsererror')[0];
  return error ? (error.textContent ?? 'not well-formed').trim().slice(0, 200) : null;
}
