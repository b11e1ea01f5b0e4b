// @vitest-environment node
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { sample } from '../../../src/export/deck/curvesSlide';
import type { DeckChart, DeckClock, DeckMap, DeckTornado } from '../../../src/export/deck/deckModel';
import { writeDeck } from '../../../src/export/deck/renderPptx';
import { slideOfView } from '../../../src/export/deck/slideOfView';
import type { ChartView } from '../../../src/views/types';
import { allViews } from '../../views/allViews';
import { example } from '../../views/example';
import { ctxEn, ctxZh } from '../../views/translate';

function views(language: 'en' | 'zh-CN'): ChartView[] {
  return allViews(example(language), language === 'en' ? ctxEn : ctxZh);
}

describe('a slide drawn from a view', () => {
  for (const language of ['en', 'zh-CN'] as const)
    it(`carries the view’s titles, series, axes and marks (${language})`, () => {
      for (const view of views(language)) {
        const slide = slideOfView(view);
        expect([slide.id, slide.title, slide.subtitle, slide.source]).toEqual([
          view.id,
          view.title,
          view.subtitle,
          view.source,
        ]);
        if (view.kind === 'curves' && view.y2) {
          // Two value axes: a line chart over the sampled x, the right-axis series last, on their own axis.
          const chart = (slide.body as { chart: DeckChart }).chart;
          const right = view.series.filter((s) => s.right);
          expect(chart.kind).toBe('line');
          expect(chart.series.map((s) => s.name)).toEqual([
            ...view.series.filter((s) => !s.right).map((s) => s.name),
            ...right.map((s) => s.name),
          ]);
          expect(chart.secondary).toMatchObject({
            count: right.length,
            title: view.y2.title,
            max: view.y2.max,
          });
          expect([chart.yMin, chart.yMax, chart.xTitle]).toEqual([view.y.min, view.y.max, view.x.title]);
          const picked = sample(
            view.series[0]!.x!.map((_, i) => i),
            25,
          );
          expect(chart.series[0]!.labels).toEqual(picked.map((i) => view.x.format(view.series[0]!.x![i]!)));
          chart.series.at(-1)!.values.forEach((v, row) => {
            expect(v).toBeCloseTo(right.at(-1)!.values[picked[row]!]!, 2);
          });
        } else if (view.kind === 'curves') {
          const chart = (slide.body as { chart: DeckChart }).chart;
          expect([chart.xMin, chart.xMax, chart.yMin, chart.yMax]).toEqual([
            view.x.min,
            view.x.max,
            view.y.min,
            view.y.max,
          ]);
          expect(chart.xStep).toBeCloseTo(view.x.ticks[1]! - view.x.ticks[0]!, 9);
          expect(chart.series.map((s) => s.name)).toEqual([
            ...view.series.map((s) => s.name),
            ...view.marks.map((m) => m.label || m.name),
          ]);
          // A service view's curves share their x: the sheet's rows are the sampled points, in cents.
          const picked = sample(view.series[0]!.x!.map((_, i) => i));
          // (A scenario's curves each have their own x, in blocks of rows one after the other.)
          const shared = view.series.filter((s) => s.x === view.series[0]!.x);
          shared.forEach((s, k) => {
            picked.forEach((i, row) => {
              expect(chart.x![row]).toBeCloseTo(s.x![i]!, 2);
              expect(chart.series[k]!.values[row]).toBeCloseTo(s.values[i]!, 2);
            });
          });
          expect((slide.body as { note?: string }).note).toBe(view.summary);
        } else if (view.kind === 'category') {
          const chart = (slide.body as { chart: DeckChart }).chart;
          expect(chart.kind).toBe(view.shape);
          expect(chart.series.map((s) => s.name)).toEqual(view.series.map((s) => s.name));
          expect(chart.colours).toEqual(view.series.map((s) => s.colour.slice(1).toUpperCase()));
          view.series.forEach((s, k) => {
            expect(chart.series[k]!.labels).toEqual(view.categories);
            s.values.forEach((v, i) => {
              if (v === null) expect(chart.series[k]!.values[i]).toBeNull();
              else expect(chart.series[k]!.values[i]).toBeCloseTo(v, 4);
            });
          });
          expect([chart.yMin, chart.yMax]).toEqual([view.y.min, view.y.max]);
        } else if (view.kind === 'map') {
          const body = slide.body as DeckMap;
          expect(body.players.map((p) => [p.name, p.x, p.y])).toEqual(
            view.players.map((p) => [p.name, p.x, p.y]),
          );
          expect(body.cells!.items.map((c) => c.label)).toEqual(view.cells.items.map((c) => c.label));
          expect(body.legend.map((l) => l.label)).toEqual(view.legend.map((l) => l.label));
        } else if (view.kind === 'clock') {
          const body = slide.body as DeckClock;
          expect(body.routes.map((r) => [r.label, r.angle, r.failure])).toEqual(
            view.routes.map((r) => [r.label, r.angle, r.failure]),
          );
          expect(body.players.map((p) => [p.name, p.x, p.y])).toEqual(
            view.players.map((p) => [p.name, p.x, p.y]),
          );
          expect(body.legend.map((l) => l.label)).toEqual(view.legend.map((l) => l.label));
        } else if (view.kind === 'points') {
          const body = slide.body as DeckMap;
          const points = view.groups.flatMap((g) => g.points);
          expect(body.players.map((p) => [p.name, p.x, p.y])).toEqual(points.map((p) => [p.label, p.x, p.y]));
          expect(body.legend.map((l) => l.label)).toEqual(view.groups.map((g) => g.name));
          expect(body.x.ticks!.map((t) => t.label)).toEqual(view.x.ticks.map(view.x.format));
          expect(body.diagonal).toBe(view.diagonal);
          // Bubbles keep the order of their sizes.
          if (view.sizes) {
            const bySize = [...body.players.keys()].sort((a, b) => points[a]!.size! - points[b]!.size!);
            for (let k = 1; k < bySize.length; k++)
              expect(body.players[bySize[k]!]!.size!).toBeGreaterThanOrEqual(
                body.players[bySize[k - 1]!]!.size!,
              );
          }
        } else {
          const body = slide.body as DeckTornado;
          expect(body.rows.map((r) => r.label)).toEqual(view.rows.map((r) => r.label));
          expect(body.axis.max).toBe(view.x.max);
          expect(body.axis.ticks.map((t) => t.label)).toEqual(view.x.ticks.map(view.x.format));
        }
      }
    });

  it('draws the tornado with a dot for today and a tick at each flip point, labelled in the legend', async () => {
    const view = views('en').find((v) => v.kind === 'tornado')!;
    if (view.kind !== 'tornado') throw new Error('no tornado');
    const deck = { cover: false, title: '', subtitle: '', date: '', slides: [slideOfView(view)] };
    const zip = await JSZip.loadAsync(await writeDeck(PptxGenJS, JSZip, deck, '(continued)'));
    const xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    const texts = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
    expect(texts).toEqual(expect.arrayContaining(['Weight today', 'Leader changes', view.x.title]));
    const dots = xml.match(/prstGeom prst="ellipse"/g) ?? [];
    expect(dots.length).toBe(view.rows.length + 1); // one per row, one in the legend
    const ends = view.rows.reduce((n, r) => n + (r.lower !== null ? 1 : 0) + (r.upper !== null ? 1 : 0), 0);
    const flips =
      xml.match(new RegExp(`<a:srgbClr val="${view.colours.flip.slice(1).toUpperCase()}"`, 'g')) ?? [];
    expect(flips.length).toBeGreaterThanOrEqual(ends);
  });

  it('sets a Chinese y axis title upright down the map and clock slides, a Latin one turned', async () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const drawn = views(language).filter(
        (v) => v.kind === 'map' || v.kind === 'clock' || v.kind === 'points',
      );
      const deck = { cover: false, title: '', subtitle: '', date: '', slides: drawn.map(slideOfView) };
      const zip = await JSZip.loadAsync(await writeDeck(PptxGenJS, JSZip, deck, '(continued)'));
      for (let i = 1; i <= drawn.length; i++) {
        const xml = await zip.file(`ppt/slides/slide${i}.xml`)!.async('string');
        const title = drawn[i - 1]!.y.title;
        // The text box holding the title, from its shape's start.
        const shape = xml.split('<p:sp>').find((sp) => sp.includes(`>${title}`))!;
        expect(shape, `${drawn[i - 1]!.id} (${language})`).toBeDefined();
        if (language === 'zh-CN') {
          expect(shape).toContain('vert="eaVert"');
          expect(shape).not.toMatch(/rot="/);
        } else expect(shape).toMatch(/rot="16200000"/);
      }
    }
  });
});
