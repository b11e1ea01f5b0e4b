import type { Project } from '../../domain/project/types';
import type { ViewContext } from '../../views/types';
import { safeFileStem } from '../projectJson';
import type { Deck, DeckSlide } from './deckModel';
import { buildDeck } from './deckSlides';
import { writeDeck } from './renderPptx';
import { deckProblem } from './verifyDeck';
import { xmlSafeDeep } from '../xmlText';

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** A file to save: its bytes and a name. */
export interface BuiltFile {
  blob: Blob;
  name: string;
}

/** The deck as a checked .pptx; pptxgenjs and jszip are fetched here, on first use only. */
async function writeChecked(deck: Deck, ctx: ViewContext): Promise<Blob> {
  const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([
    import('pptxgenjs'),
    import('jszip'),
  ]);
  // Text as typed can hold characters XML refuses (a pasted U+000B); the deck is XML, so they go here.
  const safe = xmlSafeDeep(deck);
  const bytes = await writeDeck(PptxGenJS, JSZip, safe, ctx.t('deck.continued'));
  const problem = await deckProblem(JSZip, bytes);
  if (problem) throw new Error(ctx.t('deck.unreadable', { problem }));
  return new Blob([bytes as BlobPart], { type: PPTX });
}

const today = (language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date());

/** The project's deck: a title slide, then the chosen slides in the chosen order. */
export async function projectDeckFile(
  project: Project,
  ctx: ViewContext,
  order: readonly string[],
): Promise<BuiltFile> {
  const deck = buildDeck(project, ctx, order, today(ctx.language));
  if (deck.slides.length === 0) throw new Error(ctx.t('chartExport.noSlide'));
  return { blob: await writeChecked(deck, ctx), name: `${safeFileStem(project.name)}.pptx` };
}

/** One chart's slide alone (no title slide), under the action title the user typed. */
export async function slideFile(slide: DeckSlide, title: string, ctx: ViewContext): Promise<BuiltFile> {
  const deck: Deck = { cover: false, title, subtitle: '', date: '', slides: [{ ...slide, title }] };
  return { blob: await writeChecked(deck, ctx), name: `${safeFileStem(title)}.pptx` };
}
