import type { Project } from '../../domain/project/types';
import type { Translate } from '../csvTables';
import { download } from '../download';
import { safeFileStem } from '../projectJson';
import { buildDeck } from './deckSlides';
import { writeDeck } from './renderPptx';

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
  const full = buildDeck(project, t, order, date);
  if (full.slides.length === 0) throw new Error(t('chartExport.noSlide'));
  const deck = single
    ? { ...full, cover: false, slides: full.slides.map((s) => ({ ...s, title: single.title })) }
    : full;
  const bytes = await writeDeck(PptxGenJS, JSZip, deck, t('deck.continued'));
  const type = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  download(new Blob([bytes as BlobPart], { type }), `${safeFileStem(single?.title ?? project.name)}.pptx`);
}
