import { describe, expect, it } from 'vitest';
import { assignmentChecklist } from '../../../src/domain/project/assignmentChecklist';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { example } from '../../views/example';

const state = (p: Parameters<typeof assignmentChecklist>[0]) =>
  Object.fromEntries(assignmentChecklist(p).map((c) => [c.item, c.done]));

describe('the assignment checklist', () => {
  it('the example has its case and all five steps, and lacks only the named cover', () => {
    expect(state(example())).toEqual({
      case: true,
      environment: true,
      objectives: true,
      formulation: true,
      choice: true,
      implementation: true,
      cover: false,
    });
    const named = example();
    named.report = { ...named.report, authors: 'Group 3', course: 'Service Management' };
    expect(assignmentChecklist(named).every((c) => c.done)).toBe(true);
  });

  it('a blank project has nothing ticked; a missing recovery step unticks implementation', () => {
    expect(Object.values(state(createBlankProject('New', '2026-12-04T10:00:00.000Z')))).toEqual(
      Array(7).fill(false),
    );
    const p = example();
    p.implementation.recovery.steps.feedBack.how = '';
    expect(state(p).implementation).toBe(false);
  });
});
