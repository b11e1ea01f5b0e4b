// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderExampleDeck, type PdfWord, type RenderedDeck } from './renderedDeck';

/** Two words drawn over each other by more than a sliver: text that overflowed its box or labels that collide. */
function overlaps(a: PdfWord, b: PdfWord): boolean {
  const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
  const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
  if (w <= 0 || h <= 0) return false;
  const area = (x: PdfWord) => (x.xMax - x.xMin) * (x.yMax - x.yMin);
  return w * h > 0.25 * Math.min(area(a), area(b));
}

const squash = (s: string) => s.replace(/\s+/g, '');

for (const language of ['en', 'zh-CN'] as const)
  describe(`the example deck rendered by LibreOffice (${language})`, () => {
    let rendered: RenderedDeck;
    it('converts to a PDF with a page per slide and the title first', async () => {
      rendered = await renderExampleDeck(language);
      expect(rendered.pages.length).toBeGreaterThanOrEqual(rendered.deck.slides.length + 1);
      const cover = squash(rendered.pages[0]!.words.map((w) => w.text).join(''));
      expect(cover).toContain(squash(rendered.deck.title));
    }, 240_000);

    it('shows each slide’s title, in the order chosen', () => {
      let page = 1;
      for (const slide of rendered.deck.slides) {
        const start = squash(slide.title).slice(0, 16);
        while (
          page < rendered.pages.length &&
          !squash(rendered.pages[page]!.words.map((w) => w.text).join('')).includes(start)
        )
          page += 1;
        expect(page, slide.id).toBeLessThan(rendered.pages.length);
      }
    });

    it('keeps every word on its page and no two words on top of each other', () => {
      const problems: string[] = [];
      rendered.pages.forEach((page, i) => {
        for (const w of page.words)
          if (w.xMin < -1 || w.yMin < -1 || w.xMax > page.width + 1 || w.yMax > page.height + 1)
            problems.push(`page ${i + 1}: “${w.text}” leaves the page`);
        page.words.forEach((a, j) =>
          page.words.slice(j + 1).forEach((b) => {
            if (overlaps(a, b)) problems.push(`page ${i + 1}: “${a.text}” and “${b.text}” overlap`);
          }),
        );
      });
      expect(problems).toEqual([]);
    });
  });
