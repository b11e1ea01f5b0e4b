/** Width of a text in ems: CJK and full-width characters are one em, others (Latin) about 0.56 em. */
export function ems(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\uffff]/.test(ch) ? 1 : 0.56;
  return em;
}

/** Rough width of a text in px at `fontSize` px: the one text-width rule of charts, slides and decks. */
export function textWidth(text: string, fontSize: number): number {
  return ems(text) * fontSize;
}

/** The text cut with an ellipsis so that it fits in `maxWidth` px. */
export function fitText(text: string, fontSize: number, maxWidth: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
  return `${chars.join('')}…`;
}

export interface LabelBox {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export type Box = { left: number; right: number; top: number; bottom: number };

/**
 * Places a label beside each point without covering a label placed before it or any mark: to the right,
 * left, above or below the mark, whichever is free first; if none is, moved down a line at a time.
 */
export function layoutLabels(
  points: ReadonlyArray<{ x: number; y: number; text: string }>,
  fontSize: number,
  right: number,
  obstacles: readonly Box[] = [],
): LabelBox[] {
  const placed: Box[] = [
    ...obstacles,
    ...points.map((p) => ({ left: p.x - 9, right: p.x + 9, top: p.y - 9, bottom: p.y + 9 })),
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
    const candidates: LabelBox[] = [
      { x: p.x + 12, y: p.y + 5, anchor: 'start' },
      { x: p.x - 12, y: p.y + 5, anchor: 'end' },
      { x: p.x, y: p.y - 13, anchor: 'middle' },
      { x: p.x, y: p.y + 9 + fontSize, anchor: 'middle' },
    ].filter((c) => boxOf(c as LabelBox).right <= right && boxOf(c as LabelBox).left >= 0) as LabelBox[];
    let chosen = candidates.find((c) => !clashes(boxOf(c)));
    if (!chosen) {
      const base: LabelBox = candidates[0] ?? { x: p.x - 12, y: p.y + 5, anchor: 'end' };
      chosen = base;
      for (let step = 1; step <= 12 && clashes(boxOf(chosen)); step += 1)
        chosen = { ...base, y: base.y + step * (fontSize + 3) };
    }
    placed.push(boxOf(chosen));
    return chosen;
  });
}
