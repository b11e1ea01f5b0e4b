import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../src/domain/project/defaults';
import { projectRepository } from '../../src/state/projectRepository';

const at = (minute: number) => `2026-11-25T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe('projectRepository (IndexedDB via fake-indexeddb)', () => {
  it('saves, loads and lists projects newest first', async () => {
    const a = createBlankProject('A', at(0), 'repo-a');
    const b = createBlankProject('B', at(0), 'repo-b');
    expect(await projectRepository.save(a, 0, at(1))).toEqual({ ok: true, rev: 1, savedAt: at(1) });
    expect(await projectRepository.save(b, 0, at(2))).toEqual({ ok: true, rev: 1, savedAt: at(2) });
    const { summaries } = await projectRepository.list();
    expect(summaries.filter((s) => s.id.startsWith('repo-')).map((s) => s.name)).toEqual(['B', 'A']);
    expect((await projectRepository.load('repo-a'))?.project).toEqual(a);
  });

  it('refuses a write based on an old revision and keeps the newer one', async () => {
    const p = createBlankProject('P', at(0), 'repo-c');
    await projectRepository.save(p, 0, at(1));
    await projectRepository.save({ ...p, name: 'tab one' }, 1, at(2));
    const clash = await projectRepository.save({ ...p, name: 'tab two' }, 1, at(3));
    expect(clash).toEqual({ ok: false, reason: 'conflict', rev: 2 });
    expect((await projectRepository.load('repo-c'))?.project.name).toBe('tab one');
  });

  it('keeps only the last of any sequence of in-order saves (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 8 }),
        async (names) => {
          const id = `repo-prop-${Math.random().toString(36).slice(2)}`;
          let rev = 0;
          for (const name of names) {
            const outcome = await projectRepository.save(createBlankProject(name, at(0), id), rev, at(5));
            expect(outcome.ok).toBe(true);
            if (outcome.ok) rev = outcome.rev;
          }
          const stored = await projectRepository.load(id);
          expect(stored?.project.name).toBe(names.at(-1));
          expect(stored?.rev).toBe(names.length);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('reports stored records that no longer parse instead of hiding or deleting them', async () => {
    const { set, createStore } = await import('idb-keyval');
    await set(
      'project:broken',
      { rev: 1, savedAt: at(9), project: { schemaVersion: 1 } },
      createStore('service-strategy-workbench', 'kv'),
    );
    const { unreadable } = await projectRepository.list();
    expect(unreadable.map((u) => u.key)).toContain('project:broken');
    expect(await projectRepository.load('broken')).toBeNull();
  });
});
