/**
 * Excel workbooks as rows of text cells, so that they go through the same mapping and reading as a CSV file.
 * read-excel-file (its web-worker entry: no worker of its own) is loaded on first use, in the RFM worker.
 */

export type FileFormat = 'csv' | 'xlsx' | 'xls';

/** The old binary .xls format, which no maintained browser reader reads: the user is asked to save as .xlsx. */
export class OldExcelError extends Error {
  constructor() {
    super('old-excel');
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** What a file is by its first bytes, not its name (an export saved as "data.csv" may be a workbook). */
export async function fileFormat(input: Blob | string): Promise<FileFormat> {
  if (typeof input === 'string') return 'csv';
  const bytes = new Uint8Array(await input.slice(0, 8).arrayBuffer());
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE)) return 'xls';
  return 'csv';
}

/** A number as plain digits with a decimal point (1e-7 → 0.0000001), as a CSV export would write it. */
function plainNumber(n: number): string {
  const text = String(n);
  if (!/e/i.test(text)) return text;
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** A cell as text: a date as YYYY-MM-DD (its calendar day; a time of day is dropped), a number as digits. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isFinite(value) ? plainNumber(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * The first sheet of a workbook as rows of text cells; row k (0-based) is the sheet's row k + 1, empty rows
 * inside the data kept (empty rows at the end are not rows).
 */
export async function xlsxRows(input: Blob): Promise<string[][]> {
  const { readSheet } = await import('read-excel-file/web-worker');
  const rows = await readSheet(input, { trim: false });
  return rows.map((row) => row.map(cellText));
}
