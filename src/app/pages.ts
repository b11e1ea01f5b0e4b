import { lazy, type ComponentType, useEffect } from 'react';
import type { ProjectPage } from './route';
import type { ProjectLibrary as LibraryPage } from '../features/projects/ProjectLibrary';

type LibraryProps = Parameters<typeof LibraryPage>[0];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page has its own props
type Loader = () => Promise<{ default: ComponentType<any> }>;

/**
 * Each loader runs its import once; the promise is kept, so preloading and rendering share one fetch. A failed
 * preload (offline, a new version deployed) is forgotten, so that the page's first render fetches again
 * instead of inheriting the failure (React.lazy keeps whatever its first load gave).
 */
const once = (load: Loader): Loader => {
  let loading: ReturnType<Loader> | null = null;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
};

// Each area loads with its route, so the first screen does not wait for the others' code.
const LOADERS: Record<ProjectPage | 'library', Loader> = {
  library: once(() =>
    import('../features/projects/ProjectLibrary').then((m) => ({ default: m.ProjectLibrary })),
  ),
  swot: once(() => import('../features/swot/SwotCanvas').then((m) => ({ default: m.SwotCanvas }))),
  tows: once(() => import('../features/swot/TowsMatrix').then((m) => ({ default: m.TowsMatrix }))),
  forces: once(() => import('../features/forces/ForcesCanvas').then((m) => ({ default: m.ForcesCanvas }))),
  pestel: once(() => import('../features/pestel/PestelCanvas').then((m) => ({ default: m.PestelCanvas }))),
  scoring: once(() => import('../features/scoring/ScoringPage').then((m) => ({ default: m.ScoringPage }))),
  customers: once(() =>
    import('../features/customers/CustomersPage').then((m) => ({ default: m.CustomersPage })),
  ),
  objectives: once(() =>
    import('../features/objectives/ObjectivesPage').then((m) => ({ default: m.ObjectivesPage })),
  ),
  summary: once(() =>
    import('../features/implementation/SummaryPage').then((m) => ({ default: m.SummaryPage })),
  ),
  plan: once(() => import('../features/implementation/PlanPage').then((m) => ({ default: m.PlanPage }))),
  service: once(() =>
    import('../features/service-cost/ServiceCostPage').then((m) => ({ default: m.ServiceCostPage })),
  ),
  strategy: once(() =>
    import('../features/strategy/StrategyPage').then((m) => ({ default: m.StrategyPage })),
  ),
  positioning: once(() =>
    import('../features/strategy/PositioningPage').then((m) => ({ default: m.PositioningPage })),
  ),
  report: once(() => import('../features/report/ReportPage').then((m) => ({ default: m.ReportPage }))),
  workshop: once(() =>
    import('../features/workshop/WorkshopPage').then((m) => ({ default: m.WorkshopPage })),
  ),
  present: once(() => import('../features/workshop/PresentPage').then((m) => ({ default: m.PresentPage }))),
};

const lazyPages: Record<string, ComponentType> = Object.fromEntries(
  Object.entries(LOADERS).map(([page, load]) => [page, lazy(load)]),
);

export const PAGES = lazyPages as Record<ProjectPage, ComponentType>;
export const ProjectLibrary = lazyPages.library as ComponentType<LibraryProps>;

/** Starts fetching a page's code (the first route's, while the language loads). */
export function preloadPage(page: ProjectPage | 'library'): void {
  void LOADERS[page]().catch(() => {
    // A failed preload is retried by the page itself when it renders (and then shown by the error boundary).
  });
}

let preloading = false;

/**
 * Rendered beside the first page, inside its Suspense boundary, so that it mounts when that page has
 * committed: then, after the next paint and when the browser is idle, every page's code is fetched, so that
 * no page waits later. Not earlier: evaluating ten pages' modules and the chart library while the first page
 * waited for storage held that page's first paint back (Lighthouse counted them on its path).
 */
export function PreloadPagesAfterPaint(): null {
  useEffect(() => {
    if (preloading) return;
    preloading = true;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const all = () => (Object.keys(LOADERS) as (keyof typeof LOADERS)[]).forEach(preloadPage);
    requestAnimationFrame(() => window.setTimeout(() => idle(all)));
  }, []);
  return null;
}
