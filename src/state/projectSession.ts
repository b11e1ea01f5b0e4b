import type { Project } from '../domain/project/types';
import { flushSave, hasUnsavedChanges, markSaved, startAutosave } from './autosave';
import {
  addAndOpen,
  closeProject,
  confirmLeave,
  createBlank,
  deleteSaved,
  deleteUnreadable,
  duplicateSaved,
  importProject,
  keepAsCopy,
  openProject,
  recoverUnsaved,
  renameSaved,
  saveAgain,
} from './libraryActions';
import { refreshLibrary } from './libraryList';
import { repository } from './repository';
import { classifySaveError } from './saveErrors';
import { showProject, useAppStore } from './store';

export type { Recovered } from './libraryActions';

/**
 * The project session: opening, autosave, recovery, the library and other tabs, between the open project and
 * storage. The app and the pages go through it and never reach storage themselves; it reaches storage through
 * `repository()`, which unit tests replace with a fake (test/state/fakeRepository.ts).
 */
export const projectSession = {
  /** Starts autosave and listening to other tabs; returns the function that stops both. */
  start: startAutosave,
  /** Writes the open project now; resolves when storage has answered. */
  flush: flushSave,
  hasUnsavedChanges,
  /** Resolves true when the open project may be replaced (saved, or the user chose to discard it). */
  confirmLeave,
  open: openProject,
  close: closeProject,
  create: createBlank,
  /** Saves a project that is not stored yet and shows it. */
  add: addAndOpen,
  import: importProject,
  keepAsCopy,
  saveAgain,
  recoverUnsaved,

  /** True the first time the app starts in this browser (the example project is then opened once). */
  async firstStart(): Promise<boolean> {
    if (await repository().getMeta<boolean>('seeded')) return false;
    await repository().setMeta('seeded', true);
    return true;
  },

  /** Shows a project that storage refused to hold, with the lasting warning that offers its JSON export. */
  showUnsaved(project: Project, error: unknown): void {
    markSaved(null);
    showProject(project, 0);
    useAppStore.getState().setSave(classifySaveError(error));
  },

  /** After a conflict: shows the version another tab saved (or says it was deleted). */
  async loadSaved(): Promise<void> {
    const { project } = useAppStore.getState();
    if (!project) return;
    const stored = await repository().load(project.id);
    if (!stored) {
      useAppStore.getState().setSave({ kind: 'deleted' });
      return;
    }
    markSaved(stored.project);
    showProject(stored.project, stored.rev);
  },

  library: {
    refresh: refreshLibrary,
    duplicate: duplicateSaved,
    rename: renameSaved,
    remove: deleteSaved,
    removeUnreadable: deleteUnreadable,
    /** A stored project as it loads (for its JSON export), or null. */
    load: async (id: string): Promise<Project | null> => (await repository().load(id))?.project ?? null,
    /** A stored record exactly as it is, for downloading one that cannot be read. */
    raw: (key: string): Promise<unknown> => repository().raw(key),
  },
};
