import { createBlankProject, duplicateProject } from '../domain/project/defaults';
import type { Project } from '../domain/project/types';
import { announceSaved, broadcast, flushSave, markSaved } from './autosave';
import { repository } from './repository';
import { clearRecoveryCopy, orphanedCopies } from './recovery';
import { classifySaveError } from './saveErrors';
import { isUnsafe, showProject, useAppStore } from './store';
import { refreshLibrary } from './libraryList';

/**
 * Resolves true when the open project may be replaced: its work is saved, or the user chose to discard it
 * in the dialog `LeaveGuard` shows while `leaving` is set.
 */
export async function confirmLeave(): Promise<boolean> {
  const { project, save } = useAppStore.getState();
  if (!project || !isUnsafe(save)) return true;
  return new Promise((resolve) => useAppStore.getState().setLeaving({ resolve }));
}

/** Saves a project that is not in storage yet (revision 0 → 1) and shows it. Not an undo step. */
export async function addAndOpen(project: Project): Promise<boolean> {
  if (!(await confirmLeave())) return false;
  await flushSave();
  let outcome;
  try {
    outcome = await repository().save(project, 0, new Date().toISOString());
  } catch (error) {
    // Storage refused (blocked, unavailable, full): the project still opens, with the lasting warning
    // and its JSON export, rather than nothing happening.
    markSaved(null);
    showProject(project, 0);
    useAppStore.getState().setSave(classifySaveError(error));
    return true;
  }
  if (!outcome.ok) throw new Error(`A project with id ${project.id} already exists`);
  markSaved(project);
  showProject(project, outcome.rev);
  announceSaved(project, outcome.rev, outcome.savedAt);
  return true;
}

export async function createBlank(name: string): Promise<Project | null> {
  const project = createBlankProject(name, new Date().toISOString());
  return (await addAndOpen(project)) ? project : null;
}

/** Opens a saved project: 'opened', 'missing' (absent or unreadable) or 'stayed' (the user kept editing). */
export async function openProject(id: string): Promise<'opened' | 'missing' | 'stayed'> {
  if (useAppStore.getState().project?.id === id) return 'opened';
  if (!(await confirmLeave())) return 'stayed';
  // The open project's last edits are written before another takes its place.
  await flushSave();
  const stored = await repository().load(id);
  if (!stored) return 'missing';
  markSaved(stored.project);
  showProject(stored.project, stored.rev);
  return 'opened';
}

export function closeProject(): void {
  markSaved(null);
  showProject(null, 0);
}

/**
 * Adds an imported project. If its id is already in the library, it comes in as a copy with new ids and
 * `copyName`, so nothing saved is overwritten. Null when the user chose to keep editing the open project.
 */
export async function importProject(
  project: Project,
  copyName: (name: string) => string,
): Promise<Project | null> {
  const taken = await repository().exists(project.id);
  const incoming = taken
    ? duplicateProject(project, copyName(project.name), new Date().toISOString())
    : project;
  return (await addAndOpen(incoming)) ? incoming : null;
}

/** Keeps this tab's version of a conflicting project as a new copy and opens it (nothing is discarded). */
export async function keepAsCopy(
  project: Project,
  copyName: (name: string) => string,
): Promise<Project | null> {
  const copy = duplicateProject(project, copyName(project.name), new Date().toISOString());
  let outcome;
  try {
    outcome = await repository().save(copy, 0, new Date().toISOString());
  } catch (error) {
    // The conflict banner gives way to the failed one, which offers the JSON export.
    useAppStore.getState().setSave(classifySaveError(error));
    return null;
  }
  if (!outcome.ok) throw new Error('copy id collided');
  markSaved(copy);
  showProject(copy, outcome.rev);
  announceSaved(copy, outcome.rev, outcome.savedAt);
  return copy;
}

/** Saves the open project again after another tab deleted it (or site data was cleared). */
export async function saveAgain(): Promise<void> {
  const { project, setSave, setRev } = useAppStore.getState();
  if (!project) return;
  let outcome;
  try {
    outcome = await repository().save(project, 0, new Date().toISOString());
  } catch (error) {
    setSave(classifySaveError(error));
    return;
  }
  if (!outcome.ok) {
    setSave({ kind: 'conflict' });
    return;
  }
  markSaved(project);
  setRev(outcome.rev);
  setSave({ kind: 'saved', at: outcome.savedAt });
  announceSaved(project, outcome.rev, outcome.savedAt);
}

export async function duplicateSaved(id: string, copyName: (name: string) => string): Promise<void> {
  const stored = await repository().load(id);
  if (!stored) return;
  const copy = duplicateProject(stored.project, copyName(stored.project.name), new Date().toISOString());
  const outcome = await repository().save(copy, 0, new Date().toISOString());
  if (!outcome.ok) throw new Error('copy id collided');
  announceSaved(copy, outcome.rev, outcome.savedAt);
}

export async function renameSaved(id: string, name: string): Promise<void> {
  const state = useAppStore.getState();
  if (state.project?.id === id) {
    state.change((p) => ({ ...p, name }));
    return;
  }
  const stored = await repository().load(id);
  if (!stored) return;
  const renamed = { ...stored.project, name, updatedAt: new Date().toISOString() };
  const outcome = await repository().save(renamed, stored.rev, new Date().toISOString());
  // Another tab with this project open takes the new name instead of reporting a conflict later.
  if (outcome.ok) announceSaved(renamed, outcome.rev, outcome.savedAt);
  else await refreshLibrary();
}

export async function deleteSaved(id: string): Promise<void> {
  if (useAppStore.getState().project?.id === id) closeProject();
  await repository().remove(id);
  clearRecoveryCopy(id);
  broadcast({ id, deleted: true });
  await refreshLibrary();
}

/** Deletes a stored record that cannot be read, by its key. */
export async function deleteUnreadable(key: string): Promise<void> {
  await repository().removeKey(key);
  await refreshLibrary();
}

export type Recovered = { name: string; as: 'latest' | 'copy' | 'restored' };

/**
 * Writes into IndexedDB the work that tabs closed or reloaded before saving left behind, when it is newer
 * than what is stored: over the stored version if nobody saved since, else as a copy, so that no other
 * tab's save is overwritten.
 */
export async function recoverUnsaved(copyName: (name: string) => string): Promise<Recovered[]> {
  const recovered: Recovered[] = [];
  for (const copy of await orphanedCopies()) {
    const { project } = copy;
    const exists = await repository().exists(project.id);
    const stored = exists ? await repository().load(project.id) : null;
    if (stored && stored.project.updatedAt >= project.updatedAt) {
      clearRecoveryCopy(project.id);
      continue;
    }
    const now = new Date().toISOString();
    // Over what is stored only if nobody saved since the copy's edits began (or nothing is stored);
    // a write refused in between falls through to a copy, so the copy is never dropped unwritten.
    const baseRev = !exists ? 0 : stored?.rev === copy.baseRev ? stored.rev : null;
    const over = baseRev === null ? null : await repository().save(project, baseRev, now);
    if (over?.ok) recovered.push({ name: project.name, as: exists ? 'latest' : 'restored' });
    else {
      const duplicate = duplicateProject(project, copyName(project.name), now);
      const saved = await repository().save(duplicate, 0, now);
      if (!saved.ok) continue;
      recovered.push({ name: duplicate.name, as: 'copy' });
    }
    clearRecoveryCopy(project.id);
  }
  if (recovered.length > 0) await refreshLibrary();
  return recovered;
}
