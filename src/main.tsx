import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady, initialLanguage } from './i18n/i18n';
import './app/app.css';
import { App } from './app/App';
import { preloadPage } from './app/pages';
import { prefetchExample } from './app/examples';
import { parseRoute } from './app/route';
import { parseJoin } from './workshop/joinLink';

// A participant's link (#/join/<room>) opens the room page alone: no project, library or header.
const join = parseJoin(window.location.hash);
const JoinPage = lazy(() => import('./features/workshop/JoinPage'));
const sameOriginRelay = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/relay`;

// The page is chosen once, when it loads: a join link pasted into the app's tab (or the app's address into a
// participant's) changes only the hash, so the page loads again as the other one.
window.addEventListener('hashchange', () => {
  const now = parseJoin(window.location.hash);
  if (Boolean(now) !== Boolean(join) || (now && join && now.roomId !== join.roomId)) window.location.reload();
});

// The first page's code is fetched while the language loads; a fresh browser opens on the SWOT.
const first = parseRoute(window.location.hash).page;
if (!join) preloadPage(first === 'library' && !window.location.hash ? 'swot' : first);
if (!window.location.hash || window.location.hash === '#/') prefetchExample(initialLanguage());

// The messages of the user's language arrive in their own chunk; nothing is shown in the other meanwhile.
void i18nReady.finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {join ? (
        <Suspense>
          <JoinPage roomId={join.roomId} relay={join.relay ?? sameOriginRelay} />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  ),
);
