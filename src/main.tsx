import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady, initialLanguage } from './i18n/i18n';
import './app/app.css';
import { App } from './app/App';
import { preloadPage } from './app/pages';
import { prefetchExample } from './app/examples';
import { parseRoute } from './app/route';

// The first page's code is fetched while the language loads; a fresh browser opens on the SWOT.
const first = parseRoute(window.location.hash).page;
preloadPage(first === 'library' && !window.location.hash ? 'swot' : first);
if (!window.location.hash || window.location.hash === '#/') prefetchExample(initialLanguage());

// The messages of the user's language arrive in their own chunk; nothing is shown in the other meanwhile.
void i18nReady.finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
