import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fontFaceRule, notIn, parseFontFaces, slicesFor, textByWeight } from '../../src/export/svgFonts';

const css = (weight: number) => readFileSync(`node_modules/@fontsource/noto-sans-sc/${weight}.css`, 'utf8');
const covers = (slices: ReturnType<typeof parseFontFaces>, ch: string) =>
  slices.some((s) => s.ranges.some(([from, to]) => ch.codePointAt(0)! >= from && ch.codePointAt(0)! <= to));

describe('fonts embedded in an SVG export', () => {
  const faces = parseFontFaces(css(400));

  it('reads every slice of the fontsource CSS with its unicode ranges', () => {
    expect(faces.length).toBe(101);
    const latin = faces.find((f) => f.file === 'noto-sans-sc-latin-400-normal.woff2')!;
    expect(covers([latin], 'A')).toBe(true);
    expect(covers([latin], '服')).toBe(false);
    // The whole of the course's vocabulary is in the font.
    for (const ch of '服务水平成本利润差异化战略集聚五力竞争优势劣势机会威胁')
      expect(covers(faces, ch)).toBe(true);
  });

  it('picks only the slices a text needs, and they cover all of it (property)', () => {
    const coverable = [...'ABCxyz0123456789%()–—“”‘’&<>服务水平成本利润差异化战略海底捞顺丰邮政客户满意度'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...coverable), { minLength: 1, maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const picked = slicesFor(text, faces);
        for (const ch of text) expect(covers(picked, ch)).toBe(true);
        // Nothing extra: each picked slice holds at least one of the characters.
        for (const slice of picked) expect(chars.some((ch) => covers([slice], ch))).toBe(true);
      }),
    );
    expect(slicesFor('Cost by service level', faces).map((s) => s.file)).toEqual([
      'noto-sans-sc-latin-400-normal.woff2',
    ]);
  });

  it('writes an @font-face rule with the font inline and the same ranges', () => {
    const rule = fontFaceRule(
      700,
      {
        file: 'x.woff2',
        ranges: [
          [0x20, 0x7e],
          [0x4e2d, 0x4e2d],
        ],
      },
      'd09GMgAB',
    );
    expect(rule).toContain("font-family:'Noto Sans SC'");
    expect(rule).toContain('font-weight:700');
    expect(rule).toContain("src:url(data:font/woff2;base64,d09GMgAB) format('woff2')");
    expect(rule).toContain('unicode-range:U+20-7e,U+4e2d;');
    expect(parseFontFaces(rule.replace('data:font/woff2;base64,d09GMgAB', './files/x.woff2'))).toEqual([
      {
        file: 'x.woff2',
        ranges: [
          [0x20, 0x7e],
          [0x4e2d, 0x4e2d],
        ],
      },
    ]);
  });

  it('tells bold text from regular text, by the element or its ancestors', () => {
    const doc = new DOMParser().parseFromString(
      '<svg xmlns="http://www.w3.org/2000/svg"><style>text{}</style><text font-weight="700">标题</text>' +
        '<g font-weight="bold"><text>Bold</text></g><text style="font-weight: 600">Semi</text>' +
        '<text>正文 body</text></svg>',
      'image/svg+xml',
    );
    const texts = textByWeight(doc.documentElement);
    expect(texts[700]).toBe('标题BoldSemi');
    expect(texts[400]).toBe('正文 body');
  });
});

describe('Latin and Chinese faces', () => {
  it('leaves to the Chinese face only what the Latin face does not hold, the apostrophe not among it', async () => {
    const { readFileSync } = await import('node:fs');
    const latin = parseFontFaces(readFileSync('node_modules/@fontsource/noto-sans/400.css', 'utf8'));
    const text = 'The firm’s “share” – 海底捞 5%';
    const slices = slicesFor(text, latin);
    expect(slices.map((s) => s.file)).toContain('noto-sans-latin-400-normal.woff2');
    expect(notIn(text, slices)).toBe('海底捞');
    expect(fontFaceRule(400, slices[0]!, 'AA', 'Noto Sans')).toContain("font-family:'Noto Sans'");
  });
});
