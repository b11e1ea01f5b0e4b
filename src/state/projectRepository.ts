import { createStore, del, entries, get, update, type UseStore } from 'idb-keyval';
import { parseProject } from '../domain/project/parseProject';
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
  { ok: true; rev: number; savedAt: string } | { ok: false; reason: 'conflict'; rev: number };

const PROJECT_PREFIX = 'project:';
let db: UseStore | null = null;
const store = () => (db ??= createStore('service-strategy-workbench', 'kv'));

/**
 * Projects in IndexedDB through idb-keyval. Every write is one `put` in one transaction, so a failed write
 * leaves the previous version intact; `saveProject` checks the revision inside that same transaction.
 */
export const projectRepository = {
  async list(): Promise<{
    summaries: ProjectSummary[];
    unreadable: Array<{ key: string; errors: Problem[] }>;
  }> {
    const all = await entries<string, unknown>(store());
    const summaries: ProjectSummary[] = [];
    const unreadable: Array<{ key: string; errors: Problem[] }> = [];
    for (const [key, value] of all) {
      if (typeof key !== 'string' || !key.startsWith(PROJECT_PREFIX)) continue;
      const record = value as Partial<StoredProject> | undefined;
      const parsed = parseProject(record?.project);
      if (!parsed.ok) unreadable.push({ key, errors: parsed.errors });
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
    const parsed = parseProject(record.project);
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

  async getMeta<T>(key: string): Promise<T | undefined> {
    return get<T>('meta:' + key, store());
  },

  async setMeta(key: string, value: unknown): Promise<void> {
    await update('meta:' + key, () => value, store());
  },
};
