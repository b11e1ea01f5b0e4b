import { startTransition, useCallback, useEffect, useState } from 'react';

/** The pages of a project, in the order of the analysis. */
export const PROJECT_PAGES = [
  'pestel',
  'forces',
  'swot',
  'tows',
  'scoring',
  'customers',
  'objectives',
  'summary',
  'plan',
  'service',
  'strategy',
  'positioning',
  'report',
  'workshop',
  'present',
] as const;
export type ProjectPage = (typeof PROJECT_PAGES)[number];

export type Route = { page: 'library' } | { page: ProjectPage; projectId: string };

/** Reads `#/p/<id>/<page>`; anything else is the library. */
export function parseRoute(hash: string): Route {
  const match = /^#\/p\/([A-Za-z0-9_-]+)\/([a-z]+)$/.exec(hash);
  const page = match?.[2] as ProjectPage | undefined;
  if (!match || !page || !PROJECT_PAGES.includes(page)) return { page: 'library' };
  return { page, projectId: match[1]! };
}

export function routeHref(route: Route): string {
  return route.page === 'library' ? '#/' : `#/p/${route.projectId}/${route.page}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/**
 * The route in the address. A change is a transition: the page on screen stays (and answers) until the next
 * one has rendered, instead of a loading line that React would hold for at least 300 ms.
 */
export function useRoute(): { route: Route; syncRoute: () => void } {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => startTransition(() => setHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  // At start the address may have moved before its hashchange arrives: read it at once, in the same render.
  const syncRoute = useCallback(() => setHash(window.location.hash), []);
  return { route: parseRoute(hash), syncRoute };
}
