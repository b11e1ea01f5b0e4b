import { describe, expect, it } from 'vitest';
import { RfmAccumulator, type ImportSettings } from '../../../src/domain/customers/rfmImport';
import { rfmFromTransactions } from '../../../src/domain/customers/rfm';

const transactions: ImportSettings = {
  kind: 'transactions',
  columns: { customerId: 0, date: 1, amount: 2 },
  dateOrder: 'ymd',
  decimal: '.',
  analysisDate: null,
};

describe('reading rows one at a time', () => {
  it('agrees with rfmFromTransactions, counting recency to the latest purchase when no date is given', () => {
    const rows = [
      ['c2', '2024/2/28', '20'],
      ['c1', '2024/1/15', '100'],
      ['c2', '2024/3/1', '35.50'],
      ['c1', '2023/12/31', '-10'],
      ['c3', '2024/3/10', '5'],
    ];
    const accumulator = new RfmAccumulator(transactions);
    rows.forEach((row, i) => accumulator.add(row, i + 2));
    const tally = accumulator.finish();
    expect(tally.customers).toEqual(
      rfmFromTransactions(
        rows.map(([customerId, date, amount]) => ({
          customerId: customerId!,
          date: date!.replace(/\/(\d)(?=\/|$)/g, '/0$1').replace(/\//g, '-'),
          amount: Number(amount),
        })),
        '2024-03-10',
      ),
    );
    expect(tally).toMatchObject({ rows: 5, goodRows: 5, badRows: 0, analysisDay: 19792 });
  });

  it('counts every bad row with its line and reason, skips blank rows, and keeps the first lines only', () => {
    const accumulator = new RfmAccumulator({ ...transactions, analysisDate: '2024-03-10' }, 3);
    accumulator.add(['c1', '2024-03-01', '10'], 2);
    accumulator.add(['', '2024-03-01', '10'], 3);
    accumulator.add(['c2', '2024-02-30', '10'], 4);
    accumulator.add(['', '', ''], 5);
    accumulator.add(['c3', '2024-03-11', '10'], 6);
    accumulator.add(['c4', '2024-03-01', '12,5'], 7);
    accumulator.add(['c5'], 8);
    accumulator.add(['x'.repeat(201), '2024-03-01', '1'], 9);
    accumulator.malformed(10);
    const tally = accumulator.finish();
    expect(tally.rows).toBe(8);
    expect(tally.goodRows).toBe(1);
    expect(tally.badRows).toBe(7);
    expect(tally.badByReason).toEqual({
      idMissing: 1,
      dateUnreadable: 1,
      dateAfterAnalysis: 1,
      amountUnreadable: 1,
      columnsMissing: 1,
      idTooLong: 1,
      malformed: 1,
    });
    expect(tally.badLines).toEqual([
      { line: 3, reason: 'idMissing' },
      { line: 4, reason: 'dateUnreadable' },
      { line: 6, reason: 'dateAfterAnalysis' },
    ]);
    expect(tally.customers).toEqual([{ id: 'c1', recencyDays: 9, frequency: 1, monetary: 10 }]);
  });

  it('takes a per-customer summary as it is, refusing a customer twice and values that are not counts', () => {
    const accumulator = new RfmAccumulator({
      ...transactions,
      kind: 'summary',
      columns: { customerId: 0, recencyDays: 1, frequency: 2, monetary: 3 },
      decimal: ',',
    });
    accumulator.add(['a', '3', '12', '1.234,50'], 2);
    accumulator.add(['b', '40', '1', '99'], 3);
    accumulator.add(['a', '1', '1', '1'], 4);
    accumulator.add(['c', '-1', '1', '1'], 5);
    accumulator.add(['d', '2', '0', '1'], 6);
    accumulator.add(['e', '2', '2', '1.5'], 7);
    accumulator.add(['f', '100001', '2', '1'], 8);
    const tally = accumulator.finish();
    expect(tally.customers).toEqual([
      { id: 'a', recencyDays: 3, frequency: 12, monetary: 1234.5 },
      { id: 'b', recencyDays: 40, frequency: 1, monetary: 99 },
    ]);
    expect(tally.analysisDay).toBeNull();
    expect(tally.badLines.map((b) => [b.line, b.reason])).toEqual([
      [4, 'customerTwice'],
      [5, 'recencyUnreadable'],
      [6, 'frequencyUnreadable'],
      [7, 'monetaryUnreadable'],
      [8, 'recencyUnreadable'],
    ]);
  });

  it('refuses settings without every column or with an analysis date that is not a date', () => {
    expect(() => new RfmAccumulator({ ...transactions, columns: { customerId: 0, date: 1 } })).toThrow(
      /every column/,
    );
    expect(() => new RfmAccumulator({ ...transactions, analysisDate: '2024-02-30' })).toThrow(/analysisDate/);
  });
});
