import type { Project } from '../../domain/project/types';
import { buildDeck } from '../../export/deck/deckSlides';
import { writeDeck } from '../../export/deck/renderPptx';
import type { Translate } from '../../export/csvTables';
import { download } from '../../export/download';
import { safeFileStem } from '../../export/projectJson';

/** Builds the deck and offers it as a .pptx file; pptxgenjs and jszip are fetched here, on first use only. */
export async function downloadDeck(project: Project, t: Translate, order: readonly string[], date: string) {
  const [{ default: PptxGenJS }, { default: JSZip }] = await Promise.all([
    import('pptxgenjs'),
    import('jszip'),
  ]);
  const deck = buildDeck(project, t, order, date);
  const bytes = await writeDeck(PptxGenJS, JSZip, deck, t('deck.continued'));
  const type = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  download(new Blob([bytes as BlobPart], { type }), `${safeFileStem(project.name)}.pptx`);
}
