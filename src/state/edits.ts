import type { Project } from '../domain/project/types';
import { endCoalescing } from './history';
import { redo, undo, useAppStore } from './store';

/**
 * An edit that is its own undo step (a click, a choice, an added or removed row). Returns whether the project
 * changed: false when the edit changed nothing or a limit refused it (the refusal is shown by RefusedEdit).
 */
export function step(recipe: (project: Project) => Project): boolean {
  endCoalescing();
  const before = useAppStore.getState().project;
  useAppStore.getState().change(recipe);
  return useAppStore.getState().project !== before;
}

/** A keystroke in one field: coalesced with the previous edit of the same `field` into one undo step. */
export function typing(field: string, recipe: (project: Project) => Project): void {
  useAppStore.getState().change(recipe, field);
}

/** The end of a run of typing (the field lost focus): the next edit starts a new undo step. */
export const endTyping = endCoalescing;

/** Undoes the last step; a run of typing in progress counts as one (it ends first). */
export function undoStep(): void {
  endCoalescing();
  undo();
}

/** Redoes the last undone step. */
export function redoStep(): void {
  endCoalescing();
  redo();
}
