import { createBlankProject, duplicateProject } from '../domain/project/defaults';
import type { Project } from '../domain/project/types';
import { flushSave, markSaved } from './autosave';
import { projectRepository } from './projectRepository';
import { showProject, useAppStore } from './store';

/** Re-reads the list of saved projects into the store. */
export async function refreshLibrary(): Promise<void> {
  const { summaries } = await projectRepository.list();
  useAppStore.getState().setLibrary(summaries);
}

/** Saves a project that is not in storage yet (revision 0 → 1) and shows it. Not an undo step. */
export async function addAndOpen(project: Project): Promise<void> {
  await flushSave();
  const outcome = await projectRepository.save(project, 0, new Date().toISOString());
  if (!outcome.ok) throw new Error(`A project with id ${project.id} already exists`);
  markSaved(project);
  showProject(project, outcome.rev);
  await refreshLibrary();
}

export async function createBlank(name: string): Promise<Project> {
  const project = createBlankProject(name, new Date().toISOString());
  await addAndOpen(project);
  return project;
}

/** Opens a saved project; false when it is missing or unreadable. */
export async function openProject(id: string): Promise<boolean> {
  if (useAppStore.getState().project?.id === id) return true;
  // The open project's last edits are written before another takes its place.
  await flushSave();
  const stored = await projectRepository.load(id);
  if (!stored) return false;
  markSaved(stored.project);
  showProject(stored.project, stored.rev);
  return true;
}

export function closeProject(): void {
  markSaved(null);
  showProject(null, 0);
}

/**
 * Adds an imported project. If its id is already in the library, it comes in as a copy with new ids and
 * `copyName`, so nothing saved is overwritten.
 */
export async function importProject(project: Project, copyName: (name: string) => string): Promise<Project> {
  const taken = await projectRepository.exists(project.id);
  const incoming = taken
    ? duplicateProject(project, copyName(project.name), new Date().toISOString())
    : project;
  await addAndOpen(incoming);
  return incoming;
}

export async function duplicateSaved(id: string, copyName: (name: string) => string): Promise<void> {
  const stored = await projectRepository.load(id);
  if (!stored) return;
  const copy = duplicateProject(stored.project, copyName(stored.project.name), new Date().toISOString());
  const outcome = await projectRepository.save(copy, 0, new Date().toISOString());
  if (!outcome.ok) throw new Error('copy id collided');
  await refreshLibrary();
}

export async function renameSaved(id: string, name: string): Promise<void> {
  const state = useAppStore.getState();
  if (state.project?.id === id) {
    state.change((p) => ({ ...p, name }));
    return;
  }
  const stored = await projectRepository.load(id);
  if (!stored) return;
  await projectRepository.save(
    { ...stored.project, name, updatedAt: new Date().toISOString() },
    stored.rev,
    new Date().toISOString(),
  );
  await refreshLibrary();
}

export async function deleteSaved(id: string): Promise<void> {
  if (useAppStore.getState().project?.id === id) closeProject();
  await projectRepository.remove(id);
  await refreshLibrary();
}
