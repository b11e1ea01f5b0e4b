/**
 * Reading a customer data file (CSV by papaparse in chunks, or an Excel workbook's first sheet) into the
 * analysis a project keeps. Runs in the RFM worker; the benchmark runs it on a generated string.
 */
import Papa from 'papaparse';
import { guessColumns } from '../domain/customers/importColumns';
import { dateOrdersFitting, decimalMarkFitting, isoDate } from '../domain/customers/importFormats';
import { RfmAccumulator, type ImportSettings } from '../domain/customers/rfmImport';
import { summariseRfm } from '../domain/customers/rfmAnalysis';
import { LIMITS } from '../domain/project/limits';
import { RANGES } from '../domain/project/ranges';
import type { RfmAnalysisDoc } from '../domain/project/rfmSchema';
import { fileFormat, OldExcelError, xlsxRows, type FileFormat } from './xlsxRows';

export type ImportInput = File | string;

export interface ImportPreview {
  /** What the file was read as. */
  format: Exclude<FileFormat, 'xls'>;
  headers: string[];
  /** The first data rows, as read. */
  samples: string[][];
  guess: { transactions: ReturnType<typeof guessColumns>; summary: ReturnType<typeof guessColumns> };
}

const PREVIEW_ROWS = 20;

const newlinesIn = (cells: readonly string[]) => {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n += 1;
  return n;
};

/** A preview of rows read: the first is the header. */
function previewOf(format: ImportPreview['format'], rows: string[][]): ImportPreview {
  const [headers = [], ...samples] = rows;
  return {
    format,
    headers: headers.map((h) => h.replace(/^\ufeff/, '').trim()),
    samples,
    guess: {
      transactions: guessColumns(headers, 'transactions'),
      summary: guessColumns(headers, 'summary'),
    },
  };
}

/** The header and first rows of a CSV file, with a guess at its columns. */
export function previewCsv(input: ImportInput): Promise<ImportPreview> {
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(input as File, {
      preview: PREVIEW_ROWS + 1,
      skipEmptyLines: 'greedy',
      complete: (results) => resolve(previewOf('csv', results.data)),
      error: (error: Error) => reject(error),
    });
  });
}

const blank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/** The header and first rows of a CSV file or workbook; an old .xls workbook is refused (OldExcelError). */
export async function previewFile(input: ImportInput): Promise<ImportPreview> {
  const format = await fileFormat(input);
  if (format === 'xls') throw new OldExcelError();
  if (format === 'csv') return previewCsv(input);
  const rows = (await xlsxRows(input as Blob)).filter((row) => !blank(row));
  return previewOf('xlsx', rows.slice(0, PREVIEW_ROWS + 1));
}

/** Reads every row of a CSV file or workbook with the confirmed settings (see `importCsv`). */
export async function importFile(
  input: ImportInput,
  request: ImportRequest,
  onProgress: (fraction: number) => void = () => {},
): Promise<ImportOutcome> {
  const format = await fileFormat(input);
  if (format === 'xls') throw new OldExcelError();
  if (format === 'csv') return importCsv(input, request, onProgress);
  const rows = await xlsxRows(input as Blob);
  onProgress(0.5);
  return importRows(rows, request, onProgress);
}

/**
 * Reads rows already split into cells (a workbook's sheet): row k is line k + 1, the first row non-blank is
 * the header, blank rows are skipped as a CSV's empty lines are.
 */
export function importRows(
  rows: readonly string[][],
  request: ImportRequest,
  onProgress: (fraction: number) => void = () => {},
): ImportOutcome {
  const accumulator = new RfmAccumulator(request.settings, LIMITS.rfmBadLinesKept);
  let header = true;
  rows.forEach((cells, i) => {
    if (blank(cells)) return;
    if (header) header = false;
    else accumulator.add(cells, i + 1);
    if (i % 100_000 === 99_999) onProgress(0.5 + (0.5 * i) / rows.length);
  });
  return finishImport(accumulator, request);
}

