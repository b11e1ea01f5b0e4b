import { createId } from '../domain/project/ids';
import { parseStored } from './projectParsing';
import type { Project } from '../domain/project/types';

/**
 * A synchronous copy of unsaved work for the moment a tab is hidden, reloaded or closed: an IndexedDB write
 * needs more event-loop turns than unload allows, a localStorage write does not. The next start writes a
 * copy into IndexedDB when it is newer than what is stored there.
 */
export interface RecoveryCopy {
  /** The tab that wrote it; a copy whose tab is still open is that tab's business, not ours. */
  tabId: string;
  /** The stored revision the unsaved edits were made on. */
  baseRev: number;
  project: Project;
}

const PREFIX = 'ssw.recovery.';
const LOCK_PREFIX = 'ssw-tab-';

export const tabId: string = createId();

/** Holds a lock for as long as this tab lives, so that other tabs can tell its copies are not orphans. */
export function holdTabLock(): void {
  // Web Locks are missing in old browsers and non-secure contexts. Without them a starting tab may apply a
  // live tab's copy; the live tab's next save then meets a conflict and asks, so nothing is lost either way.
  void navigator.locks
    ?.request(LOCK_PREFIX + tabId, () => new Promise<void>(() => undefined))
    .catch(() => undefined);
}

/** Writes the copy now; false when localStorage refused it (blocked, or the project is over its quota). */
export function writeRecoveryCopy(project: Project, baseRev: number): boolean {
  try {
    const copy: RecoveryCopy = { tabId, baseRev, project };
    localStorage.setItem(PREFIX + project.id, JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the copy of a project once what it holds is safely in IndexedDB. */
export function clearRecoveryCopy(projectId: string): void {
  try {
    localStorage.removeItem(PREFIX + projectId);
  } catch {
    // storage blocked: there was no copy
  }
}

/** Copies left by tabs that are gone, valid as projects; unreadable copies are dropped, never applied. */
export async function orphanedCopies(): Promise<RecoveryCopy[]> {
  let keys: string[];
  try {
    keys = Object.keys(localStorage).filter((key) => key.startsWith(PREFIX));
  } catch {
    return [];
  }
  if (keys.length === 0) return [];
  const held = new Set(
    ((await navigator.locks?.query().catch(() => null))?.held ?? []).map((lock) => lock.name),
  );
  const copies: RecoveryCopy[] = [];
  for (const key of keys) {
    const copy = await readCopy(key);
    if (!copy) {
      localStorage.removeItem(key);
      continue;
    }
    if (copy.tabId === tabId || held.has(LOCK_PREFIX + copy.tabId)) continue;
    copies.push(copy);
  }
  return copies;
}

async function readCopy(key: string): Promise<RecoveryCopy | null> {
  try {
    const raw = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<RecoveryCopy> | null;
    if (!raw || typeof raw.tabId !== 'string' || typeof raw.baseRev !== 'number') return null;
    const parsed = await parseStored(raw.project);
    if (!parsed.ok || PREFIX + parsed.value.id !== key) return null;
    return { tabId: raw.tabId, baseRev: raw.baseRev, project: parsed.value };
  } catch {
    return null;
  }
}
