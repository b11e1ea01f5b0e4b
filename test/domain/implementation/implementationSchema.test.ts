import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { duplicateProject } from '../../../src/domain/project/defaults';
import { MIGRATIONS, migrate } from '../../../src/domain/project/migrations';
import { parseProject } from '../../../src/domain/project/parseProject';
import type { Project } from '../../../src/domain/project/types';

const fixture = (name: string) => JSON.parse(readFileSync(`test/fixtures/${name}`, 'utf8'));
const v10 = (): Project => {
  const result = parseProject(fixture('project-v10.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe('schema 10: service philosophy, implementation plan, service recovery', () => {
  it('migrates a v9 project to an empty plan and six empty recovery steps, keeping the rest', () => {
    const v9 = fixture('project-v9.json');
    const result = migrate(v9, MIGRATIONS, 10);
    const empty = { how: '', owner: '', within: '' };
    expect(result.ok && result.value).toEqual({
      ...v9,
      schemaVersion: 10,
      implementation: {
        philosophy: '',
        actions: [],
        recovery: {
          steps: {
            receive: empty,
            record: empty,
            analyse: empty,
            resolve: empty,
            followUp: empty,
            feedBack: empty,
          },
          complaints: [],
        },
      },
    });
    expect(parseProject(v9).ok).toBe(true);
  });

  it('reads the v10 fixture: actions linked to objectives and levers, recovery steps, complaint causes', () => {
    const p = v10();
    expect(p.implementation.actions[0]).toMatchObject({
      id: 'a-hire',
      owner: 'Head of customer service',
      start: '2027-01-04',
      due: '2027-03-31',
      status: 'doing',
      objectiveId: 'o-answer',
      lever: 'trainStaff',
    });
    expect(p.implementation.recovery.steps.resolve.within).toBe('24 h');
    expect(p.implementation.recovery.complaints.map((c) => c.count)).toEqual([412, 168, 121, 64, 47, 39, 22]);
  });

  it('refuses an action serving an unknown objective, an unknown lever or status, and a repeated id', () => {
    const doc = fixture('project-v10.json');
    doc.implementation.actions[0].objectiveId = 'o-gone';
    doc.implementation.actions[1].lever = 'bribeCustomers';
    doc.implementation.actions[2].status = 'maybe';
    doc.implementation.recovery.complaints[0].id = 'a-hire';
    doc.implementation.recovery.complaints[1].count = -1;
    const schema = parseProject(doc);
    expect(schema.ok || schema.errors.map((e) => e.path).sort()).toEqual([
      'implementation.actions[1].lever',
      'implementation.actions[2].status',
      'implementation.recovery.complaints[1].count',
    ]);
    doc.implementation.actions[1].lever = null;
    doc.implementation.actions[2].status = 'done';
    doc.implementation.recovery.complaints[1].count = 1;
    const refs = parseProject(doc);
    expect(refs.ok || refs.errors.map((e) => e.path).sort()).toEqual([
      'implementation.actions[0].objectiveId',
      'implementation.recovery.complaints[0].id',
    ]);
  });

  it('duplicates a project with new ids whose actions still serve their objectives', () => {
    const p = v10();
    const copy = duplicateProject(p, 'Copy', '2026-12-04T10:00:00.000Z');
    const objectiveIds = new Set(copy.objectives.objectives.map((o) => o.id));
    expect(
      copy.implementation.actions.every((a) => a.objectiveId === null || objectiveIds.has(a.objectiveId)),
    ).toBe(true);
    expect(copy.implementation.actions[0]!.id).not.toBe('a-hire');
    expect(copy.implementation.actions[0]!.objectiveId).toBe(copy.objectives.objectives[0]!.id);
    expect(parseProject(JSON.parse(JSON.stringify(copy))).ok).toBe(true);
  });
});
