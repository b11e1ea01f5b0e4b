/**
 * Which font files an SVG needs so that it renders the same on any machine: the slices of Noto Sans SC
 * (fontsource splits the font by unicode-range) that cover the characters it shows, per weight.
 */

export const EMBEDDED_FAMILY = 'Noto Sans SC';
/**
 * Latin text is set in Noto Sans, named before Noto Sans SC: in the Chinese face Latin punctuation is
 * full-width, so "firm’s" showed a gap after the apostrophe.
 */
export const LATIN_FAMILY = 'Noto Sans';

export type Weight = 400 | 700;

export interface FontSlice {
  /** The woff2 file's name, e.g. noto-sans-sc-latin-400-normal.woff2. */
  file: string;
  ranges: Array<[number, number]>;
}

/** The @font-face rules of a fontsource CSS file: each woff2 file with the code points it covers. */
export function parseFontFaces(css: string): FontSlice[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body]) => {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
    if (!file || !range) return [];
    const ranges = range.split(',').map((part): [number, number] => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
    });
    return [{ file, ranges }];
  });
}

/** The characters of a text that none of the slices hold (left for the next family). */
export function notIn(text: string, slices: readonly FontSlice[]): string {
  return [...new Set(text)]
    .filter((ch) => {
      const code = ch.codePointAt(0)!;
      return !slices.some((s) => s.ranges.some(([from, to]) => code >= from && code <= to));
    })
    .join('');
}

/**
 * The slices holding every character of the text (characters no slice holds are left to fallbacks). Slices
 * overlap; like a browser, the one declared last wins (fontsource declares the small Latin slice last).
 */
export function slicesFor(text: string, slices: readonly FontSlice[]): FontSlice[] {
  const needed = new Set<FontSlice>();
  for (const ch of new Set(text)) {
    const code = ch.codePointAt(0)!;
    if (code <= 0x20) continue;
    const slice = [...slices]
      .reverse()
      .find((s) => s.ranges.some(([from, to]) => code >= from && code <= to));
    if (slice) needed.add(slice);
  }
  return slices.filter((s) => needed.has(s));
}

/** An @font-face rule with the font inline, so the SVG file carries it. */
export function fontFaceRule(
  weight: Weight,
  slice: FontSlice,
  base64: string,
  family = EMBEDDED_FAMILY,
): string {
  const range = slice.ranges
    .map(([from, to]) => `U+${from.toString(16)}${to === from ? '' : `-${to.toString(16)}`}`)
    .join(',');
  return (
    `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};` +
    `src:url(data:font/woff2;base64,${base64}) format('woff2');unicode-range:${range};}`
  );
}

/** Text drawn bold (font-weight 600 or more, on the element or an ancestor) and text drawn regular. */
export function textByWeight(root: Element): Record<Weight, string> {
  const out: Record<Weight, string> = { 400: '', 700: '' };
  const weightOf = (el: Element | null): number => {
    for (let node = el; node; node = node.parentElement) {
      const value = node.getAttribute('font-weight') ?? (node as SVGElement).style?.fontWeight;
      if (value) return value === 'bold' ? 700 : Number(value) || 400;
    }
    return 400;
  };
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('style')) continue;
    out[weightOf(parent) >= 600 ? 700 : 400] += node.textContent ?? '';
  }
  return out;
}
