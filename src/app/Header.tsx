import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { download } from '../export/download';
import { projectFileName, projectToJsonBlob } from '../export/projectJson';
import { LANGUAGES, setLanguage, type Language } from '../i18n/i18n';
import { redoStep, undoStep } from '../state/edits';
import { useProjectId, useProjectName } from '../state/selectors';
import { currentProject, useAppStore } from '../state/store';
import { PROJECT_PAGES, routeHref, type Route } from './route';
import { SaveIndicator } from './SaveIndicator';

// The deck's slide builders (and, on download, pptxgenjs) load only when the dialog is first opened.
const DeckDialog = lazy(() => import('../features/output/DeckDialog'));

/** The app bar: title, the open project's sections, undo/redo, save state, export and language. */
export function Header({ route }: { route: Route }) {
  const { t, i18n } = useTranslation();
  const projectId = useProjectId();
  const projectName = useProjectName();
  const canUndo = useStore(useAppStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useAppStore.temporal, (s) => s.futureStates.length > 0);
  const onProjectPage = route.page !== 'library' && projectId !== null;
  const [deckOpen, setDeckOpen] = useState(false);
  // On a narrow screen the sections scroll sideways: keep the current one in view (sideways only).
  const navRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const nav = navRef.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !current || nav.scrollWidth <= nav.clientWidth) return;
    nav.scrollLeft = current.offsetLeft - nav.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
  }, [route.page, projectId]);
  return (
    <header className="app-header">
      <a className="brand" href="#/">
        {t('app.title')}
      </a>
      <nav aria-label={t('app.nav')} className="app-nav" ref={navRef}>
        <a href="#/" aria-current={route.page === 'library' ? 'page' : undefined}>
          {t('app.library')}
        </a>
        {projectId && (
          <>
            <span className="project-title" title={projectName ?? ''}>
              {projectName}
            </span>
            {PROJECT_PAGES.map((page) => (
              <a
                key={page}
                href={routeHref({ page, projectId })}
                aria-current={route.page === page ? 'page' : undefined}
              >
                {t(`app.${page}`)}
              </a>
            ))}
          </>
        )}
      </nav>
      <div className="header-tools">
        {onProjectPage && (
          <>
            <button type="button" onClick={undoStep} disabled={!canUndo} title={t('app.undoHint')}>
              ↶ {t('app.undo')}
            </button>
            <button type="button" onClick={redoStep} disabled={!canRedo} title={t('app.redoHint')}>
              ↷ {t('app.redo')}
            </button>
            <SaveIndicator />
            <button
              type="button"
              onClick={() => {
                const project = currentProject();
                if (project) download(projectToJsonBlob(project), projectFileName(project));
              }}
            >
              {t('app.exportJson')}
            </button>
            <button type="button" onClick={() => setDeckOpen(true)}>
              {t('deck.open')}
            </button>
            {deckOpen && (
              <Suspense fallback={null}>
                <DeckDialog onClose={() => setDeckOpen(false)} />
              </Suspense>
            )}
          </>
        )}
        <label className="language">
          <span className="visually-hidden">{t('app.language')}</span>
          <select value={i18n.language} onChange={(e) => void setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
