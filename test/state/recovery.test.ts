import { beforeEach, describe, expect, it } from 'vitest';
import { createBlankProject } from '../../src/domain/project/defaults';
import { addItem } from '../../src/domain/swot/edit';
import { recoverUnsaved } from '../../src/state/libraryActions';
import { projectRepository } from '../../src/state/projectRepository';

const copyName = (name: string) => `${name} (recovered)`;
const t0 = '2026-12-01T10:00:00.000Z';
const later = '2026-12-01T10:05:00.000Z';

/** What a tab that was closed before its save finished leaves behind (a tab that is gone: no lock held). */
function leaveCopy(project: ReturnType<typeof createBlankProject>, baseRev: number) {
  localStorage.setItem(
    `ssw.recovery.${project.id}`,
    JSON.stringify({ tabId: 'closed-tab', baseRev, project }),
  );
}

describe('recoverUnsaved', () => {
  beforeEach(() => localStorage.clear());

  it('writes a newer copy over the stored version when nobody saved since, and forgets the copy', async () => {
    const saved = createBlankProject('Hub', t0, 'rec-latest');
    await projectRepository.save(saved, 0, t0);
    const edited = { ...addItem(saved, 'strengths', 'typed before closing'), updatedAt: later };
    leaveCopy(edited, 1);
    expect(await recoverUnsaved(copyName)).toEqual([{ name: 'Hub', as: 'latest' }]);
    const stored = await projectRepository.load('rec-latest');
    expect(stored?.rev).toBe(2);
    expect(stored?.project.swot.strengths.map((i) => i.text)).toEqual(['typed before closing']);
    expect(localStorage.getItem('ssw.recovery.rec-latest')).toBeNull();
  });

  it('keeps a copy as a new project when another tab saved since, so neither version is lost', async () => {
    const saved = createBlankProject('Hub', t0, 'rec-diverged');
    await projectRepository.save(saved, 0, t0);
    await projectRepository.save({ ...saved, name: 'Hub', description: 'other tab' }, 1, t0);
    leaveCopy({ ...addItem(saved, 'threats', 'mine'), updatedAt: later }, 1);
    expect(await recoverUnsaved(copyName)).toEqual([{ name: 'Hub (recovered)', as: 'copy' }]);
    expect((await projectRepository.load('rec-diverged'))?.project.description).toBe('other tab');
    const { summaries } = await projectRepository.list();
    expect(summaries.some((s) => s.name === 'Hub (recovered)')).toBe(true);
  });

  it('drops a copy that is not newer than what is stored, and one that is not a valid project', async () => {
    const saved = createBlankProject('Hub', later, 'rec-old');
    await projectRepository.save(saved, 0, later);
    leaveCopy({ ...saved, name: 'older', updatedAt: t0 }, 1);
    localStorage.setItem(
      'ssw.recovery.rec-bad',
      JSON.stringify({ tabId: 'x', baseRev: 0, project: { id: 1 } }),
    );
    expect(await recoverUnsaved(copyName)).toEqual([]);
    expect((await projectRepository.load('rec-old'))?.project.name).toBe('Hub');
    expect(localStorage.length).toBe(0);
  });
});
