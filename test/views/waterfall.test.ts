import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CUSTOMER_VALUE } from '../../src/domain/project/customerSchema';
import { waterfallSeries } from '../../src/views/waterfall';
import { womTable, womWaterfallView } from '../../src/views/womViews';
import { ctxEn as ctx, ctxZh } from './translate';

const look = {
  names: { rise: 'Gain', fall: 'Loss', total: 'Worth' },
  colours: { rise: '#009E73', fall: '#D55E00', total: '#0072B2' },
  label: (v: number) => String(v),
};

describe('the word-of-mouth waterfall (the course’s KFC exercise)', () => {
  // Course text: 50 yuan a visit × 52 visits × 10 years = 26,000 yuan; a satisfied customer tells 5 people, an
  // unhappy one 10, and 20% act on it: +1 customer (26,000) and −2 customers (52,000).
  const view = womWaterfallView({ ...DEFAULT_CUSTOMER_VALUE }, ctx);
  const column = (id: string) => view.series.find((s) => s.id === id)!;

  it('steps from the customer’s own value to what they are worth satisfied and dissatisfied', () => {
    expect(view.categories).toEqual([
      'Own lifetime value',
      'Won by praise (+1)',
      'Satisfied',
      'Leaves unhappy',
      'Lost by complaints (−2)',
      'Dissatisfied',
    ]);
    expect(view.title).toBe('Satisfied, a customer is worth 52,000; dissatisfied, they cost 52,000');
    expect(column('spacer').values).toEqual([null, 26_000, null, null, null, null]);
    expect(column('rise').values).toEqual([26_000, 26_000, null, null, null, null]);
    expect(column('total').values).toEqual([null, null, 52_000, null, null, null]);
    expect(column('fall').values).toEqual([null, null, null, 52_000, null, null]);
    expect(column('fallBelow').values).toEqual([null, null, null, null, -52_000, null]);
    expect(column('totalBelow').values).toEqual([null, null, null, null, null, -52_000]);
    const labels = view.series.map((s) => s.pointLabels ?? []);
    expect([0, 1, 2, 3, 4, 5].map((i) => labels.map((l) => l[i]).find((x) => x))).toEqual([
      '+26,000',
      '+26,000',
      '52,000',
      '−52,000',
      '−52,000',
      '−52,000',
    ]);
    expect(view.y.min).toBeLessThanOrEqual(-52_000);
    expect(view.y.max).toBeGreaterThanOrEqual(52_000);
  });

  it('tables each step’s change and the running value, in both languages', () => {
    expect(womTable({ ...DEFAULT_CUSTOMER_VALUE }, ctx).rows).toEqual([
      ['Step', 'Change', 'Running value'],
      ['Own lifetime value', 26_000, 26_000],
      ['Won by praise (+1)', 26_000, 52_000],
      ['Satisfied', null, 52_000],
      ['Leaves unhappy', -52_000, 0],
      ['Lost by complaints (−2)', -52_000, -52_000],
      ['Dissatisfied', null, -52_000],
    ]);
    expect(womWaterfallView({ ...DEFAULT_CUSTOMER_VALUE }, ctxZh).categories[1]).toBe('好评带来（+1）');
  });
});

describe('waterfallSeries', () => {
  const steps = fc.array(
    fc.record({
      label: fc.string(),
      value: fc.integer({ min: -1000, max: 1000 }),
      total: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  );

  it('stacks each bar exactly from where the running value stood to where it ends, across zero too (property)', () => {
    fc.assert(
      fc.property(steps, (list) => {
        const { series, ends } = waterfallSeries(list, look);
        let running = 0;
        list.forEach((step, i) => {
          const from = step.total ? 0 : running;
          const to = step.total ? step.value : running + step.value;
          running = to;
          expect(ends[i]).toBe(to);
          const above = series.filter((s) => (s.values[i] ?? 0) > 0);
          const below = series.filter((s) => (s.values[i] ?? 0) < 0);
          const top = above.reduce((n, s) => n + s.values[i]!, 0);
          const bottom = below.reduce((n, s) => n + s.values[i]!, 0);
          expect(top).toBe(Math.max(from, to, 0));
          expect(bottom).toBe(Math.min(from, to, 0));
          // The visible part is exactly the step (the spacers only lift it).
          const visible = series.filter((s) => !s.hidden).reduce((n, s) => n + Math.abs(s.values[i] ?? 0), 0);
          expect(visible).toBe(Math.abs(to - from));
          // One label per bar that has a size, none on a bar of nothing.
          const labels = series.filter((s) => s.pointLabels?.[i] != null).length;
          expect(labels).toBe(to === from ? 0 : 1);
        });
      }),
    );
  });

  it('lists each kind once in the legend: spacers and parts below zero have no entry', () => {
    const { series } = waterfallSeries([{ label: 'a', value: 5 }], look);
    expect(series.filter((s) => !s.hidden && s.legend !== false).map((s) => s.name)).toEqual([
      'Gain',
      'Loss',
      'Worth',
    ]);
  });
});
