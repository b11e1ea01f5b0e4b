import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xmlSafeDeep, xmlSafeText } from '../../src/export/xmlText';

/** The XML 1.0 Char production (W3C XML 1.0, 5th edition, §2.2). */
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('xmlSafeText', () => {
  it('turns PowerPoint’s line break (U+000B) into a newline and drops what XML refuses', () => {
    expect(xmlSafeText('Line\u000bbreak')).toBe('Line\nbreak');
    expect(xmlSafeText('a\u0000b\u0007c\u001fd\ufffee\uffff')).toBe('abcde');
    expect(xmlSafeText('lone \ud800 high, lone \udc00 low')).toBe('lone \ufffd high, lone \ufffd low');
  });

  it('keeps tabs, newlines, CJK, emoji and right-to-left marks as they are', () => {
    const text = 'Tab\there\r\n海底捞 🍲 👩‍👩‍👧 \u202eevil\u202c';
    expect(xmlSafeText(text)).toBe(text);
  });

  it('always gives text XML 1.0 allows, and changes nothing that was allowed (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const safe = xmlSafeText(text);
        expect(safe).toMatch(XML_CHAR);
        if (XML_CHAR.test(text)) expect(safe).toBe(text);
      }),
    );
  });

  it('cleans every string of a deck model, leaving numbers and nulls', () => {
    expect(xmlSafeDeep({ title: 'A\u000bB', values: [1, null, 'x\u0000'], nested: { n: 2 } })).toEqual({
      title: 'A\nB',
      values: [1, null, 'x'],
      nested: { n: 2 },
    });
  });
});
