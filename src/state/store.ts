import { temporal } from 'zundo';
import { create } from 'zustand';
import type { Project } from '../domain/project/types';
import { shouldMergeWithPrevious, withCoalesceKey } from './history';
import type { ProjectSummary } from './projectRepository';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; reason: 'quota' | 'unavailable' | 'other'; detail: string }
  | { kind: 'conflict' };

/** The document slice: the open project. Only this is undoable and saved. */
interface DocumentSlice {
  project: Project | null;
  /** Applies one user edit; edits with the same `coalesceKey` in a row form one undo step. */
  change: (recipe: (project: Project) => Project, coalesceKey?: string) => void;
}

/** The session slice: what is around the document and never undone. */
interface SessionSlice {
  /** The stored revision the open project was loaded from or last saved as. */
  rev: number;
  save: SaveStatus;
  library: ProjectSummary[] | null;
  /** A one-line message about the last library action (an import as a copy, …), shown until dismissed. */
  notice: string | null;
  setNotice: (notice: string | null) => void;
  setSave: (save: SaveStatus) => void;
  setRev: (rev: number) => void;
  setLibrary: (library: ProjectSummary[]) => void;
}

export type AppState = DocumentSlice & SessionSlice;

export const useAppStore = create<AppState>()(
  temporal(
    (set, get) => ({
      project: null,
      change: (recipe, coalesceKey) => {
        const current = get().project;
        if (!current) return;
        const next = recipe(current);
        if (next === current) return;
        withCoalesceKey(coalesceKey, () =>
          set({ project: { ...next, updatedAt: new Date().toISOString() } }),
        );
      },
      rev: 0,
      save: { kind: 'idle' },
      library: null,
      notice: null,
      setNotice: (notice) => set({ notice }),
      setSave: (save) => set({ save }),
      setRev: (rev) => set({ rev }),
      setLibrary: (library) => set({ library }),
    }),
    {
      partialize: (state) => ({ project: state.project }),
      equality: (past, current) => past.project === current.project,
      limit: 200,
      // zundo passes its internal recorder typed as setState; it takes (past, replace, current, delta).
      handleSet: (handleSet) => (pastState, replace, currentState, deltaState) => {
        if (shouldMergeWithPrevious()) return;
        (handleSet as unknown as (...args: unknown[]) => void)(pastState, replace, currentState, deltaState);
      },
    },
  ),
);

/** Puts a project on screen without creating an undo step, and forgets the previous project's history. */
export function showProject(project: Project | null, rev: number): void {
  const temporalStore = useAppStore.temporal.getState();
  temporalStore.pause();
  useAppStore.setState({ project, rev, save: { kind: 'idle' } });
  temporalStore.resume();
  temporalStore.clear();
}

export const undo = () => useAppStore.temporal.getState().undo();
export const redo = () => useAppStore.temporal.getState().redo();
