import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate as dayString } from '../../../src/domain/customers/importFormats';
import { dayNumber } from '../../../src/domain/customers/rfm';
import { planTimeline } from '../../../src/domain/implementation/timeline';
import { actionSchema } from '../../../src/domain/project/implementationSchema';
import type { Project } from '../../../src/domain/project/types';

type Action = Project['implementation']['actions'][number];
const action = (id: string, start: string, due: string, status: Action['status'] = 'planned'): Action =>
  actionSchema.parse({ id, text: id, start, due, status });

describe('the implementation plan as a timeline', () => {
  it('spans whole months around the dated actions and places each bar by its days', () => {
    // 2027-01-01 … 2027-03-31: three months (90 days); a bar from 1 January to 31 January is 31/90 wide.
    const t = planTimeline(
      [action('a', '2027-01-01', '2027-01-31'), action('b', '2027-02-15', '2027-03-10')],
      '2026-12-01',
    )!;
    expect([t.from, t.to]).toEqual(['2027-01-01', '2027-03-31']);
    expect(t.ticks.map((x) => x.day)).toEqual(['2027-01-01', '2027-02-01', '2027-03-01']);
    expect(t.bars[0]).toMatchObject({ left: 0, milestone: false, late: false });
    expect(t.bars[0]!.width).toBeCloseTo(31 / 90, 12);
    expect(t.bars[1]!.left).toBeCloseTo(45 / 90, 12);
    expect(t.bars[1]!.width).toBeCloseTo(24 / 90, 12);
    expect(t.today).toBeNull();
  });

  it('draws an action with one date as a milestone, counts undated ones, marks late ones not done', () => {
    const t = planTimeline(
      [
        action('due-only', '', '2027-02-10', 'doing'),
        action('none', '', ''),
        action('done-late', '2027-01-05', '2027-01-20', 'done'),
        action('late', '2027-01-05', '2027-01-20', 'blocked'),
      ],
      '2027-02-01',
    )!;
    expect(t.undated).toBe(1);
    expect(t.bars.map((b) => [b.action.id, b.milestone, b.late])).toEqual([
      ['due-only', true, false],
      ['done-late', false, false],
      ['late', false, true],
    ]);
    expect(t.today).toBeCloseTo(31 / 59, 12);
  });

  it('has no timeline when no action has a date; ticks every quarter past 18 months', () => {
    expect(planTimeline([action('a', '', '')], '2027-01-01')).toBeNull();
    const long = planTimeline([action('a', '2027-01-01', '2029-06-30')], '2027-01-01')!;
    expect(long.ticks.slice(0, 3).map((x) => x.day)).toEqual(['2027-01-01', '2027-04-01', '2027-07-01']);
  });

  it('keeps the ticks to about two dozen over any span, and a day before the year 100 is undated', () => {
    // 1900 to 9999 quarterly would be 32,400 ticks, each a line in every row: the page froze.
    const long = planTimeline([action('a', '1900-01-01', '9999-12-31')], '2027-01-01')!;
    expect(long.ticks.length).toBeLessThanOrEqual(25);
    expect(long.ticks.slice(0, 2).map((x) => x.day)).toEqual(['1900-01-01', '2400-01-01']);
    // A file may hold 0050-01-01 (the schema's ISO day allows it); Date would put it in 1950.
    const old = planTimeline(
      [action('a', '0050-01-01', '0050-02-01'), action('b', '2027-01-01', '')],
      '2027-01-01',
    )!;
    expect([old.undated, old.bars.length, old.from]).toEqual([1, 1, '2027-01-01']);
  });

  it('keeps every bar inside the span, whatever the dates (property)', () => {
    const day = fc.integer({ min: dayNumber('1900-01-01')!, max: dayNumber('9999-12-31')! }).map(dayString);
    const dates = fc.tuple(fc.option(day, { nil: '' }), fc.option(day, { nil: '' }));
    fc.assert(
      fc.property(fc.array(dates, { minLength: 1, maxLength: 20 }), (pairs) => {
        const t = planTimeline(
          pairs.map(([s, d], i) => action(`a${i}`, s, d)),
          '2027-01-01',
        );
        const dated = pairs.filter(([s, d]) => s !== '' || d !== '').length;
        if (dated === 0) {
          expect(t).toBeNull();
          return;
        }
        expect(t!.bars).toHaveLength(dated);
        expect(t!.ticks.length).toBeLessThanOrEqual(25);
        for (const b of t!.bars) {
          expect(b.left).toBeGreaterThanOrEqual(0);
          expect(b.width).toBeGreaterThan(0);
          expect(b.left + b.width).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
