import type PptxGenJS from 'pptxgenjs';
import type { DeckSlide } from './deckModel';
import { fitSize } from './textFit';

export type Pptx = InstanceType<typeof PptxGenJS>;
export type Slide = ReturnType<Pptx['addSlide']>;

/** The slide frame every body is drawn in: 16:9 in inches, one face, the title block and the source line. */
export const FONT = 'Microsoft YaHei';
export const W = 13.333;
export const MARGIN = 0.5;
export const BODY_TOP = 1.75;
export const BODY_BOTTOM = 6.75;

export function header(slide: Slide, s: Pick<DeckSlide, 'title' | 'subtitle' | 'source'>, continued: string) {
  const title = s.title + continued;
  slide.addText(title, {
    x: MARGIN,
    y: 0.3,
    w: W - 2 * MARGIN,
    h: 0.95,
    fontFace: FONT,
    // A long action title gets smaller, never below 14 pt, rather than running into the subtitle.
    fontSize: fitSize(title, W - 2 * MARGIN, 0.95, [26, 22, 18, 14]),
    bold: true,
    color: '111827',
    valign: 'top',
  });
  if (s.subtitle)
    slide.addText(s.subtitle, {
      x: MARGIN,
      y: 1.2,
      w: W - 2 * MARGIN,
      h: 0.45,
      fontFace: FONT,
      fontSize: 14,
      color: '4B5563',
    });
  if (s.source)
    slide.addText(s.source, {
      x: MARGIN,
      y: 6.95,
      w: W - 2 * MARGIN,
      h: 0.35,
      fontFace: FONT,
      fontSize: 11,
      color: '6B7280',
    });
}

/** A text box with no inner margin, middle-aligned, in the deck's face: the labels of shape-drawn charts. */
export function boxText(
  slide: Slide,
  value: string,
  box: { x: number; y: number; w: number; h: number },
  extra: Record<string, unknown> = {},
) {
  slide.addText(value, { ...box, fontFace: FONT, margin: 0, valign: 'middle', color: '111827', ...extra });
}

/** The parts of a slide every view gives the same way: its id, titles and source. */
export const slideHead = (view: { id: string; title: string; subtitle: string; source: string }) => ({
  id: view.id,
  title: view.title,
  subtitle: view.subtitle,
  source: view.source,
});
