import { Suspense, useCallback, useEffect, useState } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { projectSession, type Recovered } from '../state/projectSession';
import { useProjectId } from '../state/selectors';
import { useAppStore } from '../state/store';
import { ErrorBoundary } from './ErrorBoundary';
import { fetchExample, WORKED_CASES, type ExampleSlug } from './examples';
import { BootShell } from './BootShell';
import { GuidePanel, isGuided } from './GuidePanel';
import { Header } from './Header';
import { StepsNav } from './StepsNav';
import { PAGES, PreloadPagesAfterPaint, ProjectLibrary } from './pages';
import { LeaveGuard } from './LeaveGuard';
import { Notice } from './Notice';
import { navigate, routeHref, useRoute } from './route';
import { RefusedEdit } from './RefusedEdit';
import { SaveBanner } from './SaveBanner';
import { UpdatePrompt } from './UpdatePrompt';
import { useUndoHotkeys } from './useUndoHotkeys';

type Boot = { kind: 'loading' } | { kind: 'ready'; storageError?: string };
let starting: Promise<Boot> | null = null;

/**
 * Reads the library and, on a browser's first visit, opens the example. If storage is blocked, the
 * example opens in memory with the lasting save warning, so nothing typed is lost without an export.
 */
async function start(
  newFromExample: () => Promise<void>,
  language: string,
  recoveredNotice: (recovered: Recovered[]) => void,
): Promise<Boot> {
  try {
    // Listing parses every stored project (in a worker): the page the address names need not wait for it,
    // except on the first start, when the example joins the list.
    const listing = projectSession.library.refresh();
    // Awaited below on a first start; otherwise a failure shows when the library page lists again.
    listing.catch(() => undefined);
    recoveredNotice(await projectSession.recoverUnsaved((name) => i18next.t('library.copyName', { name })));
    if (await projectSession.firstStart()) {
      await listing;
      if (window.location.hash === '' || window.location.hash === '#/') await newFromExample();
    }
    return { kind: 'ready' };
  } catch (error) {
    const example = await fetchExample(language);
    projectSession.showUnsaved(example, error);
    useAppStore.getState().setLibrary([]);
    navigate({ page: 'swot', projectId: example.id });
    return { kind: 'ready', storageError: String(error) };
  }
}