/** The date orders and decimal mark a preview's columns fit (for the mapping step's defaults). */
export function formatsFitting(
  preview: ImportPreview,
  dateColumn: number | null,
  amountColumn: number | null,
) {
  const column = (index: number | null) =>
    index === null ? [] : preview.samples.map((row) => row[index] ?? '');
  return {
    dateOrders: dateOrdersFitting(column(dateColumn)),
    decimal: decimalMarkFitting(column(amountColumn)),
  };
}

export interface ImportRequest {
  fileName: string;
  settings: ImportSettings;
  /** The header of each chosen column, kept with the analysis. */
  headers: string[];
}

export type ImportOutcome =
  { ok: true; analysis: RfmAnalysisDoc } | { ok: false; reason: 'noCustomers' | 'tooLarge' };

/** Reads every row of a CSV file with the confirmed settings; `onProgress` gets the share read (0–1). */
export function importCsv(
  input: ImportInput,
  request: ImportRequest,
  onProgress: (fraction: number) => void = () => {},
): Promise<ImportOutcome> {
  const size = typeof input === 'string' ? input.length : input.size;
  const accumulator = new RfmAccumulator(request.settings, LIMITS.rfmBadLinesKept);
  // The last line of each unreadable row that ran on over several lines (an unclosed quote takes the rest).
  const lastLines = new Map<number, number>();
  let line = 1;
  let header = true;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(input as File, {
      chunkSize: 4 * 1024 * 1024,
      chunk: (results) => {
        const malformed = new Set(results.errors.filter((e) => e.type === 'Quotes').map((e) => e.row));
        results.data.forEach((cells, i) => {
          const first = line;
          line += 1 + newlinesIn(cells);
          if (header) header = false;
          else if (!malformed.has(i)) accumulator.add(cells, first);
          else {
            accumulator.malformed(first);
            // An unclosed quote runs to the end of the file, taking the file's last line break with it.
            const last = line - 1 - (/\r?\n$/.test(cells.at(-1) ?? '') ? 1 : 0);
            if (last > first) lastLines.set(first, last);
          }
        });
        onProgress(Math.min(1, results.meta.cursor / Math.max(1, size)));
      },
      complete: () => resolve(finishImport(accumulator, request, lastLines)),
      error: (error: Error) => reject(error),
    });
  });
}

/** The analysis of what the accumulator read: refused when no customer was read or a sum is out of range. */
export function finishImport(
  accumulator: RfmAccumulator,
  request: ImportRequest,
  lastLines: ReadonlyMap<number, number> = new Map(),
): ImportOutcome {
  const tally = accumulator.finish();
  if (tally.customers.length === 0) return { ok: false, reason: 'noCustomers' };
  const summary = summariseRfm(tally.customers, LIMITS.rfmCustomersKept);
  const sums = [...summary.cells.map((c) => c.monetary), ...summary.top.map((c) => c.monetary)];
  if (
    sums.some((m) => Math.abs(m) > RANGES.moneyTotal.max) ||
    tally.customers.some((c) => c.recencyDays > RANGES.recencyDays.max)
  )
    return { ok: false, reason: 'tooLarge' };
  const { settings } = request;
  const roles = Object.entries(settings.columns) as Array<[string, number]>;
  return {
    ok: true,
    analysis: {
      fileName: request.fileName.slice(0, LIMITS.nameChars),
      kind: settings.kind,
      columns: Object.fromEntries(
        roles.map(([role, index]) => [role, (request.headers[index] ?? '').slice(0, LIMITS.nameChars)]),
      ),
      dateOrder: settings.dateOrder,
      decimal: settings.decimal,
      analysisDate: tally.analysisDay === null ? null : isoDate(tally.analysisDay),
      rows: tally.rows,
      goodRows: tally.goodRows,
      badRows: tally.badRows,
      badByReason: Object.entries(tally.badByReason).map(([reason, count]) => ({
        reason: reason as keyof typeof tally.badByReason,
        count: count!,
      })),
      badLines: tally.badLines.map((b) => ({ ...b, toLine: lastLines.get(b.line) ?? null })),
      customers: summary.customers,
      cells: summary.cells,
      segments: summary.segments,
      top: summary.top,
    },
  };
}
