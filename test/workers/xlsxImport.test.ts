import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rfmSchema } from '../../src/domain/project/rfmSchema';
import {
  formatsFitting,
  importCsv,
  importFile,
  previewFile,
  type ImportRequest,
} from '../../src/workers/rfmImportPipeline';
import { cellText, fileFormat, OldExcelError } from '../../src/workers/xlsxRows';

// The workbooks were saved by LibreOffice Calc 7.4 from CSV files (dates typed as dates, amounts as numbers), as
// a client's export would be: example.en.xlsx from public/examples/transactions.en.csv.
const file = (path: string, name = path.split('/').at(-1)!) => new File([readFileSync(path)], name);

const request = (fileName: string, headers: string[]): ImportRequest => ({
  fileName,
  headers,
  settings: {
    kind: 'transactions',
    columns: { customerId: 0, date: 1, amount: 2 },
    dateOrder: 'ymd',
    decimal: '.',
    analysisDate: null,
  },
});

describe('importing an Excel workbook (as the worker does)', () => {
  it('reads the example workbook to the same analysis as the CSV it was saved from', async () => {
    const workbook = file('test/fixtures/transactions/example.en.xlsx');
    const preview = await previewFile(workbook);
    expect(preview.format).toBe('xlsx');
    expect(preview.headers).toEqual(['customer_id', 'order_date', 'amount']);
    expect(preview.samples[0]).toEqual(['C1023', '2025-04-04', '1383.25']);
    expect(preview.guess.transactions).toEqual({ customerId: 0, date: 1, amount: 2 });
    expect(formatsFitting(preview, 1, 2)).toEqual({ dateOrders: ['ymd'], decimal: '.' });
    const progress: number[] = [];
    const fromXlsx = await importFile(workbook, request('example.en.xlsx', preview.headers), (f) =>
      progress.push(f),
    );
    const csv = readFileSync('public/examples/transactions.en.csv', 'utf8');
    const fromCsv = await importCsv(csv, request('example.en.xlsx', preview.headers));
    if (!fromXlsx.ok || !fromCsv.ok) throw new Error('not read');
    expect(rfmSchema.safeParse(fromXlsx.analysis).success).toBe(true);
    expect(fromXlsx.analysis.badRows).toBe(0);
    expect(fromXlsx.analysis).toEqual(fromCsv.analysis);
    expect(progress.length).toBeGreaterThan(0);
  });

  it('counts bad rows with their sheet row numbers and skips a blank row', async () => {
    // Rows: 1 header; 2–3 good; 4 blank; 5 "not a date"; 6 amount "abc"; 7 good; 8 no customer id.
    const workbook = file('test/fixtures/transactions/bad-rows.xlsx');
    const preview = await previewFile(workbook);
    const outcome = await importFile(workbook, request('bad-rows.xlsx', preview.headers));
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.analysis.badLines).toEqual([
      { line: 5, toLine: null, reason: 'dateUnreadable' },
      { line: 6, toLine: null, reason: 'amountUnreadable' },
      { line: 8, toLine: null, reason: 'idMissing' },
    ]);
    expect(outcome.analysis).toMatchObject({ rows: 6, goodRows: 3, badRows: 3, customers: 2 });
    expect(outcome.analysis.top.find((c) => c.id === 'C1')).toMatchObject({ frequency: 2, monetary: 17.75 });
  });

  it('refuses an old .xls workbook with its own reason, whatever the file is called', async () => {
    const old = file('test/fixtures/transactions/old-format.xls', 'export.csv');
    await expect(previewFile(old)).rejects.toBeInstanceOf(OldExcelError);
    await expect(importFile(old, request('export.csv', []))).rejects.toBeInstanceOf(OldExcelError);
  });

  it('tells a workbook from CSV by its first bytes, not its name', async () => {
    expect(await fileFormat(file('test/fixtures/transactions/example.en.xlsx', 'data.csv'))).toBe('xlsx');
    expect(await fileFormat(new File(['a,b\n1,2\n'], 'data.xlsx'))).toBe('csv');
    expect(await fileFormat('customer_id,date\n')).toBe('csv');
  });

  it('writes cells as a CSV export would: calendar days, plain digits, TRUE/FALSE, empty for nothing', () => {
    expect(cellText(new Date(Date.UTC(2026, 2, 1, 15, 30)))).toBe('2026-03-01');
    expect(cellText(1e-7)).toBe('0.0000001');
    expect(cellText(1234.5)).toBe('1234.5');
    expect(cellText(true)).toBe('TRUE');
    expect([cellText(null), cellText(undefined), cellText(Number.NaN)]).toEqual(['', '', '']);
    expect(cellText(' C1 ')).toBe(' C1 ');
  });
});
