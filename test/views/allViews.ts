import type { Project } from '../../src/domain/project/types';
import { dayPlanViews } from '../../src/views/dayPlanViews';
import { frequencyShares, lifecycleFunnel } from '../../src/domain/customers/lifecycle';
import { abcAnalysis } from '../../src/domain/customers/tiers';
import { projectTierService } from '../../src/domain/customers/tierService';
import { evaluateModel } from '../../src/domain/service-cost/models';
import { scoringView } from '../../src/domain/strategy/analysis';
import { forcesView, ifeEfeView } from '../../src/views/environmentViews';
import { clockView } from '../../src/views/clockView';
import { complaintParetoView } from '../../src/views/complaintParetoView';
import { abcClassesView, abcCurveView } from '../../src/views/customerViews';
import { abcParetoView } from '../../src/views/paretoView';
import { rfmHeatmapView, rfmSegmentsView } from '../../src/views/rfmViews';
import { ipaView, satisfactionGapView } from '../../src/views/satisfactionViews';
import { ieMatrixView } from '../../src/views/ieMatrixView';
import { pestelBubbleView, pestelRankingView, valueBubbleView } from '../../src/views/pointsViews';
import { positioningView } from '../../src/views/positioningView';
import { scenarioView } from '../../src/views/scenarioView';
import { serviceCostView } from '../../src/views/serviceCostView';
import { leverView, marginalView } from '../../src/views/serviceLeverViews';
import { cpmView, qspmView, valueCurveView } from '../../src/views/strategyViews';
import { frequencyView, funnelView } from '../../src/views/funnelViews';
import { tierServiceView } from '../../src/views/tierServiceViews';
import { womWaterfallView } from '../../src/views/womViews';
import { tornadoView } from '../../src/views/tornadoView';
import type { ChartView, ViewContext } from '../../src/views/types';

/** Every chart view a project has data for (the example has data for all of them). */
export function allViews(project: Project, ctx: ViewContext): ChartView[] {
  const scoring = scoringView(project);
  const models = project.serviceModels.flatMap((model) => {
    const r = evaluateModel(model);
    return r.ok ? [{ model, view: r.value }] : [];
  });
  const baseline = models.find(
    (m) => !m.model.baselineId && models.some((x) => x.model.baselineId === m.model.id),
  );
  const views: Array<ChartView | null> = [
    ...models.flatMap(({ model, view }) => [
      serviceCostView(model, view, ctx),
      leverView(model, view, ctx),
      marginalView(model, view, ctx),
      ...dayPlanViews(model, ctx),
    ]),
    baseline
      ? scenarioView(
          baseline.model,
          models.filter((m) => m.model.id === baseline.model.id || m.model.baselineId === baseline.model.id),
          ctx,
        )
      : null,
    forcesView(project.forces, ctx, 'bar'),
    forcesView(project.forces, ctx, 'radar'),
    pestelBubbleView(project.pestel, ctx),
    pestelRankingView(project.pestel, ctx),
    ifeEfeView(project.swot, ctx),
    ieMatrixView(project.swot, ctx),
    ...(() => {
      const abc = abcAnalysis(project.customers.segments, project.customers.abc);
      return abc.ok
        ? [abcParetoView(abc.value, ctx), abcCurveView(abc.value, ctx), abcClassesView(abc.value, ctx)]
        : [];
    })(),
    womWaterfallView(project.customers.value, ctx),
    funnelView(lifecycleFunnel(project.customers.lifecycle), ctx),
    frequencyView(frequencyShares(project.customers.frequency), ctx),
    (() => {
      const service = projectTierService(project);
      return service ? tierServiceView(service, ctx) : null;
    })(),
    ...(project.customers.rfm
      ? [rfmHeatmapView(project.customers.rfm, ctx), rfmSegmentsView(project.customers.rfm, ctx)]
      : []),
    satisfactionGapView(project.customers.satisfaction, ctx),
    ipaView(project.customers.satisfaction, ctx),
    tornadoView(project, scoring, ctx),
    qspmView(project, scoring, ctx),
    cpmView(project, ctx),
    valueCurveView(project, ctx),
    positioningView(project, ctx),
    valueBubbleView(project, ctx),
    clockView(project, ctx),
    complaintParetoView(project.implementation.recovery.complaints, ctx),
  ];
  return views.filter((v): v is ChartView => v !== null);
}
