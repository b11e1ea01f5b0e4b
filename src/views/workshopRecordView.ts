import type { WorkshopRecord } from '../domain/project/types';
import { DISAGREEMENT_SD } from '../domain/workshop/spread';
import type { ViewContext } from './types';

/** A kept workshop activity's results as a table, for the report and the deck alike. */
export interface RecordTableView {
  header: string[];
  rows: string[][];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  /** Relative column widths on a slide. */
  widths: number[];
}

/**
 * The table of a record's lines: a vote's items with dots, a brainstorm's or merge's ideas with how many gave
 * them, a rating's or QSPM score's mean and spread with the disagreement, an AHP's group weights. Null when the
 * record has no lines.
 */
export function workshopRecordTable(r: WorkshopRecord, ctx: ViewContext): RecordTableView | null {
  const { t } = ctx;
  if (r.lines.length === 0) return null;
  if (r.kind === 'rate' || r.kind === 'score')
    return {
      header: [
        t(r.kind === 'score' ? 'workshop.report.cell' : 'workshop.report.driver'),
        t('workshop.report.mean'),
        t('workshop.report.sd'),
        '',
      ],
      rows: r.lines.map((l) => [
        l.label,
        ctx.fixed(l.value, 2),
        l.sd === null ? '–' : ctx.fixed(l.sd, 2),
        l.sd !== null && l.sd >= DISAGREEMENT_SD
          ? t('workshop.report.disagree', { sd: ctx.fixed(DISAGREEMENT_SD, 1) })
          : '',
      ]),
      numeric: [false, true, true, false],
      widths: [5.6, 1.6, 1.8, 2.8],
    };
  const [item, value, digits] =
    r.kind === 'ahp'
      ? ['workshop.report.criterion', 'workshop.report.weight', 3]
      : r.kind === 'vote'
        ? ['workshop.report.item', 'workshop.report.dots', 0]
        : ['workshop.report.idea', 'workshop.report.givers', 0];
  return {
    header: [t(item), t(value)],
    rows: r.lines.map((l) => [l.label, ctx.fixed(l.value, digits)]),
    numeric: [false, true],
    widths: [9.3, 2.5],
  };
}
