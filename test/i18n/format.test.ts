import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSharePercent } from '../../src/i18n/format';

describe('formatSharePercent', () => {
  it.each([
    [0.81771, '81.8'],
    // 16 agents, 91.67 calls an hour of 240 s, 13 s: Erlang C gives 0.99962 (the DHL case), not 100%.
    [0.99962, '99.96'],
    [0.99996, '99.996'],
    [0.999996, '99.9996'],
    [0.99999999, '99.9999'],
    [1, '100.0'],
    [0, '0.0'],
  ])('%f shows as %s', (share, text) => {
    expect(formatSharePercent(share, 'en')).toBe(text);
  });

  it('never shows a share below 1 as 100', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (share) => {
        expect(Number(formatSharePercent(share, 'en').replace(/,/g, ''))).toBeLessThan(100);
      }),
    );
  });

  it('uses the language’s decimal sign', () => {
    expect(formatSharePercent(0.5, 'de')).toBe('50,0');
  });
});
