import { describe, expect, it } from 'vitest';
import { createBlankProject, duplicateProject } from '../../../src/domain/project/defaults';
import { parseProject } from '../../../src/domain/project/parseProject';
import { addItem, addStrategy, toggleLink } from '../../../src/domain/swot/edit';

describe('project defaults', () => {
  it('a blank project is valid and empty', () => {
    const p = createBlankProject('New', '2026-11-25T10:00:00.000Z');
    expect(parseProject(p)).toEqual({ ok: true, value: p });
    expect(Object.values(p.swot).flat()).toEqual([]);
  });

  it('a duplicate gets new ids everywhere and its links follow', () => {
    let p = createBlankProject('Orig', '2026-11-25T10:00:00.000Z', 'orig');
    p = addItem(p, 'strengths', 'S', undefined, 's');
    p = addItem(p, 'opportunities', 'O', undefined, 'o');
    p = addStrategy(p, 'SO', 'x', undefined, 'x');
    p = toggleLink(toggleLink(p, 'SO', 'x', 's'), 'SO', 'x', 'o');
    const copy = duplicateProject(p, 'Copy', '2026-11-26T10:00:00.000Z');
    expect(copy.id).not.toBe('orig');
    expect(copy.name).toBe('Copy');
    const newS = copy.swot.strengths[0]!.id;
    const newO = copy.swot.opportunities[0]!.id;
    expect([newS, newO, copy.tows.SO[0]!.id]).not.toContain('s');
    expect(copy.tows.SO[0]!.links).toEqual([newS, newO]);
    expect(parseProject(copy).ok).toBe(true);
  });
});
