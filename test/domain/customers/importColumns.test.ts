import { describe, expect, it } from 'vitest';
import { guessColumns, mappingProblems } from '../../../src/domain/customers/importColumns';

describe('guessing which column is which', () => {
  it.each([
    [['customer_id', 'order_date', 'amount'], { customerId: 0, date: 1, amount: 2 }],
    [['\ufeff客户编号', '交易日期', '金额'], { customerId: 0, date: 1, amount: 2 }],
    [['Invoice', 'InvoiceDate', 'Customer ID', 'Country', 'Sales'], { customerId: 2, date: 1, amount: 4 }],
    [['订单号', '会员编号', '下单日期', '实付金额'], { customerId: 1, date: 2, amount: 3 }],
    [['a', 'b', 'c'], { customerId: null, date: null, amount: null }],
  ])('%j', (headers, expected) => {
    expect(guessColumns(headers, 'transactions')).toEqual(expected);
  });

  it('finds a summary’s recency, frequency and monetary columns, in English or Chinese', () => {
    expect(guessColumns(['customer', 'recency_days', 'frequency', 'monetary'], 'summary')).toEqual({
      customerId: 0,
      recencyDays: 1,
      frequency: 2,
      monetary: 3,
    });
    expect(guessColumns(['客户编号', '最近购买天数', '购买次数', '消费总额'], 'summary')).toEqual({
      customerId: 0,
      recencyDays: 1,
      frequency: 2,
      monetary: 3,
    });
  });

  it('names every role without a column, a column chosen twice and one the file lacks', () => {
    expect(mappingProblems({ customerId: 0, date: 0, amount: 5 }, 'transactions', 3)).toEqual([
      { role: 'date', problem: 'twice' },
      { role: 'amount', problem: 'outside' },
    ]);
    expect(mappingProblems({ customerId: 0, date: null }, 'transactions', 3)).toEqual([
      { role: 'date', problem: 'missing' },
      { role: 'amount', problem: 'missing' },
    ]);
    expect(mappingProblems({ customerId: 2, date: 0, amount: 1 }, 'transactions', 3)).toEqual([]);
  });
});
