import { useSyncExternalStore } from 'react';

export type Route =
  { page: 'library' } | { page: 'swot'; projectId: string } | { page: 'tows'; projectId: string };

/** Reads `#/p/<id>/swot`, `#/p/<id>/tows`; anything else is the library. */
export function parseRoute(hash: string): Route {
  const match = /^#\/p\/([A-Za-z0-9_-]+)\/(swot|tows)$/.exec(hash);
  if (!match) return { page: 'library' };
  return { page: match[2] as 'swot' | 'tows', projectId: match[1]! };
}

export function routeHref(route: Route): string {
  return route.page === 'library' ? '#/' : `#/p/${route.projectId}/${route.page}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
