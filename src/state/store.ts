import { temporal } from 'zundo';
import { create } from 'zustand';
import { capacityProblems, type CapacityProblem } from '../domain/project/capacity';
import type { Problem } from '../domain/project/result';
import type { Project } from '../domain/project/types';
import { shouldMergeWithPrevious, withCoalesceKey } from './history';
import type { ProjectSummary, UnreadableProject } from './projectRepository';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; reason: 'quota' | 'unavailable' | 'other'; detail: string }
  | { kind: 'conflict' }
  /** The project would not load again (a limit passed some other way): the last good version is kept. */
  | { kind: 'invalid'; problems: Problem[] }
  /** Another tab deleted this project (or site data was cleared) after it was opened here. */
  | { kind: 'deleted' };

/** States in which leaving or opening another project would lose work unless the user says otherwise. */
export function isUnsafe(
  save: SaveStatus,
): save is Extract<SaveStatus, { kind: 'failed' | 'conflict' | 'invalid' | 'deleted' }> {
  return (
    save.kind === 'failed' || save.kind === 'conflict' || save.kind === 'invalid' || save.kind === 'deleted'
  );
}

/** The document slice: the open project. Only this is undoable and saved. */
interface DocumentSlice {
  project: Project | null;
  /**
   * Applies one user edit; edits with the same `coalesceKey` in a row form one undo step. An edit that
   * would grow a list past its limit is refused and said so in `refused`.
   */
  change: (recipe: (project: Project) => Project, coalesceKey?: string) => void;
}

/** The session slice: what is around the document and never undone. */
interface SessionSlice {
  /** The stored revision the open project was loaded from or last saved as. */
  rev: number;
  save: SaveStatus;
  library: ProjectSummary[] | null;
  /** Stored projects that no longer parse: listed, never hidden. */
  unreadable: UnreadableProject[];
  /** Set while the user is asked whether to leave a project whose work is not saved. */
  leaving: { resolve: (leave: boolean) => void } | null;
  setLeaving: (leaving: { resolve: (leave: boolean) => void } | null) => void;
  /** A one-line message about the last library action (an import as a copy, …), shown until dismissed. */
  notice: string | null;
  /** The last edit refused for a limit, shown until dismissed or the next accepted edit. */
  refused: CapacityProblem | null;
  setRefused: (refused: CapacityProblem | null) => void;
  setNotice: (notice: string | null) => void;
  setSave: (save: SaveStatus) => void;
  setRev: (rev: number) => void;
  setLibrary: (library: ProjectSummary[], unreadable?: UnreadableProject[]) => void;
  /** A project was saved (here or in another tab): its entry in the library, without reading storage again. */
  librarySaved: (summary: ProjectSummary) => void;
  /** How many saves `librarySaved` has taken in: a listing that read storage before one is out of date. */
  librarySaves: number;
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
        const over = capacityProblems(current, next);
        if (over.length > 0) {
          set({ refused: over[0]! });
          return;
        }
        if (get().refused) set({ refused: null });
        withCoalesceKey(coalesceKey, () =>
          set({ project: { ...next, updatedAt: new Date().toISOString() } }),
        );
      },
      rev: 0,
      save: { kind: 'idle' },
      library: null,
      unreadable: [],
      leaving: null,
      setLeaving: (leaving) => set({ leaving }),
      notice: null,
      refused: null,
      setRefused: (refused) => set({ refused }),
      setNotice: (notice) => set({ notice }),
      setSave: (save) => set({ save }),
      setRev: (rev) => set({ rev }),
      setLibrary: (library, unreadable = []) => set({ library, unreadable }),
      librarySaves: 0,
      librarySaved: (summary) => {
        const { library, librarySaves } = get();
        set({ librarySaves: librarySaves + 1 });
        if (!library) return;
        // The newest first, as projectRepository.list() sorts them.
        const others = library.filter((p) => p.id !== summary.id);
        const at = others.findIndex((p) => p.savedAt.localeCompare(summary.savedAt) < 0);
        set({
          library: at < 0 ? [...others, summary] : [...others.slice(0, at), summary, ...others.slice(at)],
        });
      },
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

/** The project as it is now (at a click), not as it was when a component last rendered. */
export const currentProject = (): Project | null => useAppStore.getState().project;

export const undo = () => useAppStore.temporal.getState().undo();
export const redo = () => useAppStore.temporal.getState().redo();
