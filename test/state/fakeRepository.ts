import { parseProject } from '../../src/domain/project/parseProject';
import type { Project } from '../../src/domain/project/types';
import type { SaveOutcome, StoredProject } from '../../src/state/projectRepository';
import type { ProjectRepository } from '../../src/state/repository';

/**
 * An in-memory project repository with the IndexedDB repository's behaviour (a write is all or nothing, the
 * revision is checked in the same step) and faults a test can inject: another tab's write, a deletion
 * elsewhere, and failing writes.
 */
export class FakeRepository implements ProjectRepository {
  readonly records = new Map<string, StoredProject>();
  readonly meta = new Map<string, unknown>();
  writes = 0;
  lists = 0;
  private failing: { after: number; error: unknown } | null = null;
  private listGate: Promise<void> | null = null;

  /** Listings read the records when they start but answer only after `release()`, as a slow worker would. */
  holdLists(): () => void {
    let release!: () => void;
    this.listGate = new Promise((resolve) => (release = resolve));
    return () => {
      this.listGate = null;
      release();
    };
  }

  /** Every write from the `after`-th on (counting from now) rejects with `error`, until `heal()`. */
  failWrites(error: unknown, after = 0): void {
    this.failing = { after: this.writes + after, error };
  }

  heal(): void {
    this.failing = null;
  }

  /** Another tab saves `project` over whatever is stored. */
  writeElsewhere(project: Project): void {
    const rev = (this.records.get(project.id)?.rev ?? 0) + 1;
    this.records.set(project.id, {
      rev,
      savedAt: new Date().toISOString(),
      project: structuredClone(project),
    });
  }

  deleteElsewhere(id: string): void {
    this.records.delete(id);
  }

  stored(id: string): Project | undefined {
    return this.records.get(id)?.project;
  }

  async list() {
    this.lists += 1;
    const summaries = [...this.records.values()]
      .map((r) => ({ id: r.project.id, name: r.project.name, savedAt: r.savedAt }))
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    if (this.listGate) await this.listGate;
    return { summaries, unreadable: [] };
  }

  async load(id: string) {
    const record = this.records.get(id);
    if (!record) return null;
    const parsed = parseProject(structuredClone(record.project));
    return parsed.ok ? { ...record, project: parsed.value } : null;
  }

  async exists(id: string) {
    return this.records.has(id);
  }

  async save(project: Project, baseRev: number, savedAt: string): Promise<SaveOutcome> {
    if (this.failing && this.writes >= this.failing.after) throw this.failing.error;
    this.writes += 1;
    const old = this.records.get(project.id);
    if (!old && baseRev > 0) return { ok: false, reason: 'missing', rev: 0 };
    const storedRev = old?.rev ?? 0;
    if (storedRev !== baseRev) return { ok: false, reason: 'conflict', rev: storedRev };
    // Stored as a copy, as IndexedDB's structured clone does: later edits cannot reach it.
    this.records.set(project.id, { rev: storedRev + 1, savedAt, project: structuredClone(project) });
    return { ok: true, rev: storedRev + 1, savedAt };
  }

  async remove(id: string) {
    this.records.delete(id);
  }

  async raw(key: string) {
    return this.records.get(key.replace(/^project:/, ''));
  }

  async removeKey(key: string) {
    this.records.delete(key.replace(/^project:/, ''));
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return this.meta.get(key) as T | undefined;
  }

  async setMeta(key: string, value: unknown) {
    this.meta.set(key, value);
  }
}
