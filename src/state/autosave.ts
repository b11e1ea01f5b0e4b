import type { Project } from '../domain/project/types';
import { onStorageCleared, type ProjectSummary } from './projectRepository';
import { repository } from './repository';
import { clearRecoveryCopy, holdTabLock, writeRecoveryCopy } from './recovery';
import { checkProject } from './projectParsing';
import { classifySaveError } from './saveErrors';
import { isUnsafe, showProject, useAppStore } from './store';
import { refreshLibrary } from './libraryList';

/** Saves begin this long after the last change, well inside the 0.5 s promise. */
const DEBOUNCE_MS = 200;
const channelName = 'ssw-projects';

/** A save carries its library entry, so that other tabs update their list without reading storage. */
type TabMessage = { id: string; rev: number; summary?: ProjectSummary } | { id: string; deleted: true };

let timer: ReturnType<typeof setTimeout> | undefined;
let saving: Promise<boolean> | null = null;
let lastSaved: Project | null = null;
let askedForPersistence = false;
let channel: BroadcastChannel | null = null;

/** Marks `project` as already saved (just loaded or imported), so autosave does not write it again. */
export function markSaved(project: Project | null): void {
  lastSaved = project;
}

/** True when the open project has edits that are not (or cannot be) in storage. */
export function hasUnsavedChanges(): boolean {
  const { project } = useAppStore.getState();
  return project !== null && project !== lastSaved;
}

/** Tells other tabs that a project was saved or deleted here. */
export function broadcast(message: TabMessage): void {
  channel?.postMessage(message);
}

/**
 * Puts a project just written into this tab's library and tells other tabs, from the write's own result:
 * reading every stored project back (and parsing it) after each save cost more than the save itself.
 */
export function announceSaved(project: Project, rev: number, savedAt: string): void {
  const summary = { id: project.id, name: project.name, savedAt };
  useAppStore.getState().librarySaved(summary);
  broadcast({ id: project.id, rev, summary });
}

/** Writes the open project until what is stored matches what is on screen; resolves when storage has answered. */
export async function flushSave(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = undefined;
  while (saving) await saving;
  for (;;) {
    const { project, rev, save, setSave } = useAppStore.getState();
    if (!project || save.kind === 'conflict' || save.kind === 'deleted') return;
    if (project === lastSaved) {
      if (save.kind !== 'saved' && save.kind !== 'idle')
        setSave({ kind: 'saved', at: new Date().toISOString() });
      return;
    }
    saving = writeProject(project, rev).finally(() => {
      saving = null;
    });
    const written = await saving;
    if (!written) return;
  }
}

/** One write of a project checked as it would be loaded again; true when it succeeded. */
async function writeProject(project: Project, rev: number): Promise<boolean> {
  const { setSave, setRev } = useAppStore.getState();
  const checked = await checkProject(project);
  if (!checked.ok) {
    setSave({ kind: 'invalid', problems: checked.errors });
    return false;
  }
  try {
    const outcome = await repository().save(project, rev, new Date().toISOString());
    if (!outcome.ok) {
      setSave(outcome.reason === 'missing' ? { kind: 'deleted' } : { kind: 'conflict' });
      return false;
    }
    lastSaved = project;
    setRev(outcome.rev);
    clearRecoveryCopy(project.id);
    announceSaved(project, outcome.rev, outcome.savedAt);
    void requestPersistence();
    return true;
  } catch (error) {
    setSave(classifySaveError(error));
    return false;
  }
}

async function requestPersistence(): Promise<void> {
  if (askedForPersistence) return;
  askedForPersistence = true;
  try {
    if (navigator.storage?.persist && !(await navigator.storage.persisted()))
      await navigator.storage.persist();
  } catch {
    // Persistence is a request the browser may ignore; saving works without it.
  }
}

/** Leaving now would lose something: a save still to come, or one that cannot be made. */
function onBeforeUnload(event: BeforeUnloadEvent): void {
  const { save } = useAppStore.getState();
  if (!hasUnsavedChanges() && !isUnsafe(save)) return;
  event.preventDefault();
  // Older browsers show the dialog only when returnValue is set.
  event.returnValue = '';
}

/** The page may be gone before an IndexedDB write completes: keep a synchronous copy, then try the write. */
function keepRecoveryCopy(): void {
  const { project, rev } = useAppStore.getState();
  if (project && project !== lastSaved) writeRecoveryCopy(project, rev);
  void flushSave();
}
const onVisibilityChange = () => {
  if (document.visibilityState === 'hidden') keepRecoveryCopy();
};

/** Starts saving the open project after every change, and listening for saves made in other tabs. */
export function startAutosave(): () => void {
  holdTabLock();
  onStorageCleared(() => {
    if (useAppStore.getState().project) useAppStore.getState().setSave({ kind: 'deleted' });
    void refreshLibrary().catch(() => undefined);
  });
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (!state.project || state.project === previous.project) return;
    if (state.project.id !== previous.project?.id) return;
    if (!isUnsafe(state.save)) useAppStore.getState().setSave({ kind: 'pending' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flushSave(), DEBOUNCE_MS);
  });
  window.addEventListener('pagehide', keepRecoveryCopy);
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onVisibilityChange);
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(channelName);
    channel.onmessage = (event: MessageEvent<TabMessage>) => void onOtherTab(event.data);
  }
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', keepRecoveryCopy);
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onVisibilityChange);
    channel?.close();
    channel = null;
  };
}

/** Another tab saved or deleted a project: show its version here if this tab has nothing unsaved for it. */
async function onOtherTab(message: TabMessage): Promise<void> {
  if ('summary' in message && message.summary) useAppStore.getState().librarySaved(message.summary);
  else void refreshLibrary();
  const { project, rev } = useAppStore.getState();
  if (!project || project.id !== message.id) return;
  if ('deleted' in message) {
    useAppStore.getState().setSave({ kind: 'deleted' });
    return;
  }
  if (message.rev <= rev) return;
  if (project !== lastSaved) {
    useAppStore.getState().setSave({ kind: 'conflict' });
    return;
  }
  const stored = await repository().load(message.id);
  if (stored && useAppStore.getState().project === project) {
    markSaved(stored.project);
    showProject(stored.project, stored.rev);
  }
}
