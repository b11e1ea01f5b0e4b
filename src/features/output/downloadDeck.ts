import type { Project } from '../../domain/project/types';
import { buildDeck } from '../../export/deck/deckSlides';
import { renderDeck } from '../../export/deck/renderPptx';
import type { Translate } from '../../export/csvTables';
import { download } from '../../export/download';
import { safeFileStem } from '../../export/projectJson';

/** Builds the deck and offers it as a .pptx file; pptxgenjs is fetched here, on first use only. */
export async function downloadDeck(project: Project, t: Translate, order: readonly string[], date: string) {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const deck = buildDeck(project, t, order, date);
  const blob = (await renderDeck(PptxGenJS, deck, t('deck.continued')).write({ outputType: 'blob' })) as Blob;
  download(blob, `${safeFileStem(project.name)}.pptx`);
}
