import type { Project } from '../../domain/project/types';
import { dayPlanViews } from '../../views/dayPlanViews';
import { evaluateModel } from '../../domain/service-cost/models';
import { scenarioView } from '../../views/scenarioView';
import { serviceCostView } from '../../views/serviceCostView';
import { leverView, marginalView } from '../../views/serviceLeverViews';
import type { ViewContext } from '../../views/types';
import { curvesSlide } from './curvesSlide';
import type { DeckSlide } from './deckModel';

/**
 * One slide per model that computes: its service level vs cost view; then, offered but not ticked, the
 * lever (agents or safety stock) or marginal chart its page shows beneath.
 */
export function serviceSlides(project: Project, ctx: ViewContext): DeckSlide[] {
  return project.serviceModels.flatMap((model) => {
    const result = evaluateModel(model);
    if (!result.ok) return [];
    const beneath = leverView(model, result.value, ctx) ?? marginalView(model, result.value, ctx);
    return [
      curvesSlide(serviceCostView(model, result.value, ctx)),
      ...(beneath ? [{ ...curvesSlide(beneath), optional: true }] : []),
      // The day plan's charts, offered but not ticked.
      ...dayPlanViews(model, ctx).map((view) => ({ ...curvesSlide(view), optional: true })),
    ];
  });
}

/** One slide per baseline with scenarios: the scenario view (each curve and today, the moves in the note). */
export function scenarioSlides(project: Project, ctx: ViewContext): DeckSlide[] {
  return project.serviceModels.flatMap((baseline) => {
    const family = project.serviceModels.filter((m) => m.id === baseline.id || m.baselineId === baseline.id);
    if (baseline.baselineId || family.length < 2) return [];
    const drawn = family.flatMap((model) => {
      const result = evaluateModel(model);
      return result.ok ? [{ model, view: result.value }] : [];
    });
    if (!drawn.some((d) => d.model.id === baseline.id) || drawn.length < 2) return [];
    return [curvesSlide(scenarioView(baseline, drawn, ctx))];
  });
}
