import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { addItem, updateItem } from '../../../src/domain/swot/edit';
import { factorMatrix, normaliseMatrixWeights } from '../../../src/domain/swot/factorMatrix';
import type { Project, Quadrant } from '../../../src/domain/project/types';

function swotWith(rows: Array<[Quadrant, string, number | null, number | null]>): Project['swot'] {
  let p = createBlankProject('m', '2026-11-25T10:00:00.000Z');
  for (const [q, id, weight, rating] of rows)
    p = updateItem(addItem(p, q, id, undefined, id), id, { weight, rating });
  return p.swot;
}

describe('IFE / EFE matrices', () => {
  it('totals a valid IFE and finds no problem', () => {
    const m = factorMatrix(
      swotWith([
        ['strengths', 's1', 0.4, 4],
        ['strengths', 's2', 0.2, 3],
        ['weaknesses', 'w1', 0.3, 1],
        ['weaknesses', 'w2', 0.1, 2],
      ]),
      'ife',
    );
    expect(m.valid).toBe(true);
    expect(m.total).toBeCloseTo(0.4 * 4 + 0.2 * 3 + 0.3 + 0.2, 12);
    expect(m.weightSumText).toBe('1.00');
    expect(m.rows.map((r) => r.label)).toEqual(['S1', 'S2', 'W1', 'W2']);
  });

  it('names every broken rule: missing values, IFE rating rules, the weight sum', () => {
    const m = factorMatrix(
      swotWith([
        ['strengths', 's1', 0.5, 2],
        ['weaknesses', 'w1', null, 3],
        ['opportunities', 'o1', 0.9, 1],
      ]),
      'ife',
    );
    expect(m.valid).toBe(false);
    expect(m.problems.map((p) => [p.path, p.code])).toEqual([
      ['S1', 'strengthRating'],
      ['W1', 'weightMissing'],
      ['W1', 'weaknessRating'],
      ['IFE', 'weightSum'],
    ]);
    expect(m.problems[3]!.message).toBe(
      'weights add up to 0.50; they must add up to 1.00 (adjust them or normalise)',
    );
  });

  it('lets the EFE rate any factor 1–4 and says when it is empty', () => {
    const m = factorMatrix(
      swotWith([
        ['threats', 't1', 1, 4],
        ['strengths', 's1', 1, 1],
      ]),
      'efe',
    );
    expect(m.valid).toBe(true);
    expect(m.total).toBe(4);
    expect(factorMatrix(swotWith([]), 'efe').problems[0]!.code).toBe('matrixEmpty');
  });
});

describe('normaliseMatrixWeights', () => {
  const project = (rows: Array<[Quadrant, string, number | null, number | null]>) => {
    let p = createBlankProject('m', '2026-11-25T10:00:00.000Z');
    for (const [q, id, weight, rating] of rows)
      p = updateItem(addItem(p, q, id, undefined, id), id, { weight, rating });
    return p;
  };

  it('rescales one matrix in proportion and leaves the other alone', () => {
    const p = normaliseMatrixWeights(
      project([
        ['strengths', 's1', 0.3, 4],
        ['weaknesses', 'w1', 0.2, 1],
        ['weaknesses', 'w2', null, 2],
        ['threats', 't1', 0.7, 2],
      ]),
      'ife',
    );
    expect(p.swot.strengths[0]!.weight).toBeCloseTo(0.6, 12);
    expect(p.swot.weaknesses.map((i) => i.weight)).toEqual([expect.closeTo(0.4, 12), null]);
    expect(p.swot.threats[0]!.weight).toBe(0.7);
  });

  it('shares equally when no factor has a weight, and then the matrix sums to 1', () => {
    const p = normaliseMatrixWeights(
      project([
        ['opportunities', 'o1', null, 3],
        ['threats', 't1', 0, 2],
      ]),
      'efe',
    );
    expect([p.swot.opportunities[0]!.weight, p.swot.threats[0]!.weight]).toEqual([0.5, 0.5]);
    expect(factorMatrix(p.swot, 'efe').valid).toBe(true);
  });
});

describe('the IFE matrix of a published worked example', () => {
  it('finds Ford’s IFE valid with a total of 2.68 (Strategy Course Content, IFE tool guide, Table 3)', () => {
    const strengths: Array<[number, number]> = [
      [0.1, 4],
      [0.12, 4],
      [0.08, 4],
      [0.07, 3],
      [0.09, 4],
      [0.06, 3],
    ];
    const weaknesses: Array<[number, number]> = [
      [0.1, 1],
      [0.04, 2],
      [0.06, 2],
      [0.08, 1],
      [0.07, 2],
      [0.05, 1],
      [0.05, 2],
      [0.03, 2],
    ];
    const m = factorMatrix(
      swotWith([
        ...strengths.map(([w, r], i) => ['strengths', `s${i}`, w, r] as [Quadrant, string, number, number]),
        ...weaknesses.map(([w, r], i) => ['weaknesses', `w${i}`, w, r] as [Quadrant, string, number, number]),
      ]),
      'ife',
    );
    expect(m.problems).toEqual([]);
    expect(m.weightSumText).toBe('1.00');
    expect(m.total).toBeCloseTo(2.68, 10);
  });
});
