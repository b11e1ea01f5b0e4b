import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, toCsv } from '../../src/export/csv';

describe('CSV', () => {
  it('starts with a BOM so Excel reads Chinese, quotes what needs quoting, and ends rows with CRLF', () => {
    const csv = toCsv([
      ['Item', 'Weight'],
      ['海底捞 "premium", <script>&', 0.15],
      ['two\nlines', null],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}Item,Weight\r\n"海底捞 ""premium"", <script>&",0.15\r\n"two\nlines",\r\n`);
  });

  it('gives back exactly the text that went in, whatever it is (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 500 }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          // A row of one empty field is written as an empty line, which reads back as no field at all.
          fc.pre(rows.every((r) => !(r.length === 1 && r[0] === '')));
          expect(parseCsv(toCsv(rows))).toEqual(rows);
        },
      ),
    );
  });
});
