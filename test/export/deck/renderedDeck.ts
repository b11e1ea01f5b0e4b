import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { availableSlides, buildDeck } from '../../../src/export/deck/deckSlides';
import { writeDeck } from '../../../src/export/deck/renderPptx';
import type { Deck } from '../../../src/export/deck/deckModel';
import { example } from '../../views/example';
import { ctxEn, ctxZh } from '../../views/translate';

/** A word LibreOffice drew on a page, in points from the page's top left. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface RenderedDeck {
  deck: Deck;
  pdf: string;
  pages: Array<{ width: number; height: number; words: PdfWord[] }>;
}

function need(tool: string, install: string) {
  try {
    execFileSync('which', [tool]);
  } catch {
    throw new Error(`${tool} is needed to render the deck: ${install} (.ci/run installs it).`);
  }
}

/** The example's full deck in a language, written as .pptx and rendered to PDF by LibreOffice. */
export async function renderExampleDeck(language: 'en' | 'zh-CN', dir?: string): Promise<RenderedDeck> {
  need('soffice', 'apt-get install -y libreoffice-impress');
  need('pdftotext', 'apt-get install -y poppler-utils');
  const ctx = language === 'en' ? ctxEn : ctxZh;
  const project = example(language);
  const deck = buildDeck(
    project,
    ctx,
    availableSlides(project, ctx).map((s) => s.id),
    '2 December 2026',
  );
  const out = dir ?? mkdtempSync(join(tmpdir(), 'deck-'));
  const pptx = join(out, `deck-${language}.pptx`);
  writeFileSync(pptx, await writeDeck(PptxGenJS, JSZip, deck, ctx.t('deck.continued')));
  // A profile of its own: a second soffice (another test file) would otherwise wait on the first's lock.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${out}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      pptx,
    ],
    { timeout: 180_000, stdio: 'ignore' },
  );
  const pdf = pptx.replace(/\.pptx$/, '.pdf');
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages = [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    (m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
      words: [
        ...m[3]!.matchAll(
          /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g,
        ),
      ].map((w) => ({
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        text: w[5]!
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"'),
      })),
    }),
  );
  return { deck, pdf, pages };
}
