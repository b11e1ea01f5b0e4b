import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../src/domain/service-cost/models';
import { scoringView } from '../../src/domain/strategy/analysis';
import { forcesView, ifeEfeView } from '../../src/views/environmentViews';
import { positioningView } from '../../src/views/positioningView';
import { scenarioView } from '../../src/views/scenarioView';
import { serviceCostView } from '../../src/views/serviceCostView';
import { cpmView, qspmView, valueCurveView } from '../../src/views/strategyViews';
import { tornadoView } from '../../src/views/tornadoView';
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
  }
}

describe('Chinese views', () => {
  it('use full-width punctuation in every title, subtitle, summary and series name', () => {
    const project = example('zh-CN');
    const scoring = scoringView(project);
    const models = project.serviceModels.flatMap((m) => {
      const r = evaluateModel(m);
      return r.ok ? [{ model: m, view: r.value }] : [];
    });
    const baseline = models.find(
      (m) => !m.model.baselineId && models.some((x) => x.model.baselineId === m.model.id),
    )!;
    const views: ChartView[] = [
      ...models.map((m) => serviceCostView(m.model, m.view, ctxZh)),
      scenarioView(
        baseline.model,
        models.filter((m) => m.model.id === baseline.model.id || m.model.baselineId === baseline.model.id),
        ctxZh,
      ),
      tornadoView(project, scoring, ctxZh)!,
      qspmView(project, scoring, ctxZh)!,
      cpmView(project, ctxZh)!,
      valueCurveView(project, ctxZh)!,
      forcesView(project.forces, ctxZh, 'bar')!,
      ifeEfeView(project.swot, ctxZh)!,
      positioningView(project, ctxZh)!,
    ];
    const bad = views.flatMap((v) =>
      texts(v)
        .filter((text) => HALF_WIDTH.test(text))
        .map((text) => `${v.id}: ${text}`),
    );
    expect(bad).toEqual([]);
  });
});
