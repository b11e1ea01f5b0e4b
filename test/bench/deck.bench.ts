// @vitest-environment node
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { bench, describe } from 'vitest';
import { parseProject } from '../../src/domain/project/parseProject';
import { availableSlides, buildDeck } from '../../src/export/deck/deckSlides';
import { renderDeck, writeDeck } from '../../src/export/deck/renderPptx';
import { ctxEn as ctx } from '../views/translate';

// The PowerPoint button builds, writes and patches the whole deck while the user waits: this measures it
// for the example (17 slides, 15 native charts with their workbooks).
const parsed = parseProject(JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8')));
if (!parsed.ok) throw new Error('example does not parse');
const project = parsed.value;
const deck = buildDeck(
  project,
  ctx,
  availableSlides(project, ctx).map((s) => s.id),
  '25 November 2026',
);

describe('PowerPoint deck (example project)', () => {
  bench('pptxgenjs only: render and write', async () => {
    await renderDeck(PptxGenJS, deck, '(continued)').pres.write({ outputType: 'uint8array' });
  });
  bench('the deck as downloaded: render, write and patch', async () => {
    await writeDeck(PptxGenJS, JSZip, deck, '(continued)');
  });
});
