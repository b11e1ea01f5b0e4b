import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateOrdersFitting,
  decimalMarkFitting,
  isoDate,
  parseAmount,
  parseDay,
} from '../../../src/domain/customers/importFormats';

const day = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8))) / 86_400_000;

describe('dates as people write them', () => {
  it.each([
    ['2026-03-01', 'ymd', '2026-03-01'],
    ['2026/3/1', 'ymd', '2026-03-01'],
    ['2026.3.1', 'ymd', '2026-03-01'],
    ['2026年3月1日', 'ymd', '2026-03-01'],
    ['2026-03-01 14:22:05', 'ymd', '2026-03-01'],
    ['2026-03-01T14:22:05+08:00', 'ymd', '2026-03-01'],
    ['01/03/2026', 'dmy', '2026-03-01'],
    ['1.3.2026', 'dmy', '2026-03-01'],
    ['03/01/2026', 'mdy', '2026-03-01'],
    ['2/29/2024', 'mdy', '2024-02-29'],
  ] as const)('%s read as %s is %s', (raw, order, iso) => {
    expect(parseDay(raw, order)).toBe(day(iso));
  });

  it.each([
    ['2026-02-29', 'ymd'],
    ['2026/13/1', 'ymd'],
    ['31/02/2026', 'dmy'],
    ['13/01/2026', 'mdy'],
    ['2026-03-01', 'dmy'],
    ['01/03/26', 'dmy'],
    ['', 'ymd'],
    ['yesterday', 'ymd'],
  ] as const)('%s is not a date written %s', (raw, order) => {
    expect(parseDay(raw, order)).toBeNull();
  });

  it('finds the orders the samples fit: one when a day is above 12, several when none is', () => {
    expect(dateOrdersFitting(['2026/3/1', '2026/3/15'])).toEqual(['ymd']);
    expect(dateOrdersFitting(['01/03/2026', '25/03/2026'])).toEqual(['dmy']);
    expect(dateOrdersFitting(['03/01/2026', '03/25/2026'])).toEqual(['mdy']);
    expect(dateOrdersFitting(['01/03/2026', '02/03/2026'])).toEqual(['dmy', 'mdy']);
    expect(dateOrdersFitting(['2026-03-01', 'n/a'])).toEqual(['ymd']);
    expect(dateOrdersFitting(['25/03/2026', '31/02/2026', 'n/a'])).toEqual(['dmy']);
    expect(dateOrdersFitting(['n/a', ''])).toEqual([]);
    expect(dateOrdersFitting([])).toEqual([]);
  });

  it('reads back every calendar date it writes, in each order (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('1900-01-01'), max: day('2199-12-31') }), (n) => {
        const [y, m, d] = isoDate(n).split('-');
        expect(parseDay(isoDate(n), 'ymd')).toBe(n);
        expect(parseDay(`${y}/${Number(m)}/${Number(d)}`, 'ymd')).toBe(n);
        expect(parseDay(`${d}.${m}.${y}`, 'dmy')).toBe(n);
        expect(parseDay(`${m}/${d}/${y}`, 'mdy')).toBe(n);
      }),
    );
  });
});

describe('amounts with a decimal point or a decimal comma', () => {
  it.each([
    ['12.50', '.', 12.5],
    ['-12.50', '.', -12.5],
    ['1,234.50', '.', 1234.5],
    ['¥1,234.50', '.', 1234.5],
    ['1 234.50 元', '.', 1234.5],
    ['12,50', ',', 12.5],
    ['1.234,50', ',', 1234.5],
    ['1 234,50 €', ',', 1234.5],
    ['1.234', ',', 1234],
    ['1,234', '.', 1234],
    ['15', ',', 15],
  ] as const)('%s with %s is %d', (raw, mark, value) => {
    expect(parseAmount(raw, mark)).toBe(value);
  });

  it.each([
    ['12,5', '.'],
    ['1,23.4', '.'],
    ['12.5', ','],
    ['1.2.3', ','],
    ['abc', '.'],
    ['', '.'],
    ['-', ','],
    ['1e5', '.'],
  ] as const)('%s is not an amount with %s (never read as another number)', (raw, mark) => {
    expect(parseAmount(raw, mark)).toBeNull();
  });

  it('finds the decimal mark: a comma only when the point cannot read the samples', () => {
    expect(decimalMarkFitting(['12.50', '7'])).toBe('.');
    expect(decimalMarkFitting(['12,50', '7'])).toBe(',');
    expect(decimalMarkFitting(['1.234,50', '12,5'])).toBe(',');
    expect(decimalMarkFitting(['1,234', '15'])).toBe('.');
    expect(decimalMarkFitting(['12.5', '12,5'])).toBe('.');
    expect(decimalMarkFitting(['12,5', '3,25', 'ten'])).toBe(',');
    expect(decimalMarkFitting(['ten', ''])).toBeNull();
  });

  it('reads back any amount written with either mark (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (cents) => {
        const value = cents / 100;
        const point = value.toFixed(2);
        expect(parseAmount(point, '.')).toBeCloseTo(value, 9);
        expect(parseAmount(point.replace('.', ','), ',')).toBeCloseTo(value, 9);
        const grouped = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2 }).format(value);
        expect(parseAmount(grouped, ',')).toBeCloseTo(value, 9);
        const groupedEn = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(value);
        expect(parseAmount(groupedEn, '.')).toBeCloseTo(value, 9);
      }),
    );
  });
});
