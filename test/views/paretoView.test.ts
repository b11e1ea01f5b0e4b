// @vitest-environment node
import fc from 'fast-check';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { abcAnalysis, type Segment } from '../../src/domain/customers/tiers';
import { writeDeck } from '../../src/export/deck/renderPptx';
import { slideOfView } from '../../src/export/deck/slideOfView';
import type { DeckChart } from '../../src/export/deck/deckModel';
import { abcParetoView, PARETO_BARS } from '../../src/views/paretoView';
import type { CategoryView } from '../../src/views/types';
import { ctxEn as ctx, ctxZh } from './translate';

const settings = { a: 0.8, b: 0.95, tiers: { A: 'high', B: 'medium', C: 'low' } } as const;

function pareto(segments: Segment[], language: 'en' | 'zh' = 'en'): CategoryView {
  const analysis = abcAnalysis(segments, settings);
  if (!analysis.ok) throw new Error(JSON.stringify(analysis.errors));
  return abcParetoView(analysis.value, language === 'en' ? ctx : ctxZh)!;
}

const seg = (name: string, value: number, customers = 1): Segment => ({ id: name, name, value, customers });
const series = (view: CategoryView, id: string) => view.series.find((s) => s.id === id)!;
/** Each bar's height: its class parts added. */
const heights = (view: CategoryView) =>
  view.categories.map((_, i) =>
    view.series.filter((s) => !s.right).reduce((n, s) => n + (s.values[i] ?? 0), 0),
  );

describe('the Pareto chart of the ABC list', () => {
  // Six accounts of 50, 30, 10, 5, 3 and 2 (total 100): the items before the third hold 80%, so with the
  // course's 80% / 95% cut-offs A is the first two, B the next two (before them 80% and 90%), C the rest.
  const view = pareto([seg('f', 2), seg('c', 10), seg('a', 50), seg('e', 3), seg('b', 30), seg('d', 5)]);

  it('ranks the bars by value, colours them by class, and draws the cumulative share with the cut-offs', () => {
    expect(view.categories).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(series(view, 'class-A').values).toEqual([50, 30, null, null, null, null]);
    expect(series(view, 'class-B').values).toEqual([null, null, 10, 5, null, null]);
    expect(series(view, 'class-C').values).toEqual([null, null, null, null, 3, 2]);
    expect(series(view, 'cumulative').values.map((v) => Math.round(v! * 1e9) / 1e9)).toEqual([
      50, 80, 90, 95, 98, 100,
    ]);
    expect(series(view, 'cutoff-a').values).toEqual([80, 80, 80, 80, 80, 80]);
    expect(series(view, 'cutoff-b').values).toEqual([95, 95, 95, 95, 95, 95]);
    expect(view.series.filter((s) => s.right).map((s) => s.id)).toEqual([
      'cumulative',
      'cutoff-a',
      'cutoff-b',
    ]);
    expect([view.y2!.min, view.y2!.max, view.y2!.unit]).toEqual([0, 100, '%']);
    expect(view.y.max).toBeGreaterThanOrEqual(50);
    expect(view.title).toBe('The first 2 of 6 bring 80% of the value (class A)');
    expect(view.series.map((s) => s.name).slice(0, 3)).toEqual([
      'A · High service',
      'B · Medium service',
      'C · Low service',
    ]);
    expect(view.summary).toContain('(2 rows)');
  });

  it('speaks Chinese', () => {
    const zh = pareto([seg('甲', 50), seg('乙', 30), seg('丙', 20)], 'zh');
    expect(zh.title).toBe('前 2 个（共 3 个）带来 80% 的价值（A 类）');
    expect(zh.y2!.title).toBe('累计占比（%）');
  });

  it(`keeps the first ${PARETO_BARS - 1} bars of a long list and puts the rest in one bar split by class`, () => {
    const list = Array.from({ length: 45 }, (_, i) => seg(`s${String(i).padStart(2, '0')}`, 45 - i));
    const long = pareto(list);
    expect(long.categories).toHaveLength(PARETO_BARS);
    expect(long.categories.at(-1)).toBe('16 others');
    const rest = list.slice(PARETO_BARS - 1).reduce((n, s) => n + s.value, 0);
    expect(heights(long).at(-1)).toBe(rest);
    expect(series(long, 'cumulative').values.at(-1)).toBeCloseTo(100, 9);
  });

  it('names a row without a name by its rank', () => {
    expect(pareto([seg('x', 5), { id: 'y', name: ' ', value: 9, customers: 1 }]).categories[0]).toBe(
      'Unnamed (rank 1)',
    );
  });

  it('has bars that fall, a line that rises to 100%, and the value of every row (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 80 }),
        (values) => {
          fc.pre(values.some((v) => v > 0));
          const v = pareto(values.map((value, i) => seg(`r${i}`, value)));
          const h = heights(v);
          const singles = values.length > PARETO_BARS ? h.slice(0, -1) : h;
          for (let i = 1; i < singles.length; i++) expect(singles[i]!).toBeLessThanOrEqual(singles[i - 1]!);
          expect(h.reduce((n, x) => n + x, 0)).toBe(values.reduce((n, x) => n + x, 0));
          const line = series(v, 'cumulative').values as number[];
          for (let i = 1; i < line.length; i++) expect(line[i]!).toBeGreaterThanOrEqual(line[i - 1]! - 1e-9);
          expect(line.at(-1)).toBeCloseTo(100, 6);
          expect(Math.max(...h)).toBeLessThanOrEqual(v.y.max);
        },
      ),
    );
  });

  it('is a native bar chart with the cumulative line and dashed cut-offs on a right-hand % axis in the deck', async () => {
    const slide = slideOfView(view);
    const chart = (slide.body as { chart: DeckChart }).chart;
    expect(chart.kind).toBe('bar');
    expect(chart.stacked).toBe(true);
    expect(chart.secondary).toMatchObject({ count: 3, min: 0, max: 100, step: 20 });
    const deck = { cover: false, title: '', subtitle: '', date: '', slides: [slide] };
    const zip = await JSZip.loadAsync(await writeDeck(PptxGenJS, JSZip, deck, '(continued)'));
    const name = Object.keys(zip.files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))!;
    const xml = await zip.file(name)!.async('string');
    expect(xml).toMatch(
      /<c:barChart>[\s\S]*<c:grouping val="stacked"\/>[\s\S]*<\/c:barChart>\s*<c:lineChart>/,
    );
    expect(xml.match(/<c:valAx>/g)).toHaveLength(2);
    const lines = xml.slice(xml.indexOf('<c:lineChart>'));
    const lineSeries = lines.match(/<c:ser>[\s\S]*?<\/c:ser>/g)!;
    expect(lineSeries).toHaveLength(3);
    // The cumulative line is solid; the cut-offs are dashed, without a marker at each bar.
    expect(lineSeries[0]).not.toContain('<a:prstDash val="dash"/>');
    for (const cut of lineSeries.slice(1)) {
      expect(cut).toContain('<a:prstDash val="dash"/>');
      expect(cut).toContain('<c:symbol val="none"/>');
    }
    expect(xml).toContain('A cut-off 80%');
    // The value axis groups thousands as the page does (60,000, not 60000).
    expect(xml).toMatch(/<c:valAx>[\s\S]*?<c:numFmt formatCode="#,##0" sourceLinked="0"\/>/);
  });
});
