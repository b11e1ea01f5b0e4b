import { describe, expect, it } from 'vitest';
import { allViews } from './allViews';
import type { ChartView } from '../../src/views/types';
import { example } from './example';
import { ctxZh } from './translate';

const CJK = '[\\u3400-\\u9fff]';
/** ASCII punctuation touching a Chinese character: “，”, “：”, “（）” and “；” are what a Chinese text uses. */
const HALF_WIDTH = new RegExp(`${CJK}\\s?[,:;()]|[,:;()]\\s?${CJK}`);

function texts(view: ChartView): string[] {
  const base = [view.title, view.subtitle, view.source, view.summary];
  switch (view.kind) {
    case 'curves':
      return [
        ...base,
        view.x.title,
        view.y.title,
        ...view.series.map((s) => s.name),
        ...view.marks.map((m) => m.label),
      ];
    case 'category':
      return [...base, view.y.title, ...view.series.map((s) => s.name), ...view.categories];
    case 'tornado':
      return [...base, view.x.title, ...Object.values(view.legend)];
    case 'map':
      return [...base, view.x.title, view.y.title, ...view.legend.map((l) => l.label)];
    case 'clock':
      return [...base, view.x.title, view.y.title, ...view.routes.map((r) => r.label)];
    case 'points':
      return [...base, view.x.title, view.y.title, ...view.groups.map((g) => g.name), view.diagonal ?? ''];
  }
}

describe('Chinese views', () => {
  it('use full-width punctuation in every title, subtitle, summary and series name', () => {
    const project = example('zh-CN');
    const views = allViews(project, ctxZh);
    expect(views.length).toBeGreaterThanOrEqual(19);
    const bad = views.flatMap((v) =>
      texts(v)
        .filter((text) => HALF_WIDTH.test(text))
        .map((text) => `${v.id}: ${text}`),
    );
    expect(bad).toEqual([]);
  });
});
