import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBlankProject } from '../../src/domain/project/defaults';
import type { Project } from '../../src/domain/project/types';
import { swotActions } from '../../src/state/swotActions';
import { projectSession } from '../../src/state/projectSession';
import { replaceRepository } from '../../src/state/repository';
import { useAppStore } from '../../src/state/store';
import { FakeRepository } from './fakeRepository';

const at = '2026-12-01T10:00:00.000Z';
const copyName = (name: string) => `${name} (copy)`;
const state = () => useAppStore.getState();
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let repo: FakeRepository;
let restore: () => void;
let stop: () => void;

async function openNew(name: string, id: string): Promise<Project> {
  const project = createBlankProject(name, at, id);
  expect(await projectSession.add(project)).toBe(true);
  return project;
}

const addStrength = (text: string) => swotActions.addItem('strengths', text);

describe('the project session, on a fake repository', () => {
  beforeEach(async () => {
    repo = new FakeRepository();
    restore = replaceRepository(repo);
    stop = projectSession.start();
    projectSession.close();
    // As the app starts: the library is listed once.
    await projectSession.library.refresh();
  });
  afterEach(() => {
    stop();
    restore();
  });

  it("adds and saves a project, and lists it from each write's result without reading storage back", async () => {
    const listsBefore = repo.lists;
    await openNew('Alpha', 'alpha');
    expect(state().library!.map((p) => p.name)).toEqual(['Alpha']);
    addStrength('Fast delivery');
    await projectSession.flush();
    expect(state().save.kind).toBe('saved');
    expect(repo.stored('alpha')!.swot.strengths.map((i) => i.text)).toEqual(['Fast delivery']);
    expect(repo.records.get('alpha')!.rev).toBe(2);
    expect(repo.lists).toBe(listsBefore);
    expect(state().library!.find((p) => p.id === 'alpha')!.savedAt).toBe(repo.records.get('alpha')!.savedAt);
  });

  it('a listing that started before a save does not drop the saved project from the library when it answers late', async () => {
    const release = repo.holdLists();
    const late = projectSession.library.refresh();
    await openNew('Alpha', 'alpha');
    expect(state().library!.map((p) => p.name)).toEqual(['Alpha']);
    release();
    await late;
    expect(state().library!.map((p) => p.name)).toEqual(['Alpha']);
  });

  it('of two listings, the one started last is what the library shows, whichever answers first', async () => {
    await openNew('Alpha', 'alpha');
    const release = repo.holdLists();
    const older = projectSession.library.refresh();
    repo.deleteElsewhere('alpha');
    release();
    const newer = projectSession.library.refresh();
    await newer;
    await older;
    expect(state().library).toEqual([]);
  });

  it('a save another tab made first is a conflict: nothing is overwritten, and keeping a copy keeps both', async () => {
    const mine = await openNew('Shared', 'shared');
    repo.writeElsewhere({ ...mine, name: 'Theirs' });
    addStrength('Mine');
    await projectSession.flush();
    expect(state().save.kind).toBe('conflict');
    expect(repo.stored('shared')!.name).toBe('Theirs');
    expect(repo.stored('shared')!.swot.strengths).toEqual([]);

    const copy = await projectSession.keepAsCopy(state().project!, copyName);
    expect(copy!.name).toBe('Shared (copy)');
    expect(repo.stored(copy!.id)!.swot.strengths.map((i) => i.text)).toEqual(['Mine']);
    expect(repo.stored('shared')!.name).toBe('Theirs');
    expect(state().project!.id).toBe(copy!.id);
  });

  it('after a conflict, "load the saved version" shows the other tab\'s version', async () => {
    const mine = await openNew('Shared', 'shared2');
    repo.writeElsewhere({ ...mine, name: 'Theirs' });
    addStrength('Mine');
    await projectSession.flush();
    await projectSession.loadSaved();
    expect(state().project!.name).toBe('Theirs');
    addStrength('After loading theirs');
    await projectSession.flush();
    expect(state().save.kind).toBe('saved');
    expect(repo.stored('shared2')!.swot.strengths.map((i) => i.text)).toEqual(['After loading theirs']);
  });

  it('a full disk is reported as such; the last good version stays stored, and the next save after space is freed writes all', async () => {
    await openNew('Full', 'full');
    addStrength('One');
    await projectSession.flush();
    repo.failWrites(quota());
    addStrength('Two');
    await projectSession.flush();
    expect(state().save).toMatchObject({ kind: 'failed', reason: 'quota' });
    expect(repo.stored('full')!.swot.strengths.map((i) => i.text)).toEqual(['One']);
    expect(projectSession.hasUnsavedChanges()).toBe(true);
    repo.heal();
    addStrength('Three');
    await projectSession.flush();
    expect(state().save.kind).toBe('saved');
    expect(repo.stored('full')!.swot.strengths.map((i) => i.text)).toEqual(['One', 'Two', 'Three']);
  });

  it('a write that fails after two good ones leaves the second in storage, nothing half-written', async () => {
    await openNew('Flaky', 'flaky');
    repo.failWrites(new DOMException('Internal error', 'UnknownError'), 2);
    for (const text of ['a', 'b', 'c']) {
      addStrength(text);
      await projectSession.flush();
    }
    expect(state().save).toMatchObject({ kind: 'failed', reason: 'unavailable' });
    expect(repo.stored('flaky')!.swot.strengths.map((i) => i.text)).toEqual(['a', 'b']);
  });

  it('a project deleted in another tab is reported as deleted, and "save it again" stores it again', async () => {
    await openNew('Gone', 'gone');
    repo.deleteElsewhere('gone');
    addStrength('Typed after the deletion');
    await projectSession.flush();
    expect(state().save.kind).toBe('deleted');
    await projectSession.saveAgain();
    expect(state().save.kind).toBe('saved');
    expect(repo.stored('gone')!.swot.strengths.map((i) => i.text)).toEqual(['Typed after the deletion']);
    expect(repo.records.get('gone')!.rev).toBe(1);
  });

  it('opening another project while a save has failed asks first; keeping on editing loses nothing', async () => {
    await openNew('Other', 'other');
    await openNew('Unsaved', 'unsaved');
    repo.failWrites(quota());
    addStrength('Only on screen');
    await projectSession.flush();
    const opening = projectSession.open('other');
    await Promise.resolve();
    expect(state().leaving).not.toBeNull();
    state().leaving!.resolve(false);
    expect(await opening).toBe('stayed');
    expect(state().project!.id).toBe('unsaved');
    expect(state().project!.swot.strengths.map((i) => i.text)).toEqual(['Only on screen']);

    const discarding = projectSession.open('other');
    await Promise.resolve();
    state().leaving!.resolve(true);
    expect(await discarding).toBe('opened');
    expect(state().project!.id).toBe('other');
  });

  it('an import whose id is already stored comes in as a copy; nothing stored is overwritten', async () => {
    const original = await openNew('Case', 'case');
    addStrength('Stored');
    await projectSession.flush();
    const imported = await projectSession.import({ ...original, name: 'Case' }, copyName);
    expect(imported!.id).not.toBe('case');
    expect(imported!.name).toBe('Case (copy)');
    expect(repo.stored('case')!.swot.strengths.map((i) => i.text)).toEqual(['Stored']);
  });

  it('when storage refuses the first write, the project still opens with the warning that offers its export', async () => {
    repo.failWrites(quota());
    const project = createBlankProject('Nowhere', at, 'nowhere');
    expect(await projectSession.add(project)).toBe(true);
    expect(state().project!.id).toBe('nowhere');
    expect(state().save).toMatchObject({ kind: 'failed', reason: 'quota' });
    expect(repo.records.has('nowhere')).toBe(false);
  });

  it('the example is seeded on the first start only', async () => {
    expect(await projectSession.firstStart()).toBe(true);
    expect(await projectSession.firstStart()).toBe(false);
  });
});
