import type { Project } from '../../domain/project/types';
import type { Translate } from '../csvTables';
import { download } from '../download';
import { safeFileStem } from '../projectJson';
import { buildDeck } from './deckSlides';
import { writeDeck } from './renderPptx';
import { deckProblem } from './verifyDeck';
import { xmlSafeDeep } from '../xmlText';

/** One chart alone: its slide with no title slide, under the action title the user typed. */
export interface SingleSlide {
  title: string;
}

/** Builds the deck and offers it as a .pptx file; pptxgenjs and jszip are fetched here, on first use only. */
export async function downloadDeck(
  project: Project,
  t: Translate,
  order: readonly string[],
  language: string,
  single?: SingleSlide,
) {
  const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([
    import('pptxgenjs'),
    import('jszip'),
  ]);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date());
  // Text as typed can hold characters XML refuses (a pasted U+000B); the deck is XML, so they go here.
  const full = xmlSafeDeep(buildDeck(project, t, order, date));
  if (full.slides.length === 0) throw new Error(t('chartExport.noSlide'));
  const deck = single
    ? { ...full, cover: false, slides: full.slides.map((s) => ({ ...s, title: single.title })) }
    : full;
  const bytes = await writeDeck(PptxGenJS, JSZip, deck, t('deck.continued'));
  const problem = await deckProblem(JSZip, bytes);
  if (problem) throw new Error(t('deck.unreadable', { problem }));
  const type = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  download(new Blob([bytes as BlobPart], { type }), `${safeFileStem(single?.title ?? project.name)}.pptx`);
}
