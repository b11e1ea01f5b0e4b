import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPACITY, capacityProblems, collections, hasRoom } from '../../../src/domain/project/capacity';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { LIMITS } from '../../../src/domain/project/limits';
import { parseProject, projectBytes } from '../../../src/domain/project/parseProject';
import { addDriver } from '../../../src/domain/forces/edit';
import { addFactor } from '../../../src/domain/pestel/edit';
import { addModel, newModel } from '../../../src/domain/service-cost/edit';
import {
  addAlternative,
  addEntry,
  newCriterion,
  removeEntry,
  setScore,
} from '../../../src/domain/strategy/edit';
import { addItem, addStrategy, deleteItem } from '../../../src/domain/swot/edit';
import type { Project } from '../../../src/domain/project/types';
import { maximalProject } from './maximalProject';

const maximal = maximalProject();

describe('one set of limits for editing, saving and loading', () => {
  it('loads a project with every list and record at the most that editing allows', () => {
    const parsed = parseProject(JSON.parse(JSON.stringify(maximal)));
    expect(parsed.ok || parsed.errors).toBe(true);
    // With the app's own 36-character ids, the counts alone stay inside the size limit.
    expect(projectBytes(maximal)).toBeLessThan(LIMITS.projectBytes);
    for (const c of collections(maximal)) {
      const size = Array.isArray(c.value) ? c.value.length : Object.keys(c.value).length;
      if (
        c.kind !== 'scores' &&
        c.kind !== 'valueLevels' &&
        c.kind !== 'cpmRatings' &&
        c.kind !== 'ahpJudgments'
      )
        expect(size, c.path).toBe(CAPACITY[c.kind]);
    }
  });

  it('has structural limits above every count the schema allows', () => {
    for (const max of Object.values(CAPACITY)) {
      expect(max).toBeLessThanOrEqual(LIMITS.maxArrayLength);
      expect(max).toBeLessThanOrEqual(LIMITS.maxKeysPerObject);
    }
    // Keyed records hold at least what their live keys can number.
    expect(CAPACITY.scores).toBeGreaterThanOrEqual(4 * CAPACITY.swotItems + CAPACITY.criteria);
    expect(CAPACITY.ahpJudgments).toBeGreaterThanOrEqual((CAPACITY.criteria * (CAPACITY.criteria - 1)) / 2);
    expect(CAPACITY.cpmRatings).toBeGreaterThan(CAPACITY.competitors);
    expect(CAPACITY.valueLevels).toBeGreaterThanOrEqual(CAPACITY.valueFactors);
  });

  const oneMore: Array<[string, (p: Project) => Project]> = [
    ['a SWOT item', (p) => addItem(p, 'strengths', 'one more')],
    ['a TOWS strategy', (p) => addStrategy(p, 'SO', 'one more')],
    ['a driver', (p) => addDriver(p, 'rivalry', 'one more')],
    ['a PEST(EL) factor', (p) => addFactor(p, 'legal', 'one more')],
    ['a model', (p) => addModel(p, newModel('generic', 'one more'))],
    ['an alternative', (p) => addAlternative(p, 'custom', 'one more')],
    ['a criterion', (p) => addEntry(p, 'criteria', newCriterion('one more'))],
  ];
  it.each(oneMore)('refuses %s past the limit, naming the list', (_, add) => {
    const problems = capacityProblems(maximal, add(maximal));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.count).toBe(problems[0]!.max + 1);
  });

  it('refuses no edit that stays within the limits (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: CAPACITY.swotItems - 1 }), (n) => {
        let p = createBlankProject('P', '2026-12-01T10:00:00.000Z');
        for (let i = 0; i < n; i += 1) p = addItem(p, 'threats', `t${i}`);
        expect(capacityProblems(p, addItem(p, 'threats', 'next'))).toEqual([]);
        expect(hasRoom('swotItems', n)).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it('does not blame an edit for a list it did not grow', () => {
    const over = { ...maximal, pestel: [...maximal.pestel, ...maximal.pestel.slice(0, 1)] };
    expect(capacityProblems(over, { ...over, name: 'renamed' })).toEqual([]);
  });
});

describe('deleting a factor removes what is keyed by it', () => {
  it('drops the scores of a deleted SWOT item', () => {
    let p = addItem(createBlankProject('P', '2026-12-01T10:00:00.000Z'), 'strengths', 'S', 0, 'item-1');
    const alt = p.strategy.alternatives[0]!.id;
    p = setScore(p, alt, 'item-1', 3);
    expect(p.strategy.alternatives[0]!.scores).toEqual({ 'item-1': 3 });
    expect(deleteItem(p, 'item-1').strategy.alternatives[0]!.scores).toEqual({});
  });

  it('drops the scores and AHP judgments of a deleted criterion', () => {
    let p = createBlankProject('P', '2026-12-01T10:00:00.000Z');
    p = addEntry(p, 'criteria', newCriterion('a', 'c-a'));
    p = addEntry(p, 'criteria', newCriterion('b', 'c-b'));
    p = setScore(p, p.strategy.alternatives[0]!.id, 'c-a', 4);
    p = { ...p, strategy: { ...p.strategy, ahp: { 'c-a|c-b': 3 } } };
    const after = removeEntry(p, 'criteria', 'c-a');
    expect(after.strategy.alternatives[0]!.scores).toEqual({});
    expect(after.strategy.ahp).toEqual({});
  });
});
