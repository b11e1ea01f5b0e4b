/**
 * Sizes text for a slide box so that it fits at open: PowerPoint applies "shrink text on overflow" only
 * once the text is edited, so a deck must choose its font sizes itself.
 */
import { ems } from '../../views/textFit';

/** Line height as a multiple of the font size: Microsoft YaHei, single spaced, is about 1.3. */
const LEADING = 1.3;

/** Lines a text takes in a box `width` inches wide at `pt` points (explicit line breaks included). */
export function linesAt(text: string, pt: number, width: number): number {
  // 6% slack: lines break at words, not at the exact width.
  const perLine = ((width * 72) / pt) * 0.94;
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(ems(line) / perLine)), 0);
}

/** Height in inches of that many lines at that size. */
export function linesHeight(lines: number, pt: number): number {
  return (lines * pt * LEADING) / 72;
}

/** The largest of `sizes` (largest first) at which the text fits the box; the smallest if none does. */
export function fitSize(text: string, width: number, height: number, sizes: readonly number[]): number {
  return sizes.find((pt) => linesHeight(linesAt(text, pt, width), pt) <= height) ?? sizes.at(-1)!;
}
