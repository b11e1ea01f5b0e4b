import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitSize, linesAt, linesHeight } from '../../../src/export/deck/textFit';

describe('text sized to fit a slide box', () => {
  it('counts Chinese characters about twice as wide as Latin ones, and explicit line breaks', () => {
    expect(linesAt('x'.repeat(120), 12, 12.333)).toBe(1);
    expect(linesAt('服'.repeat(120), 12, 12.333)).toBe(2);
    expect(linesAt('one\ntwo', 12, 12.333)).toBe(2);
  });

  it('keeps a short title at the largest size and steps a long one down', () => {
    expect(fitSize('Five forces: intensity now and in three years', 12.333, 0.95, [26, 22, 18, 14])).toBe(26);
    expect(
      fitSize('A title that says a great deal. '.repeat(5), 12.333, 0.95, [26, 22, 18, 14]),
    ).toBeLessThan(26);
  });

  it('the size chosen fits the box whenever any size does; otherwise it is the smallest (property)', () => {
    const sizes = [26, 22, 18, 14];
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        (text, height) => {
          const size = fitSize(text, 12.333, height, sizes);
          const fits = (pt: number) => linesHeight(linesAt(text, pt, 12.333), pt) <= height;
          if (sizes.some(fits)) {
            expect(fits(size)).toBe(true);
            // No larger size would have fitted.
            expect(sizes.filter((pt) => pt > size).some(fits)).toBe(false);
          } else expect(size).toBe(14);
        },
      ),
    );
  });
});
