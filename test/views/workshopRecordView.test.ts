import { describe, expect, it } from 'vitest';
import type { WorkshopRecord } from '../../src/domain/project/types';
import { workshopRecordTable } from '../../src/views/workshopRecordView';
import { ctxEn as ctx } from './translate';

const record = (kind: WorkshopRecord['kind'], lines: WorkshopRecord['lines']): WorkshopRecord => ({
  id: 'r',
  kind,
  prompt: 'Q',
  at: '2026-12-03T10:00:00.000Z',
  participants: 3,
  contributions: 3,
  lines,
});

describe('the table of a kept workshop activity (report and deck)', () => {
  it('shows ratings with mean, spread and the disagreement from an SD of 1', () => {
    const table = workshopRecordTable(
      record('rate', [
        { label: 'Buyers: platforms', value: 4.75, sd: 0.46 },
        { label: 'Rivalry: price war', value: 3, sd: 1 },
        { label: 'One rating', value: 2, sd: null },
      ]),
      ctx,
    )!;
    expect(table.header).toEqual(['Driver', 'Mean rating', 'Spread (SD)', '']);
    expect(table.rows).toEqual([
      ['Buyers: platforms', '4.75', '0.46', ''],
      ['Rivalry: price war', '3.00', '1.00', 'The group disagrees (SD ≥ 1.0)'],
      ['One rating', '2.00', '–', ''],
    ]);
    expect(table.numeric).toEqual([false, true, true, false]);
  });

  it('names the columns of a vote, an AHP and a merge, and has no table without lines', () => {
    expect(workshopRecordTable(record('vote', [{ label: 'S1', value: 9, sd: null }]), ctx)!.rows).toEqual([
      ['S1', '9'],
    ]);
    const ahp = workshopRecordTable(record('ahp', [{ label: 'Speed', value: 0.667, sd: null }]), ctx)!;
    expect([ahp.header, ahp.rows]).toEqual([['Criterion', 'Group weight'], [['Speed', '0.667']]]);
    expect(
      workshopRecordTable(record('merge', [{ label: 'Fast', value: 2, sd: null }]), ctx)!.header,
    ).toEqual(['Idea', 'Participants who gave it']);
    expect(workshopRecordTable(record('vote', []), ctx)).toBeNull();
  });
});
