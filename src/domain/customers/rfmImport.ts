/**
 * Customer data rows into RFM customers, one row at a time so a million-row file never sits in memory: each
 * row is read with the confirmed columns, date order and decimal mark, and every row that cannot be read is
 * counted with its line number and reason, never dropped without a word.
 */
import { COLUMN_ROLES, type ColumnRole, type ImportKind } from './importColumns';
import { parseAmount, parseDay, isoDate, type DateOrder, type DecimalMark } from './importFormats';
import { RANGES } from '../project/ranges';
import type { RfmCustomer } from './rfm';

export const BAD_ROW_REASONS = [
  'malformed',
  'columnsMissing',
  'idMissing',
  'idTooLong',
  'dateUnreadable',
  'dateAfterAnalysis',
  'amountUnreadable',
  'recencyUnreadable',
  'frequencyUnreadable',
  'monetaryUnreadable',
  'customerTwice',
] as const;
export type BadRowReason = (typeof BAD_ROW_REASONS)[number];

export interface ImportSettings {
  kind: ImportKind;
  /** The column of each role of `kind` (checked with `mappingProblems` first). */
  columns: Partial<Record<ColumnRole, number>>;
  dateOrder: DateOrder;
  decimal: DecimalMark;
  /** `YYYY-MM-DD`; null takes the latest purchase in the file (transactions) or leaves it unknown (summary). */
  analysisDate: string | null;
}

export interface BadLine {
  line: number;
  reason: BadRowReason;
}

export interface ImportTally {
  customers: RfmCustomer[];
  /** The analysis date as a day number, or null for a summary without one. */
  analysisDay: number | null;
  /** Data rows read (blank lines and the header not counted), the good ones and the bad ones. */
  rows: number;
  goodRows: number;
  badRows: number;
  badByReason: Partial<Record<BadRowReason, number>>;
  /** The first bad lines, in file order (at most `keepBadLines`). */
  badLines: BadLine[];
}

/** The longest customer id kept (longer ones are a bad row, not cut). */
export const CUSTOMER_ID_CHARS = 200;
const NON_NEGATIVE_INTEGER = /^\d+$/;

/** Reads the rows of one import; `finish` gives the customers and the tally of good and bad rows. */
export class RfmAccumulator {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly last: number[] = [];
  private readonly count: number[] = [];
  private readonly total: number[] = [];
  private readonly dayCache = new Map<string, number | null>();
  private readonly need: number;
  private readonly analysisDay: number | null;
  private rows = 0;
  private badRows = 0;
  private latest = -Infinity;
  private readonly badByReason: Partial<Record<BadRowReason, number>> = {};
  private readonly badLines: BadLine[] = [];

  constructor(
    private readonly settings: ImportSettings,
    private readonly keepBadLines = 100,
  ) {
    const columns = COLUMN_ROLES[settings.kind].map((role) => settings.columns[role] ?? -1);
    if (columns.some((c) => c < 0)) throw new RangeError('every column of the import must be chosen');
    this.need = Math.max(...columns) + 1;
    this.analysisDay = settings.analysisDate === null ? null : parseDay(settings.analysisDate, 'ymd');
    if (settings.analysisDate !== null && this.analysisDay === null)
      throw new RangeError(`analysisDate “${settings.analysisDate}” is not a date YYYY-MM-DD`);
  }

  /** A row the CSV reader could not split (an unclosed quote, …): counted as bad. */
  malformed(line: number): void {
    this.rows += 1;
    this.bad(line, 'malformed');
  }

  /** One data row's cells, with its line number in the file (the header is line 1). Blank rows are skipped. */
  add(cells: readonly string[], line: number): void {
    if (cells.every((c) => c.trim() === '')) return;
    this.rows += 1;
    if (cells.length < this.need) return this.bad(line, 'columnsMissing');
    const c = this.settings.columns;
    const id = cells[c.customerId!]!.trim();
    if (id === '') return this.bad(line, 'idMissing');
    if (id.length > CUSTOMER_ID_CHARS) return this.bad(line, 'idTooLong');
    if (this.settings.kind === 'transactions')
      this.addTransaction(id, cells[c.date!]!, cells[c.amount!]!, line);
    else this.addSummary(id, cells, line);
  }

