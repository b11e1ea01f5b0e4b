// @vitest-environment node
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../../src/domain/service-cost/models';
import { scoringView } from '../../../src/domain/strategy/analysis';
import { sample } from '../../../src/export/deck/curvesSlide';
import type { DeckChart, DeckMap, DeckTornado } from '../../../src/export/deck/deckModel';
import { writeDeck } from '../../../src/export/deck/renderPptx';
import { slideOfView } from '../../../src/export/deck/slideOfView';
import { serviceCostView } from '../../../src/views/serviceCostView';
import { tornadoView } from '../../../src/views/tornadoView';
import { cpmView, qspmView, valueCurveView } from '../../../src/views/strategyViews';
import { forcesView, ifeEfeView } from '../../../src/views/environmentViews';
import { positioningView } from '../../../src/views/positioningView';
import { ieMatrixView } from '../../../src/views/ieMatrixView';
import type { ChartView } from '../../../src/views/types';
import { example } from '../../views/example';
import { ctxEn, ctxZh } from '../../views/translate';

function views(language: 'en' | 'zh-CN'): ChartView[] {
  const ctx = language === 'en' ? ctxEn : ctxZh;
  const project = example(language);
  return [
    ...project.serviceModels.flatMap((m) => {
      const r = evaluateModel(m);
      return r.ok ? [serviceCostView(m, r.value, ctx)] : [];
    }),
    tornadoView(project, scoringView(project), ctx)!,
    qspmView(project, scoringView(project), ctx)!,
    cpmView(project, ctx)!,
    valueCurveView(project, ctx)!,
    forcesView(project.forces, ctx)!,
    ifeEfeView(project.swot, ctx)!,
    positioningView(project, ctx)!,
    ieMatrixView(project.swot, ctx),
  ];
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
        if (view.kind === 'curves') {
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
          view.series.forEach((s, k) => {
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
          expect(body.cells.items.map((c) => c.label)).toEqual(view.cells.items.map((c) => c.label));
          expect(body.legend.map((l) => l.label)).toEqual(view.legend.map((l) => l.label));
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
});
