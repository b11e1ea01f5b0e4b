import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { objectiveGaps } from '../../../src/domain/objectives/objectiveGaps';
import { COURSE_STEPS, courseProgress, nextAction } from '../../../src/domain/project/courseSteps';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { parseProject } from '../../../src/domain/project/parseProject';
import type { Project } from '../../../src/domain/project/types';
import { addItem } from '../../../src/domain/swot/edit';

const example = (): Project => {
  const result = parseProject(JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe('the course’s five steps', () => {
  it('group every analysis page once, in the course’s order (环境分析 → 目标 → 方案 → 评审 → 实施)', () => {
    expect(COURSE_STEPS.map((s) => s.id)).toEqual([
      'environment',
      'objectives',
      'formulation',
      'choice',
      'implementation',
    ]);
    const pages = COURSE_STEPS.flatMap((s) => s.pages);
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('a blank project has every step empty and suggests starting with PEST(EL)', () => {
    const steps = courseProgress(createBlankProject('New', '2026-12-04T10:00:00.000Z'));
    expect(steps.map((s) => s.state)).toEqual(['empty', 'empty', 'empty', 'empty', 'empty']);
    expect(nextAction(steps)).toEqual({
      page: 'pestel',
      todo: { key: 'pestelCategories', values: { n: 4 } },
    });
  });

  it('a SWOT with one strength is in progress, with the empty quadrants counted', () => {
    const p = addItem(createBlankProject('New', '2026-12-04T10:00:00.000Z'), 'strengths', 'Fast');
    const swot = courseProgress(p)[0]!.pages.find((x) => x.page === 'swot')!;
    expect(swot).toEqual({
      page: 'swot',
      state: 'started',
      todo: [{ key: 'swotQuadrants', values: { n: 3 } }],
    });
  });

  it('the example has every step but the report’s cover done, and points at the report next', () => {
    const steps = courseProgress(example());
    expect(steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'started']);
    expect(steps[4]!.pages.map((x) => [x.page, x.state])).toEqual([
      ['summary', 'done'],
      ['plan', 'done'],
      ['report', 'empty'],
    ]);
    expect(nextAction(steps)).toEqual({ page: 'report', todo: { key: 'reportCover' } });
    const noObjectives = { ...example(), objectives: { objectives: [], standards: [] } };
    expect(nextAction(courseProgress(noObjectives))?.page).toBe('objectives');
  });

  it('the plan is done with actions that have owners and due dates, six recovery steps and counted complaints', () => {
    const plan = (q: Project) => courseProgress(q)[4]!.pages.find((x) => x.page === 'plan')!;
    const p = structuredClone(example());
    p.implementation.actions[0]!.owner = '';
    p.implementation.recovery.steps.followUp.how = ' ';
    expect(plan(p).todo).toEqual([
      { key: 'planGaps', values: { n: 1 } },
      { key: 'recoverySteps', values: { n: 1 } },
    ]);
    const blank = createBlankProject('New', '2026-12-04T10:00:00.000Z');
    expect(plan(blank).state).toBe('empty');
    expect(courseProgress(blank)[4]!.pages.find((x) => x.page === 'summary')!.todo).toEqual([
      { key: 'summaryPhilosophy' },
    ]);
  });

  it('IFE/EFE weights count as done only when each side sums to 1.00', () => {
    const p = example();
    const scoring = (q: Project) => courseProgress(q)[0]!.pages.find((x) => x.page === 'scoring')!;
    expect(scoring(p).state).toBe('done');
    const off = structuredClone(p);
    off.swot.strengths[0]!.weight = (off.swot.strengths[0]!.weight ?? 0) + 0.05;
    expect(scoring(off).todo).toEqual([{ key: 'scoringInternal' }]);
  });

  it('a step is done exactly when all its pages are, empty exactly when all are (property)', () => {
    const p = example();
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('swot', 'tows', 'pestel', 'strategy'), { maxLength: 4 }),
        (cleared) => {
          const q = structuredClone(p);
          for (const area of cleared) {
            if (area === 'swot') q.swot = { strengths: [], weaknesses: [], opportunities: [], threats: [] };
            if (area === 'tows') q.tows = { SO: [], ST: [], WO: [], WT: [] };
            if (area === 'pestel') q.pestel = [];
            if (area === 'strategy') q.strategy = { ...q.strategy, alternatives: [], chosenId: null };
          }
          for (const step of courseProgress(q)) {
            expect(step.state === 'done').toBe(step.pages.every((x) => x.state === 'done'));
            expect(step.state === 'empty').toBe(step.pages.every((x) => x.state === 'empty'));
            for (const page of step.pages) expect(page.state === 'done').toBe(page.todo.length === 0);
          }
        },
      ),
    );
  });
});

describe('a strategic objective the course accepts', () => {
  const objective = { id: 'o', text: 'Answer faster', target: '', owner: '', due: '' };

  it('needs a target with a number, an owner and a date', () => {
    expect(objectiveGaps(objective)).toEqual(['target', 'owner', 'due']);
    expect(objectiveGaps({ ...objective, target: 'much faster', owner: 'Ops' })).toEqual([
      'unmeasurable',
      'due',
    ]);
    expect(
      objectiveGaps({ ...objective, target: '95% within 20 s', owner: 'Ops', due: '2027-06-30' }),
    ).toEqual([]);
  });

  it('reads a number written in Chinese or full-width digits as measurable', () => {
    const measured = (target: string) =>
      objectiveGaps({ ...objective, target, owner: 'x', due: '2027-01-01' });
    expect(measured('满意度达到百分之九十')).toEqual([]);
    expect(measured('接通率９５％')).toEqual([]);
    expect(measured('显著提高满意度')).toEqual(['unmeasurable']);
  });
});
