import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, layoutLabels, textWidth } from '../../src/views/textFit';

describe('chart text fitting', () => {
  it('counts Chinese characters as a full em and cuts long labels with an ellipsis', () => {
    expect(textWidth('差异化', 10)).toBe(30);
    expect(fitText('Differentiation focus', 10, 1000)).toBe('Differentiation focus');
    const cut = fitText('加盟制快递企业价格战：单票收入每年下降约 10%', 14, 120);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 14)).toBeLessThanOrEqual(120);
  });

  // The cut as it was first written: measure the text, drop the last character, measure again.
  const fitTextByMeasuring = (text: string, fontSize: number, maxWidth: number) => {
    if (textWidth(text, fontSize) <= maxWidth) return text;
    const chars = [...text];
    while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > maxWidth) chars.pop();
    return `${chars.join('')}…`;
  };

  it('cuts exactly where measuring every shorter text would, in one pass (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'W', ' ', '差', '异', '化', '😀', '1'), maxLength: 80 }),
        fc.integer({ min: 6, max: 20 }),
        fc.integer({ min: 0, max: 400 }),
        (text, fontSize, maxWidth) => {
          expect(fitText(text, fontSize, maxWidth)).toBe(fitTextByMeasuring(text, fontSize, maxWidth));
        },
      ),
    );
    // At the limits a label is 1,000 characters: cut to a short one.
    const long = 'x'.repeat(1000);
    expect(fitText(long, 10, 100)).toBe(fitTextByMeasuring(long, 10, 100));
  });

  it('places labels so that no two overlap (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 600 }),
            y: fc.integer({ min: 0, max: 600 }),
            text: fc.string({ minLength: 1, maxLength: 12 }),
          }),
          { maxLength: 5 },
        ),
        (points) => {
          const boxes = layoutLabels(points, 13, 700).map((l, i) => {
            const w = textWidth(points[i]!.text, 13);
            const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
            return { left, right: left + w, top: l.y - 13, bottom: l.y + 3 };
          });
          boxes.forEach((a, i) =>
            boxes.slice(i + 1).forEach((b) => {
              const overlap = a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
              expect(overlap).toBe(false);
            }),
          );
        },
      ),
    );
  });

  it('keeps names off every bubble, however large (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 600 }),
            y: fc.integer({ min: 0, max: 600 }),
            r: fc.integer({ min: 4, max: 30 }),
            text: fc.string({ minLength: 1, maxLength: 12 }),
          }),
          { maxLength: 5 },
        ),
        (points) => {
          layoutLabels(points, 13, 700).forEach((l, i) => {
            const w = textWidth(points[i]!.text, 13);
            const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
            for (const p of points)
              expect(
                left < p.x + p.r && left + w > p.x - p.r && l.y - 13 < p.y + p.r && l.y + 3 > p.y - p.r,
              ).toBe(false);
          });
        },
      ),
    );
  });

  it('puts a name a line above or below a blocked side rather than far away', () => {
    // A mark on top of a large bubble, with marks to its left, right and above: every side is taken.
    const points = [
      { x: 300, y: 200, text: 'A', r: 40 },
      { x: 340, y: 160, text: 'B' },
      { x: 260, y: 160, text: 'C' },
      { x: 300, y: 130, text: 'D' },
      { x: 300, y: 160, text: 'Cost focus' },
    ];
    const label = layoutLabels(points, 12, 700)[4];
    expect(Math.abs(label!.y - 160)).toBeLessThanOrEqual(2 * 15 + 5);
  });
});
