import { LIMITS } from '../project/limits';
import { RANGES } from '../project/ranges';
import { decimalMarkFitting, parseAmount } from '../customers/importFormats';
import type { DayPlan } from './dayPlan';

/** Why a pasted or imported day could not be read; `line` counts from 1 as the user's sheet does. */
export type DayRowProblem =
  | { code: 'empty' }
  | { code: 'tooMany'; count: number; max: number }
  | { code: 'longerThanADay'; count: number; slotMinutes: number }
  | { code: 'notNumber'; line: number; column: number; value: string }
  | { code: 'outOfRange'; line: number; column: number; value: number; min: number; max: number }
  | { code: 'notWhole'; line: number; column: number; value: number };

export type DayRowsResult = { ok: true; value: DayPlan } | { ok: false; problems: DayRowProblem[] };

const TIME = /^\d{1,2}[:.：]\d{2}(\s*[-–~]\s*\d{1,2}[:.：]\d{2})?$/;

/** Whether a cell reads as a number with either decimal mark (a header cell does not). */
function numeric(cell: string): boolean {
  return parseAmount(cell, '.') !== null || parseAmount(cell, ',') !== null;
}

/** The minutes after midnight of "08:30" (or of the start of "08:30–09:00"). */
function minutesOf(cell: string): number {
  const [h, m] = cell.trim().split(/[:.：]/);
  return (Number(h) * 60 + Number.parseInt(m!, 10)) % 1440;
}

/** The interval length that consecutive times keep (15, 30 or 60 minutes; across midnight too), if any. */
function timeStep(minutes: readonly number[]): DayPlan['slotMinutes'] | null {
  if (minutes.length < 2) return null;
  const step = (minutes[1]! - minutes[0]! + 1440) % 1440;
  if (step !== 15 && step !== 30 && step !== 60) return null;
  return minutes.every((m, i) => i === 0 || (m - minutes[i - 1]! + 1440) % 1440 === step) ? step : null;
}

/**
 * A day plan from rows of cells (pasted from a spreadsheet or read from CSV): per row the calls, optionally
 * a handle time in seconds and the staff rostered; a first column of times ("08:00") is read as the start (and,
 * when they keep a step of 15, 30 or 60 minutes, as the interval length), the decimal mark from the numbers themselves,
 * a first row that is not numbers as a header, and a single row of many numbers as the calls of each slot.
 */
export function dayPlanFromRows(
  rows: readonly string[][],
  slotMinutes: DayPlan['slotMinutes'],
): DayRowsResult {
  let lines = rows
    .map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  if (lines.length > 0 && lines[0]!.cells.every((c) => !numeric(c) && !TIME.test(c))) lines = lines.slice(1);
  if (lines.length === 1 && lines[0]!.cells.length > 3)
    lines = lines[0]!.cells.map((c, i) => ({ line: 1, cells: [c], column: i }));
  if (lines.length === 0) return { ok: false, problems: [{ code: 'empty' }] };
  if (lines.length > LIMITS.daySlots)
    return { ok: false, problems: [{ code: 'tooMany', count: lines.length, max: LIMITS.daySlots }] };
  const timed = lines.every((r) => TIME.test(r.cells[0] ?? ''));
  // Times a quarter, half or whole hour apart say how long an interval is, whatever the plan had.
  const slotLength = (timed && timeStep(lines.map((r) => minutesOf(r.cells[0]!)))) || slotMinutes;
  if (lines.length * slotLength > 1440)
    return {
      ok: false,
      problems: [{ code: 'longerThanADay', count: lines.length, slotMinutes: slotLength }],
    };

  const problems: DayRowProblem[] = [];
  const columns = [
    { range: RANGES.callsPerInterval, whole: false },
    { range: RANGES.handleTimeSec, whole: false },
    { range: RANGES.agents, whole: true },
  ];
  // The decimal mark the sheet is written with, from all its numbers: 45,5 and 1.234 read as a European
  // sheet writes them, 1,234 and 45.5 as an English one (the RFM import's reading of amounts).
  const decimal =
    decimalMarkFitting(lines.flatMap((r) => (timed ? r.cells.slice(1) : r.cells).slice(0, 3))) ?? '.';
  const slots = lines.map((r) => {
    const cells = timed ? r.cells.slice(1) : r.cells;
    const values = columns.map(({ range, whole }, k) => {
      const cell = cells[k];
      if (cell === undefined || (k > 0 && cell === '')) return null;
      const column = k + 1 + (timed ? 1 : 0) + ('column' in r ? Number(r.column) : 0);
      const value = parseAmount(cell, decimal);
      if (value === null)
        problems.push({ code: 'notNumber', line: r.line, column, value: cell.slice(0, 40) });
      else if (value < range.min || value > range.max)
        problems.push({ code: 'outOfRange', line: r.line, column, value, min: range.min, max: range.max });
      else if (whole && !Number.isInteger(value))
        problems.push({ code: 'notWhole', line: r.line, column, value });
      else return value;
      return null;
    });
    return { calls: values[0] ?? 0, handleTimeSec: values[1] ?? null, rostered: values[2] ?? null };
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, 10) };
  return {
    ok: true,
    value: { slotMinutes: slotLength, startMinute: timed ? minutesOf(lines[0]!.cells[0]!) : 0, slots },
  };
}
