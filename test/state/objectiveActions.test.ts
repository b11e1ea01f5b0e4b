import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseProject } from '../../src/domain/project/parseProject';
import { endCoalescing } from '../../src/state/history';
import { objectiveActions } from '../../src/state/objectiveActions';
import { showProject, useAppStore } from '../../src/state/store';
import { objectiveGapsText, standardTexts } from '../../src/views/objectiveTexts';
import { ctxEn, ctxZh } from '../views/translate';

const parsed = parseProject(JSON.parse(readFileSync('test/fixtures/project-v9.json', 'utf8')));
if (!parsed.ok) throw new Error('the v9 fixture does not load');
const fixture = parsed.value;
const project = () => useAppStore.getState().project!;

describe('editing objectives', () => {
  beforeEach(() => {
    endCoalescing();
    showProject(fixture, 1);
  });

  it('keeps a due date the project can store, and refuses a year of six digits (Chromium’s date field takes them)', () => {
    objectiveActions.typeObjective('o-answer', 'due', '202711-01-01');
    expect(project().objectives.objectives[0]!.due).toBe('2027-06-30');
    expect(parseProject(project()).ok).toBe(true);
    objectiveActions.typeObjective('o-answer', 'due', '2027-09-30');
    expect(project().objectives.objectives[0]!.due).toBe('2027-09-30');
    objectiveActions.typeObjective('o-answer', 'due', '');
    expect(project().objectives.objectives[0]!.due).toBe('');
  });
});

describe('the texts of objectives and standards, the same on the page and in the report', () => {
  it('names what an objective lacks, in both languages', () => {
    const [complete, empty] = fixture.objectives.objectives;
    expect(objectiveGapsText(complete!, ctxEn)).toBe('complete');
    expect(objectiveGapsText(empty!, ctxEn)).toBe('a target; an owner; a date');
    expect(objectiveGapsText(empty!, ctxZh)).toBe('指标；负责人；日期');
  });

  it('reads a linked standard’s target and today, and says so when the survey is empty', () => {
    const [answer, csi, complaints] = fixture.objectives.standards;
    const fromModel = standardTexts(answer!, fixture, ctxEn);
    expect(fromModel.metric).toBe('Answer within N seconds');
    expect(fromModel.readTarget).toMatch(/^\d+(\.\d)?% answered within \d+ s$/);
    expect(fromModel.short).toBe(!/meets the target$/.test(fromModel.today));
    const noSurvey = {
      ...fixture,
      customers: {
        ...fixture.customers,
        satisfaction: { ...fixture.customers.satisfaction, attributes: [] },
      },
    };
    expect(standardTexts(csi!, noSurvey, ctxEn).today).toBe('The survey has no attributes yet');
    expect(standardTexts(complaints!, fixture, ctxEn)).toEqual({
      metric: 'Complaint rate',
      readTarget: null,
      today: '–',
      short: false,
    });
  });
});

describe('removing an objective', () => {
  it('unlinks the plan actions that served it, so the project stays savable', () => {
    const v10 = parseProject(JSON.parse(readFileSync('test/fixtures/project-v10.json', 'utf8')));
    if (!v10.ok) throw new Error('fixture');
    showProject(v10.value, 0);
    objectiveActions.removeObjective('o-answer');
    const p = useAppStore.getState().project!;
    expect(p.implementation.actions.filter((a) => a.objectiveId === 'o-answer')).toEqual([]);
    expect(p.implementation.actions.find((a) => a.id === 'a-hire')!.objectiveId).toBeNull();
    expect(parseProject(JSON.parse(JSON.stringify(p))).ok).toBe(true);
  });
});
