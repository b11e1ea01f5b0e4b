import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rfmSchema } from '../../src/domain/project/rfmSchema';
import { formatsFitting, importCsv, previewCsv } from '../../src/workers/rfmImportPipeline';

const text = (path: string) => readFileSync(path, 'utf8');

describe('importing a CSV file (as the worker does)', () => {
  it('reads the English example: columns guessed, every row read, an analysis the schema accepts', async () => {
    const csv = text('public/examples/transactions.en.csv');
    const preview = await previewCsv(csv);
    expect(preview.headers).toEqual(['customer_id', 'order_date', 'amount']);
    expect(preview.guess.transactions).toEqual({ customerId: 0, date: 1, amount: 2 });
    expect(formatsFitting(preview, 1, 2)).toEqual({ dateOrders: ['ymd'], decimal: '.' });
    const lines = csv.trim().split('\n').length - 1;
    const outcome = await importCsv(csv, {
      fileName: 'transactions.en.csv',
      headers: preview.headers,
      settings: {
        kind: 'transactions',
        columns: { customerId: 0, date: 1, amount: 2 },
        dateOrder: 'ymd',
        decimal: '.',
        analysisDate: null,
      },
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    const { analysis } = outcome;
    expect(rfmSchema.safeParse(analysis).success).toBe(true);
    expect(analysis).toMatchObject({ rows: lines, goodRows: lines, badRows: 0, analysisDate: '2026-03-31' });
    const ids = new Set(
      csv
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    );
    expect(analysis.customers).toBe(ids.size);
    expect(analysis.segments.reduce((n, s) => n + s.customers, 0)).toBe(ids.size);
    expect(analysis.columns).toEqual({ customerId: 'customer_id', date: 'order_date', amount: 'amount' });
  });

  it('reads the Chinese example (BOM, Chinese headers, 2026/3/1 dates) to the same analysis', async () => {
    const run = async (path: string) => {
      const csv = text(path);
      const preview = await previewCsv(csv);
      const { customerId, date, amount } = preview.guess.transactions;
      expect([customerId, date, amount]).toEqual([0, 1, 2]);
      const fits = formatsFitting(preview, date!, amount!);
      const outcome = await importCsv(csv, {
        fileName: path,
        headers: preview.headers,
        settings: {
          kind: 'transactions',
          columns: { customerId: 0, date: 1, amount: 2 },
          dateOrder: fits.dateOrders[0]!,
          decimal: fits.decimal!,
          analysisDate: '2026-04-01',
        },
      });
      if (!outcome.ok) throw new Error(outcome.reason);
      return outcome.analysis;
    };
    const zh = await run('public/examples/transactions.zh-CN.csv');
    const en = await run('public/examples/transactions.en.csv');
    expect(zh.columns).toEqual({ customerId: '客户编号', date: '交易日期', amount: '金额' });
    expect({ ...zh, fileName: '', columns: {} }).toEqual({ ...en, fileName: '', columns: {} });
  });

  it('counts bad rows by line (a blank line counted as a line, an unclosed quote to the end of the file)', async () => {
    const csv = text('test/fixtures/transactions/bad-rows.csv');
    const preview = await previewCsv(csv);
    // Every day in the first rows is 12 or less, so the order is for the user to confirm.
    expect(formatsFitting(preview, 1, 2)).toMatchObject({ dateOrders: ['dmy', 'mdy'], decimal: ',' });
    const outcome = await importCsv(csv, {
      fileName: 'bad-rows.csv',
      headers: preview.headers,
      settings: {
        kind: 'transactions',
        columns: { customerId: 0, date: 1, amount: 2 },
        dateOrder: 'dmy',
        decimal: ',',
        analysisDate: null,
      },
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    const { analysis } = outcome;
    expect(analysis.badLines).toEqual([
      { line: 4, toLine: null, reason: 'dateUnreadable' },
      { line: 6, toLine: null, reason: 'idMissing' },
      { line: 7, toLine: null, reason: 'amountUnreadable' },
      { line: 8, toLine: null, reason: 'columnsMissing' },
      { line: 10, toLine: 12, reason: 'malformed' },
    ]);
    expect(analysis).toMatchObject({
      rows: 8,
      goodRows: 3,
      badRows: 5,
      customers: 2,
      analysisDate: '2026-03-06',
    });
    const k1 = analysis.top.find((c) => c.id === 'K1');
    expect(k1).toMatchObject({ frequency: 1, monetary: 1234.5, recencyDays: 5 });
    expect(analysis.top.find((c) => c.id === 'K2')).toMatchObject({
      frequency: 2,
      monetary: 19.75,
      recencyDays: 0,
    });
  });

  it('says so when no row can be read with the settings', async () => {
    const outcome = await importCsv('id,date,amount\na,2026-03-01,1\n', {
      fileName: 'x.csv',
      headers: ['id', 'date', 'amount'],
      settings: {
        kind: 'transactions',
        columns: { customerId: 0, date: 1, amount: 2 },
        dateOrder: 'dmy',
        decimal: '.',
        analysisDate: null,
      },
    });
    expect(outcome).toEqual({ ok: false, reason: 'noCustomers' });
  });
});
