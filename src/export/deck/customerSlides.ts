import { frequencyShares, lifecycleFunnel } from '../../domain/customers/lifecycle';
import { abcAnalysis } from '../../domain/customers/tiers';
import { projectTierService } from '../../domain/customers/tierService';
import type { Project } from '../../domain/project/types';
import { abcClassesView, abcCurveView } from '../../views/customerViews';
import { abcParetoView } from '../../views/paretoView';
import { rfmHeatmapView, rfmSegmentsView } from '../../views/rfmViews';
import { ipaView, satisfactionGapView } from '../../views/satisfactionViews';
import { frequencyView, funnelView } from '../../views/funnelViews';
import { tierServiceView } from '../../views/tierServiceViews';
import { womWaterfallView } from '../../views/womViews';
import type { ChartView, ViewContext } from '../../views/types';
import type { DeckSlide } from './deckModel';
import { slideOfView } from './slideOfView';

/** The customer slides the project has data for: word of mouth, the ABC Pareto chart, curve and classes, what serving each class costs, the funnel and frequency groups, RFM grid and segments, satisfaction. */
export function customerSlides(project: Project, ctx: ViewContext): DeckSlide[] {
  const { segments, abc, rfm, satisfaction } = project.customers;
  const analysis = abcAnalysis(segments, abc);
  const service = projectTierService(project);
  const views: Array<ChartView | null> = [
    womWaterfallView(project.customers.value, ctx),
    analysis.ok ? abcParetoView(analysis.value, ctx) : null,
    analysis.ok ? abcCurveView(analysis.value, ctx) : null,
    analysis.ok ? abcClassesView(analysis.value, ctx) : null,
    service ? tierServiceView(service, ctx) : null,
    funnelView(lifecycleFunnel(project.customers.lifecycle), ctx),
    frequencyView(frequencyShares(project.customers.frequency), ctx),
    rfm ? rfmHeatmapView(rfm, ctx) : null,
    rfm ? rfmSegmentsView(rfm, ctx) : null,
    satisfactionGapView(satisfaction, ctx),
    ipaView(satisfaction, ctx),
  ];
  return views.filter((v): v is ChartView => v !== null).map(slideOfView);
}
