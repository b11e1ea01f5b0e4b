import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBlankProject } from '../../src/domain/project/defaults';
import { addItem } from '../../src/domain/swot/edit';
import { flushSave, markSaved, startAutosave } from '../../src/state/autosave';
import { projectRepository } from '../../src/state/projectRepository';
import { classifySaveError } from '../../src/state/saveErrors';
import { showProject, useAppStore } from '../../src/state/store';

const at = '2026-12-01T10:00:00.000Z';
let stop: () => void = () => undefined;

async function openSaved(id: string) {
  const project = createBlankProject('P', at, id);
  const outcome = await projectRepository.save(project, 0, at);
  if (!outcome.ok) throw new Error('seed failed');
  markSaved(project);
  showProject(project, outcome.rev);
}

describe('autosave', () => {
  beforeEach(() => {
    stop = startAutosave();
  });
  afterEach(() => stop());

  it('refuses an edit that would grow a list past its limit, and says which', async () => {
    await openSaved('auto-full');
    const { change } = useAppStore.getState();
    for (let i = 0; i < 200; i += 1) change((p) => addItem(p, 'opportunities', `o${i}`));
    expect(useAppStore.getState().refused).toBeNull();
    change((p) => addItem(p, 'opportunities', 'one too many'));
    expect(useAppStore.getState().project!.swot.opportunities).toHaveLength(200);
    expect(useAppStore.getState().refused).toMatchObject({ kind: 'swotItems', max: 200, count: 201 });
    await flushSave();
    expect((await projectRepository.load('auto-full'))?.project.swot.opportunities).toHaveLength(200);
  });

  it('never writes a project that would not load; keeps the last good version and says why', async () => {
    await openSaved('auto-invalid');
    // A state no edit makes through the store's checks, put there directly as a bug might.
    useAppStore.setState((s) => ({ project: { ...s.project!, name: '' } }));
    await flushSave();
    const save = useAppStore.getState().save;
    expect(save.kind).toBe('invalid');
    if (save.kind === 'invalid') expect(save.problems[0]).toMatchObject({ path: 'name', code: 'empty' });
    expect((await projectRepository.load('auto-invalid'))?.project.name).toBe('P');
    // Fixing it saves again and clears the warning.
    useAppStore.setState((s) => ({ project: { ...s.project!, name: 'Fixed' } }));
    await flushSave();
    expect(useAppStore.getState().save.kind).toBe('saved');
    expect((await projectRepository.load('auto-invalid'))?.project.name).toBe('Fixed');
  });

  it('updates the library from the save itself, without reading every stored project back', async () => {
    await openSaved('auto-library');
    useAppStore.getState().setLibrary([
      { id: 'other', name: 'Other', savedAt: '2026-11-30T09:00:00.000Z' },
      { id: 'auto-library', name: 'P', savedAt: at },
    ]);
    const list = vi.spyOn(projectRepository, 'list');
    useAppStore.getState().change((p) => ({ ...p, name: 'Renamed by typing' }));
    await flushSave();
    expect(list).not.toHaveBeenCalled();
    list.mockRestore();
    const library = useAppStore.getState().library!;
    expect(library.map((p) => p.name)).toEqual(['Renamed by typing', 'Other']);
    expect(library[0]!.savedAt > at).toBe(true);
    const listed = await projectRepository.list();
    expect(listed.summaries.find((p) => p.id === 'auto-library')).toEqual(library[0]);
  });

  it('says the project was deleted, not changed elsewhere, when its record is gone', async () => {
    await openSaved('auto-deleted');
    await projectRepository.remove('auto-deleted');
    useAppStore.getState().change((p) => addItem(p, 'threats', 'typed after the deletion'));
    await flushSave();
    expect(useAppStore.getState().save.kind).toBe('deleted');
  });

  it('says nothing misleading for an aborted write, which rejects with null', () => {
    // idb-keyval rejects with the transaction's error, null when the write was aborted without a cause.
    expect(classifySaveError(null)).toEqual({ kind: 'failed', reason: 'other', detail: '' });
  });
});
