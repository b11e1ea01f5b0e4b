import { z } from 'zod';
import { COLUMN_ROLES } from '../customers/importColumns';
import { DATE_ORDERS } from '../customers/importFormats';
import { BAD_ROW_REASONS, CUSTOMER_ID_CHARS } from '../customers/rfmImport';
import { RFM_BINS, RFM_SEGMENTS } from '../customers/rfmSegments';
import { LIMITS } from './limits';
import { RANGES } from './ranges';

const count = z.number().int().min(RANGES.importRows.min).max(RANGES.importRows.max);
const money = z.number().min(RANGES.moneyTotal.min).max(RANGES.moneyTotal.max);
const score = z.number().int().min(1).max(RFM_BINS);
const ALL_ROLES = [...new Set([...COLUMN_ROLES.transactions, ...COLUMN_ROLES.summary])] as [
  string,
  ...string[],
];
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * What an RFM import leaves in a project: how the file was read (never the file), what was counted, and the
 * analysis (the R × F cells, the named segments and the most valuable customers' scores).
 */
export const rfmSchema = z.object({
  fileName: z.string().max(LIMITS.nameChars),
  kind: z.enum(['transactions', 'summary']),
  /** The header of the column read for each role. */
  columns: z.partialRecord(z.enum(ALL_ROLES), z.string().max(LIMITS.nameChars)),
  dateOrder: z.enum(DATE_ORDERS as ['ymd', 'dmy', 'mdy']),
  decimal: z.enum(['.', ',']),
  /** The day recency counts to (`YYYY-MM-DD`); null for a summary that gave recency itself. */
  analysisDate: isoDay.nullable(),
  rows: count,
  goodRows: count,
  badRows: count,
  badByReason: z.array(z.object({ reason: z.enum(BAD_ROW_REASONS), count })).max(BAD_ROW_REASONS.length),
  badLines: z
    .array(
      z.object({
        line: z.number().int().min(1).max(RANGES.importRows.max),
        /** The last line of a row that ran on (an unclosed quote), or null. */
        toLine: z.number().int().min(1).max(RANGES.importRows.max).nullable(),
        reason: z.enum(BAD_ROW_REASONS),
      }),
    )
    .max(LIMITS.rfmBadLinesKept),
  customers: count,
  cells: z
    .array(z.object({ r: score, f: score, customers: count, monetary: money }))
    .max(RFM_BINS * RFM_BINS),
  segments: z
    .array(
      z.object({
        segment: z.enum(RFM_SEGMENTS),
        customers: count,
        monetary: money,
        meanRecencyDays: z.number().min(0).max(RANGES.recencyDays.max).nullable(),
        meanFrequency: z.number().min(0).max(RANGES.purchases.max).nullable(),
      }),
    )
    .max(RFM_SEGMENTS.length),
  top: z
    .array(
      z.object({
        id: z.string().min(1).max(CUSTOMER_ID_CHARS),
        recencyDays: z.number().int().min(RANGES.recencyDays.min).max(RANGES.recencyDays.max),
        frequency: z.number().int().min(RANGES.purchases.min).max(RANGES.purchases.max),
        monetary: money,
        r: score,
        f: score,
        m: score,
        segment: z.enum(RFM_SEGMENTS),
      }),
    )
    .max(LIMITS.rfmCustomersKept),
});

export type RfmAnalysisDoc = z.infer<typeof rfmSchema>;
