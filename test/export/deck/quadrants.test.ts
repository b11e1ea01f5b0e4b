// @vitest-environment node
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { addItem } from '../../../src/domain/swot/edit';
import { buildDeck } from '../../../src/export/deck/deckSlides';
import { writeDeck } from '../../../src/export/deck/renderPptx';
import { example } from '../../views/example';
import { ctxEn } from '../../views/translate';

async function swotSlides(project = example()) {
  const deck = buildDeck(project, ctxEn, ['swot'], '');
  const zip = await JSZip.loadAsync(await writeDeck(PptxGenJS, JSZip, deck, '(continued)'));
  const names = Object.keys(zip.files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
  const texts = await Promise.all(
    names
      .slice(1)
      .map(async (f) =>
        [...(await zip.file(f)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)]
          .map((m) => m[1]!)
          .join('\n'),
      ),
  );
  return texts;
}

describe('the SWOT slide', () => {
  it('is a 2×2 of the four quadrants, every item with its weight and rating', async () => {
    const [slide] = await swotSlides();
    for (const quadrant of ['Strengths', 'Weaknesses', 'Opportunities', 'Threats'])
      expect(slide).toContain(quadrant);
    expect(slide).toMatch(/S1 {2}Own air and ground network[^\n]*\(weight 0\.15, rating 4\)/);
    expect(slide).toContain('Source: this project’s SWOT');
  });

  it('continues on slides titled “(continued)” when a quadrant overflows, losing no item', async () => {
    let project = example();
    for (let i = 0; i < 30; i += 1)
      project = addItem(
        project,
        'threats',
        `Threat number ${i} with a long description of what may happen`,
        0,
        `t${i}`,
      );
    const slides = await swotSlides(project);
    expect(slides.length).toBeGreaterThan(1);
    for (const slide of slides.slice(1)) expect(slide).toContain('SWOT analysis (continued)');
    const all = slides.join('\n');
    for (let i = 0; i < 30; i += 1) expect(all).toContain(`Threat number ${i} with`);
  });
});
