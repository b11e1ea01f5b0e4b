import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBlankProject, duplicateProject } from '../../../src/domain/project/defaults';
import { parseProject } from '../../../src/domain/project/parseProject';
import { addEntry, newCpmFactor, newPlayer, setScore } from '../../../src/domain/strategy/edit';
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

describe('duplicating a project with a strategy choice', () => {
  it('moves the scores, chosen alternative and competitor ratings to the new ids', () => {
    let p = createBlankProject('Orig', '2026-11-25T10:00:00.000Z', 'orig');
    p = addItem(p, 'strengths', 'S', undefined, 's');
    p = setScore(p, 'alt-costLeadership', 's', 4);
    p = addEntry(p, 'competitors', newPlayer('Rival', 'rival'));
    p = addEntry(p, 'cpm', { ...newCpmFactor('Price', 'price'), ratings: { firm: 3, rival: 2 } });
    p = { ...p, strategy: { ...p.strategy, chosenId: 'alt-costLeadership' } };
    const copy = duplicateProject(p, 'Copy', '2026-11-26T10:00:00.000Z');
    const newS = copy.swot.strengths[0]!.id;
    const chosen = copy.strategy.alternatives.find((a) => a.kind === 'costLeadership')!;
    expect(chosen.scores).toEqual({ [newS]: 4 });
    expect(copy.strategy.chosenId).toBe(chosen.id);
    const rival = copy.strategy.competitors[0]!.id;
    expect(rival).not.toBe('rival');
    expect(copy.strategy.cpm[0]!.ratings).toEqual({ firm: 3, [rival]: 2 });
    expect(parseProject(copy).ok).toBe(true);
  });
});

describe('duplicating a project with customers', () => {
  it('keeps each class served by the copy of its model, and a SWOT weakness linked to its survey attribute', () => {
    // The v8 fixture: classes A and B served by models, a weakness sent from the satisfaction survey.
    const parsed = parseProject(JSON.parse(readFileSync('test/fixtures/project-v8.json', 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const p = parsed.value;
    const copy = duplicateProject(p, 'Copy', '2026-12-04T10:00:00.000Z');
    expect(parseProject(copy).ok || parseProject(copy)).toBe(true);
    const modelIndex = p.serviceModels.findIndex((m) => m.id === p.customers.abc.service.A.modelId);
    expect(copy.customers.abc.service.A.modelId).toBe(copy.serviceModels[modelIndex]!.id);
    expect(copy.customers.abc.service.A.modelId).not.toBe(p.customers.abc.service.A.modelId);
    expect(copy.customers.abc.service.C.modelId).toBeNull();
    const weakness = copy.swot.weaknesses.at(-1)!;
    expect(weakness.source?.kind).toBe('satisfaction');
    expect(copy.customers.satisfaction.attributes.map((a) => a.id)).toContain(weakness.source!.id);
  });
});
