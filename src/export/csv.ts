export type Cell = string | number | null | undefined;

/** UTF-8 byte order mark: without it Excel reads a UTF-8 file as the local code page and garbles Chinese. */
export const BOM = '\uFEFF';

export interface CsvOptions {
  /**
   * Write text exactly as typed, even where a spreadsheet would run it as a formula. Off by default: such
   * text gets a leading apostrophe, as OWASP recommends against CSV injection.
   */
  asTyped?: boolean;
}

/** Text a spreadsheet may run as a formula (OWASP "CSV Injection"): it starts with = + - @, a tab or a CR. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number typed as text ("-12.5") is harmless and stays a number for the spreadsheet. */
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** A text cell made safe to open in a spreadsheet: a formula-like start is prefixed with an apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function cell(value: Cell, options: CsvOptions): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  if (typeof value === 'string' && !options.asTyped) text = neutraliseFormula(text);
  // RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside.
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV text: a BOM, then each row on its own line (CRLF, as Excel writes it). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<Cell>>, options: CsvOptions = {}): string {
  return BOM + rows.map((row) => row.map((value) => cell(value, options)).join(',')).join('\r\n') + '\r\n';
}

/** Reads CSV text back into rows (for tests and round trips); the inverse of `toCsv`. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && source[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