/** The shell: starts storage and autosave, seeds the example on a fresh browser, and routes. */
export function App() {
  const { t, i18n } = useTranslation();
  const { route, syncRoute } = useRoute();
  const projectId = useProjectId();
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });
  const [missingId, setMissingId] = useState<string | null>(null);
  // The course steps' drawer on a narrow window, open on the page it was opened on: a new page closes it.
  const routeKey = routeHref(route);
  const [stepsOpenOn, setStepsOpenOn] = useState<string | null>(null);
  const stepsOpen = stepsOpenOn === routeKey;
  const closeSteps = useCallback(() => setStepsOpenOn(null), []);
  const toggleSteps = useCallback(
    () => setStepsOpenOn((on) => (on === routeKey ? null : routeKey)),
    [routeKey],
  );
  useUndoHotkeys(route.page !== 'library');

  const newFromExample = async (slug: ExampleSlug = 'swift-express') => {
    const example = await fetchExample(i18n.language, slug);
    const imported = await projectSession.import(example, (name) => t('library.copyName', { name }));
    // A worked case opens on its six-part summary: the whole case at a glance, each part linked.
    if (imported) navigate({ page: slug === 'swift-express' ? 'swot' : 'summary', projectId: imported.id });
  };
  const recoveredNotice = (recovered: Recovered[]) => {
    if (recovered.length > 0)
      useAppStore
        .getState()
        .setNotice(recovered.map((r) => t(`safety.recovered.${r.as}`, { name: r.name })).join(' '));
  };

  useEffect(() => projectSession.start(), []);

  useEffect(() => {
    // StrictMode runs effects twice in development; the example must still be seeded only once.
    starting ??= start(newFromExample, i18n.language, recoveredNotice);
    void starting.then((boot) => {
      syncRoute();
      setBoot(boot);
    });
    // Runs once at start; newFromExample reads the language at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const routeProjectId = route.page === 'library' ? null : route.projectId;
  // The route opens a project when it changes; a project put on screen by an action (a copy kept, an import,
  // the other tab's version) is followed by the route, never replaced by the one the route named before.
  useEffect(() => {
    const openId = useAppStore.getState().project?.id ?? null;
    if (boot.kind !== 'ready' || !routeProjectId || openId === routeProjectId) return;
    void projectSession.open(routeProjectId).then((outcome) => {
      setMissingId(outcome === 'missing' ? routeProjectId : null);
      // The user chose to keep editing: the address goes back to the project still open.
      const stillOpen = useAppStore.getState().project?.id;
      if (outcome === 'stayed' && stillOpen && route.page !== 'library')
        navigate({ page: route.page, projectId: stillOpen });
    });
    // route.page only matters with a new project id.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boot.kind, routeProjectId]);

  // Until the first project is on screen, the shell stands in for header and page alike (see BootShell).
  const firstOpen = route.page !== 'library' && projectId === null && missingId !== route.projectId;
  if (boot.kind === 'loading' || firstOpen) return <BootShell />;

  let body;
  if (route.page === 'library')
    body = (
      <>
        {boot.storageError && (
          <div className="page">
            <p className="alert error" role="alert">
              {t('library.storageUnavailable')}
            </p>
          </div>
        )}
        <ProjectLibrary
          onOpened={(id) => navigate({ page: 'swot', projectId: id })}
          onNewFromExample={newFromExample}
          cases={WORKED_CASES}
          onOpenCase={(slug) => {
            const known = WORKED_CASES.find((c) => c === slug);
            // The library lists only these; anything else is refused, not swapped for the demo example.
            return known ? newFromExample(known) : Promise.reject(new Error(`no worked case ${slug}`));
          }}
        />
        <PreloadPagesAfterPaint />
      </>
    );
  else if (missingId === route.projectId)
    body = (
      <div className="page">
        <p className="alert error" role="alert">
          {t('app.notFound')}
        </p>
        <a href="#/">{t('app.backToLibrary')}</a>
      </div>
    );
  else if (projectId !== route.projectId) body = <p className="page">{t('app.loading')}</p>;
  else {
    const Page = PAGES[route.page];
    body = (
      <>
        {isGuided(route.page) && <GuidePanel key={route.page} page={route.page} />}
        <Page />
        <PreloadPagesAfterPaint />
      </>
    );
  }

  // Presenting, the slide takes the whole screen: no header (the save banner still shows if a save fails).
  const presenting = route.page === 'present';
  const showSteps =
    !presenting && route.page !== 'library' && projectId !== null && projectId === route.projectId;
  return (
    <>
      {!presenting && (
        <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
          {t('app.skipToContent')}
        </button>
      )}
      {!presenting && <Header route={route} stepsOpen={stepsOpen} onToggleSteps={toggleSteps} />}
      <SaveBanner onOpened={(id) => navigate({ page: 'swot', projectId: id })} />
      <Notice />
      <UpdatePrompt quiet={presenting} />
      <RefusedEdit />
      <LeaveGuard />
      <div className={showSteps ? 'app-body with-steps' : 'app-body'}>
        {showSteps && <StepsNav route={route} projectId={projectId} open={stepsOpen} onClose={closeSteps} />}
        {showSteps && stepsOpen && <div className="steps-backdrop" aria-hidden="true" onClick={closeSteps} />}
        <main id="main" tabIndex={-1}>
          <ErrorBoundary key={route.page}>
            <Suspense fallback={<p className="page">{t('app.loading')}</p>}>{body}</Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </>
  );
}
