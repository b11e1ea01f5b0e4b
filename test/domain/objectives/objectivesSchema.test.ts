import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { duplicateProject } from '../../../src/domain/project/defaults';
import { MIGRATIONS, migrate } from '../../../src/domain/project/migrations';
import { parseProject } from '../../../src/domain/project/parseProject';
import type { Project } from '../../../src/domain/project/types';
import { deleteModel } from '../../../src/domain/service-cost/edit';

const fixture = (name: string) => JSON.parse(readFileSync(`test/fixtures/${name}`, 'utf8'));
const v9 = (): Project => {
  const result = parseProject(fixture('project-v9.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe('schema 9: strategic objectives and service standards', () => {
  it('migrates a v8 project to no objectives and no standards, keeping the rest', () => {
    const v8 = fixture('project-v8.json');
    const result = migrate(v8, MIGRATIONS, 9);
    expect(result.ok && result.value).toEqual({
      ...v8,
      schemaVersion: 9,
      objectives: { objectives: [], standards: [] },
    });
  });

  it('reads the v9 fixture: objectives with target, owner and date; standards read from a model or the survey', () => {
    const p = v9();
    expect(p.objectives.objectives[0]).toEqual({
      id: 'o-answer',
      text: 'Answer customers faster than any rival',
      target: '90% of calls answered within 20 s by June',
      owner: 'Head of customer service',
      due: '2027-06-30',
    });
    expect(p.objectives.standards.map((s) => s.link)).toEqual([
      { kind: 'model', modelId: 'm-call' },
      { kind: 'satisfaction' },
      null,
    ]);
  });

  it('refuses a standard read from a model the project lacks, a date that is not a day and a repeated id', () => {
    const doc = fixture('project-v9.json');
    doc.objectives.standards[0].link.modelId = 'm-gone';
    doc.objectives.objectives[0].due = '2027-02-30x';
    doc.objectives.standards[2].id = 'o-loyal';
    const result = parseProject(doc);
    expect(result.ok || result.errors.map((e) => e.path)).toEqual(['objectives.objectives[0].due']);
    doc.objectives.objectives[0].due = '2027-02-28';
    const second = parseProject(doc);
    expect(second.ok || second.errors.map((e) => e.path)).toEqual([
      'objectives.standards[0].link.modelId',
      'objectives.standards[2].id',
    ]);
  });

  it('a duplicate gives objectives and standards new ids, and a standard follows its model', () => {
    const p = v9();
    const copy = duplicateProject(p, 'Copy', '2026-12-04T10:00:00.000Z');
    const ids = [...copy.objectives.objectives, ...copy.objectives.standards].map((x) => x.id);
    expect(ids).not.toContain('o-answer');
    expect(ids).not.toContain('st-answer');
    const link = copy.objectives.standards[0]!.link;
    expect(link?.kind === 'model' && link.modelId).toBe(copy.serviceModels[0]!.id);
    expect(parseProject(copy).ok).toBe(true);
  });

  it('deleting a model unlinks the standard read from it and keeps its words', () => {
    const p = deleteModel(v9(), 'm-call');
    expect(p.objectives.standards[0]).toMatchObject({
      id: 'st-answer',
      link: null,
      measure: 'ACD report, every interval',
    });
    expect(p.objectives.standards[1]!.link).toEqual({ kind: 'satisfaction' });
    expect(parseProject(p).ok).toBe(true);
  });
});
