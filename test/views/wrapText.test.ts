import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../src/views/textFit';

describe('wrapText: a category name on up to three lines under its bar', () => {
  it('keeps a name that fits on one line, and breaks at spaces or between Chinese characters', () => {
    expect(wrapText('Satisfied', 13, 200)).toEqual(['Satisfied']);
    expect(wrapText('Lost by complaints (−2)', 13, 90)).toEqual(['Lost by', 'complaints', '(−2)']);
    expect(wrapText('抱怨赶走（−2）', 13, 40)).toEqual(['抱怨赶', '走（', '−2）']);
  });

  it('cuts a word longer than a line, and what is left after three lines, with an ellipsis', () => {
    expect(wrapText('Dissatisfied', 13, 50)).toEqual(['Dissa…']);
    expect(wrapText('one two three four five six', 13, 40)).toEqual(['one', 'two', 'thr…']);
  });

  it('never gives a line wider than asked for or more lines than allowed (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 20, max: 300 }), (text, width) => {
        const lines = wrapText(text, 13, width);
        expect(lines.length).toBeLessThanOrEqual(3);
        for (const line of lines)
          expect(textWidth(line, 13)).toBeLessThanOrEqual(
            Math.max(width, textWidth(`${[...line][0] ?? ''}…`, 13)),
          );
      }),
    );
  });
});