  private addTransaction(id: string, dateCell: string, amountCell: string, line: number): void {
    let day = this.dayCache.get(dateCell);
    if (day === undefined) {
      day = parseDay(dateCell, this.settings.dateOrder);
      if (this.dayCache.size < 100_000) this.dayCache.set(dateCell, day);
    }
    if (day === null) return this.bad(line, 'dateUnreadable');
    if (this.analysisDay !== null && day > this.analysisDay) return this.bad(line, 'dateAfterAnalysis');
    const amount = parseAmount(amountCell.trim(), this.settings.decimal);
    if (amount === null || !Number.isFinite(amount)) return this.bad(line, 'amountUnreadable');
    if (day > this.latest) this.latest = day;
    const i = this.index.get(id);
    if (i === undefined) {
      this.index.set(id, this.ids.length);
      this.ids.push(id);
      this.last.push(day);
      this.count.push(1);
      this.total.push(amount);
    } else {
      if (day > this.last[i]!) this.last[i] = day;
      this.count[i]! += 1;
      this.total[i]! += amount;
    }
  }

  private addSummary(id: string, cells: readonly string[], line: number): void {
    const c = this.settings.columns;
    const recency = cells[c.recencyDays!]!.trim();
    const frequency = cells[c.frequency!]!.trim();
    if (!NON_NEGATIVE_INTEGER.test(recency) || Number(recency) > RANGES.recencyDays.max)
      return this.bad(line, 'recencyUnreadable');
    if (
      !NON_NEGATIVE_INTEGER.test(frequency) ||
      Number(frequency) < 1 ||
      Number(frequency) > RANGES.purchases.max
    )
      return this.bad(line, 'frequencyUnreadable');
    const monetary = parseAmount(cells[c.monetary!]!.trim(), this.settings.decimal);
    if (monetary === null || !Number.isFinite(monetary)) return this.bad(line, 'monetaryUnreadable');
    if (this.index.has(id)) return this.bad(line, 'customerTwice');
    this.index.set(id, this.ids.length);
    this.ids.push(id);
    this.last.push(-Number(recency));
    this.count.push(Number(frequency));
    this.total.push(monetary);
  }

  private bad(line: number, reason: BadRowReason): void {
    this.badRows += 1;
    this.badByReason[reason] = (this.badByReason[reason] ?? 0) + 1;
    if (this.badLines.length < this.keepBadLines) this.badLines.push({ line, reason });
  }

  /** The customers read so far (ordered by id) and the tally; recency counts to the analysis date. */
  finish(): ImportTally {
    const summary = this.settings.kind === 'summary';
    const analysisDay = this.analysisDay ?? (summary || this.ids.length === 0 ? null : this.latest);
    const order = this.ids.map((_, i) => i).sort((a, b) => (this.ids[a]! < this.ids[b]! ? -1 : 1));
    const customers = order.map((i) => ({
      id: this.ids[i]!,
      // A summary keeps its recency as −days in `last`, so it needs no analysis date.
      recencyDays: summary ? -this.last[i]! : analysisDay! - this.last[i]!,
      frequency: this.count[i]!,
      monetary: this.total[i]!,
    }));
    return {
      customers,
      analysisDay,
      rows: this.rows,
      goodRows: this.rows - this.badRows,
      badRows: this.badRows,
      badByReason: { ...this.badByReason },
      badLines: [...this.badLines],
    };
  }
}

/** `YYYY-MM-DD` of a tally's analysis day, or null. */
export const analysisDateOf = (tally: ImportTally): string | null =>
  tally.analysisDay === null ? null : isoDate(tally.analysisDay);
