import type { Project } from '../domain/project/types';
import { projectRepository } from './projectRepository';
import { classifySaveError } from './saveErrors';
import { showProject, useAppStore } from './store';
import { refreshLibrary } from './libraryActions';

/** Saves begin this long after the last change, well inside the 0.5 s promise. */
const DEBOUNCE_MS = 200;
const channelName = 'ssw-projects';

let timer: ReturnType<typeof setTimeout> | undefined;
let saving: Promise<boolean> | null = null;
let lastSaved: Project | null = null;
let askedForPersistence = false;
let channel: BroadcastChannel | null = null;

/** Marks `project` as already saved (just loaded or imported), so autosave does not write it again. */
export function markSaved(project: Project | null): void {
  lastSaved = project;
}

/** Writes the open project until what is stored matches what is on screen; resolves when storage has answered. */
export async function flushSave(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = undefined;
  while (saving) await saving;
  for (;;) {
    const { project, rev, save, setSave } = useAppStore.getState();
    if (!project || save.kind === 'conflict') return;
    if (project === lastSaved) {
      if (save.kind === 'pending') setSave({ kind: 'saved', at: new Date().toISOString() });
      return;
    }
    saving = writeProject(project, rev).finally(() => {
      saving = null;
    });
    const written = await saving;
    if (!written) return;
  }
}

/** One write; true when it succeeded. */
async function writeProject(project: Project, rev: number): Promise<boolean> {
  const { setSave, setRev } = useAppStore.getState();
  try {
    const outcome = await projectRepository.save(project, rev, new Date().toISOString());
    if (!outcome.ok) {
      setSave({ kind: 'conflict' });
      return false;
    }
    lastSaved = project;
    setRev(outcome.rev);
    channel?.postMessage({ id: project.id, rev: outcome.rev });
    void requestPersistence();
    void refreshLibrary();
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

/** Starts saving the open project after every change, and listening for saves made in other tabs. */
export function startAutosave(): () => void {
  const unsubscribe = useAppStore.subscribe((state, previous) => {
    if (!state.project || state.project === previous.project) return;
    if (state.project.id !== previous.project?.id) return;
    if (state.save.kind !== 'failed' && state.save.kind !== 'conflict')
      useAppStore.getState().setSave({ kind: 'pending' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flushSave(), DEBOUNCE_MS);
  });
  const onHide = () => void flushSave();
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onHide);
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(channelName);
    channel.onmessage = (event: MessageEvent<{ id: string; rev: number }>) =>
      void onOtherTabSaved(event.data);
  }
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onHide);
    channel?.close();
    channel = null;
  };
}

/** Another tab saved a project: show its version here if this tab has nothing unsaved for it. */
async function onOtherTabSaved(message: { id: string; rev: number }): Promise<void> {
  void refreshLibrary();
  const { project, rev } = useAppStore.getState();
  if (!project || project.id !== message.id || message.rev <= rev) return;
  if (project !== lastSaved) {
    useAppStore.getState().setSave({ kind: 'conflict' });
    return;
  }
  const stored = await projectRepository.load(message.id);
  if (stored && useAppStore.getState().project === project) {
    markSaved(stored.project);
    showProject(stored.project, stored.rev);
  }
}
