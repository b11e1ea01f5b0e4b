/**
 * Reading the cells of a customer data export: dates in the orders people write them (2026-03-01, 2026/3/1,
 * 2026年3月1日, 1.3.2026, 3/1/2026) and amounts with a decimal point or a decimal comma.
 */

export type DateOrder = 'ymd' | 'dmy' | 'mdy';
export type DecimalMark = '.' | ',';

export const DATE_ORDERS: readonly DateOrder[] = ['ymd', 'dmy', 'mdy'];

// A time after the date (a space or T, then anything) is ignored.
const YMD = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:$|[ T])/;
const XYZ = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|[ T])/;
const MS_PER_DAY = 86_400_000;

function day(y: number, m: number, d: number): number | null {
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (y < 1900 || back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return null;
  return ms / MS_PER_DAY;
}

/** Days since 1970-01-01 of a date cell written in `order`, or null when it is not a calendar date so written. */
export function parseDay(raw: string, order: DateOrder): number | null {
  const text = raw.trim();
  if (order === 'ymd') {
    const m = YMD.exec(text);
    return m ? day(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  }
  const m = XYZ.exec(text);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return order === 'dmy' ? day(y, b, a) : day(y, a, b);
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function isoDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The date orders that read the most non-empty samples as calendar dates (several when they tie, none when
 * no order reads any): a bad row among the samples does not hide the file's order.
 */
export function dateOrdersFitting(samples: readonly string[]): DateOrder[] {
  const filled = samples.filter((s) => s.trim() !== '');
  const read = DATE_ORDERS.map((order) => filled.filter((s) => parseDay(s, order) !== null).length);
  const most = Math.max(...read);
  return most === 0 ? [] : DATE_ORDERS.filter((_, i) => read[i] === most);
}

const CURRENCY_AND_SPACE = /[\s\u00a0\u202f¥￥$€£元]|RMB|CNY/gi;
const INTEGER = /^-?\d+$/;
const PLAIN = /^-?\d+(?:\.\d+)?$/;
const POINT_GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const COMMA_DECIMAL = /^-?\d+(?:,\d+)?$/;
const COMMA_GROUPED = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/**
 * An amount written with `decimal` as its decimal mark, or null. Currency signs and spaces are ignored;
 * thousands separators must group by three (so 12,5 is not read as 125 when the decimal mark is a point).
 */
export function parseAmount(raw: string, decimal: DecimalMark): number | null {
  if (INTEGER.test(raw) || (decimal === '.' && PLAIN.test(raw))) return Number(raw);
  const text = raw.replace(CURRENCY_AND_SPACE, '');
  if (text === '' || text === '-') return null;
  if (decimal === '.') {
    if (PLAIN.test(text)) return Number(text);
    return POINT_GROUPED.test(text) ? Number(text.replace(/,/g, '')) : null;
  }
  if (COMMA_DECIMAL.test(text)) return Number(text.replace(',', '.'));
  return COMMA_GROUPED.test(text) ? Number(text.replace(/\./g, '').replace(',', '.')) : null;
}

/**
 * The decimal mark the samples are written with: a comma when it reads more of them than a point does (12,50),
 * otherwise a point (also when both read them, as 1,234 or 15 do); null when neither reads any.
 */
export function decimalMarkFitting(samples: readonly string[]): DecimalMark | null {
  const filled = samples.filter((s) => s.trim() !== '');
  const read = (mark: DecimalMark) => filled.filter((s) => parseAmount(s, mark) !== null).length;
  const [point, comma] = [read('.'), read(',')];
  if (point === 0 && comma === 0) return null;
  return comma > point ? ',' : '.';
}
