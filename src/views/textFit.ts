/** Width of a text in ems: CJK and full-width characters are one em, others (Latin) about 0.56 em. */
export function ems(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\uffff]/.test(ch) ? 1 : 0.56;
  return em;
}

/** Whether a text is set in Chinese (or another CJK script), whose characters must not lie on their side. */
export const isCjk = (text: string) => /[\u3400-\u9fff\uf900-\ufaff]/.test(text);

/** Rough width of a text in px at `fontSize` px: the one text-width rule of charts, slides and decks. */
export function textWidth(text: string, fontSize: number): number {
  return ems(text) * fontSize;
}

/**
 * The text cut with an ellipsis so that it fits in `maxWidth` px (at least one character is kept). One pass
 * over the characters: cutting a 1,000-character text by one character at a time, measuring each time, took
 * 270 ms for the tornado's labels at the limits.
 */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  const ellipsis = ems('…');
  // Summed in the order ems() sums, so that the cut is exactly where measuring each prefix would put it.
  let used = 0;
  let kept = 0;
  while (kept < chars.length) {
    const next = used + ems(chars[kept]!);
    if ((next + ellipsis) * fontSize > maxWidth) break;
    used = next;
    kept += 1;
  }
  return `${chars.slice(0, Math.max(1, kept)).join('')}…`;
}

export interface LabelBox {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export type Box = { left: number; right: number; top: number; bottom: number };

/** Half the size of a player's mark, which labels keep clear of unless a point says its own radius (a bubble). */
const MARK_RADIUS = 9;

/**
 * Places a label beside each point without covering a label placed before it or any mark: to the right,
 * left, above or below the mark, whichever is free first; if none is, moved down a line at a time.
 */
export function layoutLabels(
  points: ReadonlyArray<{ x: number; y: number; text: string; r?: number }>,
  fontSize: number,
  right: number,
  obstacles: readonly Box[] = [],
): LabelBox[] {
  const placed: Box[] = [
    ...obstacles,
    ...points.map((p) => {
      const r = p.r ?? MARK_RADIUS;
      return { left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y + r };
    }),
  ];
  const clashes = (box: Box) =>
    placed.some((b) => box.left < b.right && box.right > b.left && box.top < b.bottom && box.bottom > b.top);
  return points.map((p) => {
    const width = textWidth(p.text, fontSize);
    const boxOf = (label: LabelBox): Box => {
      const left =
        label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
      return { left, right: left + width, top: label.y - fontSize, bottom: label.y + 3 };
    };
    const r = p.r ?? MARK_RADIUS;
    // Beside the mark, the text's middle level with it (5 px below the mark's centre at the page's 13 px).
    const level = p.y + Math.max(5, fontSize * 0.36);
    const candidates: LabelBox[] = [
      { x: p.x + r + 3, y: level, anchor: 'start' },
      { x: p.x - r - 3, y: level, anchor: 'end' },
      { x: p.x, y: p.y - r - 4, anchor: 'middle' },
      { x: p.x, y: p.y + r + fontSize, anchor: 'middle' },
    ].filter((c) => boxOf(c as LabelBox).right <= right && boxOf(c as LabelBox).left >= 0) as LabelBox[];
    let chosen = candidates.find((c) => !clashes(boxOf(c)));
    // None is free: the nearest free spot a line or more up or down from one of them, else the first one.
    for (let step = 1; !chosen && step <= 12; step += 1)
      for (const sign of [-1, 1])
        chosen ??= candidates
          .map((c) => ({ ...c, y: c.y + sign * step * (fontSize + 3) }))
          .find((c) => boxOf(c).top >= 0 && !clashes(boxOf(c)));
    chosen ??= candidates[0] ?? { x: p.x - 12, y: p.y + 5, anchor: 'end' };
    placed.push(boxOf(chosen));
    return chosen;
  });
}

/**
 * The text broken into lines of at most `maxWidth` px: at spaces, or between any two CJK characters; a word
 * longer than a line is cut with an ellipsis. At most `maxLines` lines, the last cut if more is left.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, maxLines = 3): string[] {
  // Break opportunities: after a space, and before or after a CJK character.
  const pieces = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line !== '' && textWidth((line + piece).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  // A word longer than a line is cut with an ellipsis rather than run into its neighbour.
  if (lines.length <= maxLines) return lines.map((l) => fitText(l, fontSize, maxWidth));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(
    `${kept[maxLines - 1]!}${lines.slice(maxLines).join(' ')}`,
    fontSize,
    maxWidth,
  );
  return kept;
}
