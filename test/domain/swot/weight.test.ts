import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWeight } from '../../../src/domain/swot/weight';

describe('parseWeight', () => {
  it.each([
    ['0.15', 0.15],
    ['.15', 0.15],
    ['0,15', 0.15],
    [' 1 ', 1],
    ['0', 0],
    ['1.', 1],
    ['', null],
    ['  ', null],
    ['1.5', undefined],
    ['-0.1', undefined],
    ['abc', undefined],
    ['0.1.2', undefined],
    ['1e-1', undefined],
    ['Infinity', undefined],
    // A percentage is read as the share it names (#16: "10%" → 0.10).
    ['10%', 0.1],
    ['15 %', 0.15],
    ['7.5%', 0.075],
    ['12,5%', 0.125],
    ['100%', 1],
    ['20％', 0.2],
    ['101%', undefined],
    ['-5%', undefined],
    ['%', undefined],
  ])('%j → %j', (text, expected) => {
    expect(parseWeight(text)).toBe(expected);
  });

  it('reads back any weight 0–1 it is shown (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (w) => {
        const shown = String(w);
        if (/e/.test(shown)) return; // String() uses exponents below 1e-6; the field never shows those.
        expect(parseWeight(shown)).toBe(w);
      }),
    );
  });
});
