import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseProject } from '../../src/domain/project/parseProject';
import { customerActions } from '../../src/state/customerActions';
import { undoStep } from '../../src/state/edits';
import { endCoalescing } from '../../src/state/history';
import { serviceActions } from '../../src/state/serviceActions';
import { showProject, useAppStore } from '../../src/state/store';

const parsed = parseProject(JSON.parse(readFileSync('test/fixtures/project-v8.json', 'utf8')));
if (!parsed.ok) throw new Error('the v8 fixture does not load');
const fixture = parsed.value;
const project = () => useAppStore.getState().project!;
const hotline = () => {
  const m = project().serviceModels.find((x) => x.id === 'm-call')!;
  if (m.kind !== 'callCentre') throw new Error('m-call is not a call centre');
  return m;
};

describe('classes served by models, and a call centre valued from a customer', () => {
  beforeEach(() => {
    endCoalescing();
    showProject(fixture, 1);
  });

  it('deleting a model leaves the class it served with none, and undo brings both back', () => {
    serviceActions.deleteModel('m-call');
    expect(project().customers.abc.service.A).toEqual({ modelId: null, periodsPerYear: 3650 });
    undoStep();
    expect(project().customers.abc.service.A.modelId).toBe('m-call');
    expect(hotline().name).toBe(fixture.serviceModels[0]!.name);
  });

  it('choosing a model and typing the periods a year are saved per class', () => {
    customerActions.setClassModel('C', 'm-stock', 1);
    customerActions.typePeriodsPerYear('C', 52);
    expect(project().customers.abc.service.C).toEqual({ modelId: 'm-stock', periodsPerYear: 52 });
  });

  it('a linked call centre follows the customer value as it is typed, in the same undo step', () => {
    // 50 yuan × 52 visits × 10 years = 26,000 yuan; ÷ 2,600 calls = 10 per call answered in time.
    customerActions.typeValue('years', { years: 20 });
    expect(hotline().valuePerCallInTime).toBeCloseTo(20, 9);
    endCoalescing();
    undoStep();
    expect(project().customers.value.years).toBe(10);
    expect(hotline().valuePerCallInTime).toBe(10);
  });

  it('linking takes the value at once; unlinking keeps the last value to type over', () => {
    serviceActions.linkValue('m-call', { source: 'course', callsPerCustomerKept: 1300 });
    expect(hotline().valuePerCallInTime).toBeCloseTo(20, 9);
    serviceActions.linkValue('m-call', null);
    expect(hotline().valueLink).toBeNull();
    expect(hotline().valuePerCallInTime).toBeCloseTo(20, 9);
    customerActions.typeValue('years', { years: 1 });
    expect(hotline().valuePerCallInTime).toBeCloseTo(20, 9);
  });
});
