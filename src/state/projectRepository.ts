import { del, entries, get, promisifyRequest, update, type UseStore } from 'idb-keyval';
import { parseStored } from './projectParsing';
import type { Problem } from '../domain/project/result';
import type { Project } from '../domain/project/types';

/** What is kept per project in IndexedDB: the document plus a revision for detecting other tabs' writes. */
export interface StoredProject {
  rev: number;
  savedAt: string;
  project: Project;
}

export interface ProjectSummary {
  id: string;
  name: string;
  savedAt: string;
}

export type SaveOutcome =
  | { ok: true; rev: number; savedAt: string }
  /** Another tab saved a newer revision first. */
  | { ok: false; reason: 'conflict'; rev: number }
  /** The project was saved before but is gone: deleted in another tab, or site data cleared. */
  | { ok: false; reason: 'missing'; rev: 0 };

/** A stored record that no longer parses: listed with its first problems, never hidden. */
export interface UnreadableProject {
  key: string;
  id: string;
  name: string;
  savedAt: string;
  errors: Problem[];
}

const PROJECT_PREFIX = 'project:';
let db: UseStore | null = null;
const store = () => (db ??= openStore('service-strategy-workbench', 'kv'));
let onCleared: () => void = () => undefined;

/** Called when another context deletes the database (Clear site data): what was stored is gone. */
export function onStorageCleared(listener: () => void): void {
  onCleared = listener;
}

/**
 * idb-keyval's createStore, plus a `versionchange` handler: without one, an open connection blocks
 * "Clear site data" (deleteDatabase) while the page goes on saying "Saved".
 */
function openStore(dbName: string, storeName: string): UseStore {
  let dbp: Promise<IDBDatabase> | undefined;
  const getDB = () => {
    if (dbp) return dbp;
    const request = indexedDB.open(dbName);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    dbp = promisifyRequest(request);
    dbp.then(
      (database) => {
        database.onclose = () => (dbp = undefined);
        database.onversionchange = () => {
          database.close();
          dbp = undefined;
          onCleared();
        };
      },
      () => undefined,
    );
    return dbp;
  };
  return (txMode, callback) =>
    getDB().then((database) => callback(database.transaction(storeName, txMode).objectStore(storeName)));
}

/**
 * Projects in IndexedDB through idb-keyval. Every write is one `put` in one transaction, so a failed write
 * leaves the previous version intact; `saveProject` checks the revision inside that same transaction.
 */
export const projectRepository = {
  async list(): Promise<{ summaries: ProjectSummary[]; unreadable: UnreadableProject[] }> {
    const all = await entries<string, unknown>(store());
    const summaries: ProjectSummary[] = [];
    const unreadable: UnreadableProject[] = [];
    const records = all.filter(
      (entry): entry is [string, unknown] =>
        typeof entry[0] === 'string' && entry[0].startsWith(PROJECT_PREFIX),
    );
    // Parsed off the main thread, all at once: at the limits each takes 50 ms or more.
    const results = await Promise.all(
      records.map(([, value]) => parseStored((value as Partial<StoredProject> | undefined)?.project)),
    );
    for (const [i, [key, value]] of records.entries()) {
      const record = value as Partial<StoredProject> | undefined;
      const parsed = results[i]!;
      if (!parsed.ok) unreadable.push(describeUnreadable(key, record, parsed.errors));
      else
        summaries.push({
          id: parsed.value.id,
          name: parsed.value.name,
          savedAt: String(record?.savedAt ?? ''),
        });
    }
    summaries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    return { summaries, unreadable };
  },

  /** Loads and migrates a project; null when it does not exist or cannot be read. */
  async load(id: string): Promise<StoredProject | null> {
    const record = await get<StoredProject>(PROJECT_PREFIX + id, store());
    if (!record) return null;
    const parsed = await parseStored(record.project);
    return parsed.ok ? { ...record, project: parsed.value } : null;
  },

  async exists(id: string): Promise<boolean> {
    return (await get(PROJECT_PREFIX + id, store())) !== undefined;
  },

  /**
   * Writes `project` if the stored revision is still `baseRev` (0 for a new project). If another tab has
   * written in between, nothing is written and the outcome is a conflict.
   */
  async save(project: Project, baseRev: number, savedAt: string): Promise<SaveOutcome> {
    let outcome: SaveOutcome = { ok: false, reason: 'conflict', rev: -1 };
    await update<StoredProject | undefined>(
      PROJECT_PREFIX + project.id,
      (old) => {
        const storedRev = old?.rev ?? 0;
        if (old === undefined && baseRev > 0) {
          outcome = { ok: false, reason: 'missing', rev: 0 };
          return old;
        }
        if (storedRev !== baseRev) {
          outcome = { ok: false, reason: 'conflict', rev: storedRev };
          return old;
        }
        outcome = { ok: true, rev: storedRev + 1, savedAt };
        return { rev: storedRev + 1, savedAt, project };
      },
      store(),
    );
    return outcome;
  },

  async remove(id: string): Promise<void> {
    await del(PROJECT_PREFIX + id, store());
  },

  /** The stored record exactly as it is, for downloading a project that cannot be read. */
  async raw(key: string): Promise<unknown> {
    return get(key, store());
  },

  /** Deletes a stored record by its key (an unreadable project has no trustworthy id). */
  async removeKey(key: string): Promise<void> {
    if (key.startsWith(PROJECT_PREFIX)) await del(key, store());
  },

  async getMeta<T>(key: string): Promise<T | undefined> {
    return get<T>('meta:' + key, store());
  },

  async setMeta(key: string, value: unknown): Promise<void> {
    await update('meta:' + key, () => value, store());
  },
};

/** What can still be said of a record that does not parse: its key, and a name and date if they are texts. */
function describeUnreadable(
  key: string,
  record: Partial<StoredProject> | undefined,
  errors: Problem[],
): UnreadableProject {
  const project = (record?.project ?? {}) as { name?: unknown };
  return {
    key,
    id: key.slice(PROJECT_PREFIX.length),
    name: typeof project.name === 'string' ? project.name.slice(0, 200) : '',
    savedAt: typeof record?.savedAt === 'string' ? record.savedAt : '',
    errors,
  };
}
