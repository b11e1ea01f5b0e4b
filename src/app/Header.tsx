import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { download } from '../export/download';
import { projectFileName, projectToJsonBlob } from '../export/projectJson';
import { LANGUAGES, setLanguage, type Language } from '../i18n/i18n';
import { redoStep, undoStep } from '../state/edits';
import { useProjectId, useProjectName } from '../state/selectors';
import { currentProject, useAppStore } from '../state/store';
import type { Route } from './route';
import { SaveIndicator } from './SaveIndicator';

// The deck's slide builders (and, on download, pptxgenjs) load only when the dialog is first opened.
const DeckDialog = lazy(() => import('../features/output/DeckDialog'));

/** The app bar: title, the open project's name and (narrow windows) its steps' menu, undo/redo, save state, export and language. */
export function Header({
  route,
  stepsOpen,
  onToggleSteps,
}: {
  route: Route;
  /** The course steps' drawer (a narrow window) is open. */
  stepsOpen: boolean;
  onToggleSteps: () => void;
}) {
  const { t, i18n } = useTranslation();
  const projectId = useProjectId();
  const projectName = useProjectName();
  const canUndo = useStore(useAppStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useAppStore.temporal, (s) => s.futureStates.length > 0);
  const onProjectPage = route.page !== 'library' && projectId !== null;
  const [deckOpen, setDeckOpen] = useState(false);
  return (
    <header className="app-header">
      <a className="brand" href="#/">
        {t('app.title')}
      </a>
      {route.page === 'library' && (
        <nav aria-label={t('app.nav')} className="library-nav">
          <a href="#/" aria-current="page">
            {t('app.library')}
          </a>
        </nav>
      )}
      {projectId && (
        <span className="project-title" title={projectName ?? ''}>
          {projectName}
        </span>
      )}
      {onProjectPage && (
        <button
          type="button"
          className="steps-toggle"
          aria-expanded={stepsOpen}
          aria-controls="steps-nav"
          onClick={onToggleSteps}
        >
          ☰ {t('steps.menu')}
        </button>
      )}
      <div className="header-tools">
        {onProjectPage && (
          <>
            <button type="button" onClick={undoStep} disabled={!canUndo} title={t('app.undoHint')}>
              ↶ <span className="tool-word">{t('app.undo')}</span>
            </button>
            <button type="button" onClick={redoStep} disabled={!canRedo} title={t('app.redoHint')}>
              ↷ <span className="tool-word">{t('app.redo')}</span>
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
