import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFactor, deleteFactor, updateFactor } from '../../../src/domain/pestel/edit';
import { pestelScore, rankFactors, spreadCoincident } from '../../../src/domain/pestel/score';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { parseProject } from '../../../src/domain/project/parseProject';
import { sendToSwot, sourceKey, sourceUses } from '../../../src/domain/swot/sources';

const factor = (id: string, impact: number | null, likelihood: number | null) => ({
  id,
  category: 'economic' as const,
  text: id,
  note: '',
  impact,
  likelihood,
  direction: 'threat' as const,
  horizon: 'short' as const,
  contributors: [],
});

describe('PEST(EL) scores', () => {
  it('score = impact × likelihood, null until both are rated', () => {
    expect(pestelScore({ impact: 4, likelihood: 5 })).toBe(20);
    expect(pestelScore({ impact: 4, likelihood: null })).toBeNull();
  });

  it('ranks by score, ties by impact then list order, unscored last', () => {
    const ranked = rankFactors([
      factor('a', 2, 3),
      factor('b', null, 2),
      factor('c', 3, 2),
      factor('d', 5, 5),
      factor('e', 2, 3),
    ]);
    expect(ranked.map((r) => [r.factor.id, r.score, r.rank])).toEqual([
      ['d', 25, 1],
      ['c', 6, 2],
      ['a', 6, 3],
      ['e', 6, 4],
      ['b', null, null],
    ]);
  });

  it('ranking is a permutation with scores never rising down the list (property)', () => {
    const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(rating, rating), { maxLength: 30 }), (pairs) => {
        const factors = pairs.map(([i, l], k) => factor(`f${k}`, i, l));
        const ranked = rankFactors(factors);
        expect(ranked.map((r) => r.factor.id).sort()).toEqual(factors.map((f) => f.id).sort());
        const scores = ranked.map((r) => r.score ?? -1);
        scores.slice(1).forEach((s, i) => expect(s).toBeLessThanOrEqual(scores[i]!));
      }),
    );
  });

  it('a factor sent to the SWOT is linked, valid, and unlinked when the factor is deleted', () => {
    let p = createBlankProject('p', '2026-11-25T10:00:00.000Z');
    p = addFactor(p, 'legal', 'Data-privacy law', 'f1');
    p = updateFactor(p, 'f1', { impact: 4, likelihood: 5, direction: 'threat' });
    p = sendToSwot(p, { kind: 'pestel', id: 'f1' }, 'Data-privacy law', 'threats', 't1');
    expect(sourceUses(p.swot).get(sourceKey({ kind: 'pestel', id: 'f1' }))).toEqual(['T1']);
    expect(parseProject(JSON.parse(JSON.stringify(p))).ok).toBe(true);
    p = deleteFactor(p, 'f1');
    expect(p.swot.threats[0]!.source).toBeNull();
    expect(parseProject(JSON.parse(JSON.stringify(p))).ok).toBe(true);
  });

  it('refuses a SWOT item whose source does not exist', () => {
    const p = sendToSwot(
      createBlankProject('p', '2026-11-25T10:00:00.000Z'),
      { kind: 'pestel', id: 'gone' },
      'x',
      'threats',
      't1',
    );
    const result = parseProject(JSON.parse(JSON.stringify(p)));
    expect(result.ok || result.errors[0]).toMatchObject({
      path: 'swot.threats[0].source.id',
      code: 'sourceUnknown',
    });
  });
});

describe('spreadCoincident', () => {
  it('spreads factors at one point evenly around it and leaves lone factors in place', () => {
    const offsets = spreadCoincident([
      factor('a', 4, 4),
      factor('b', 4, 4),
      factor('c', 4, 4),
      factor('d', 2, 3),
      factor('e', null, 3),
    ]);
    expect([offsets.get('a'), offsets.get('b'), offsets.get('c')]).toEqual([-0.3, 0, 0.3]);
    expect(offsets.get('d')).toBe(0);
    expect(offsets.has('e')).toBe(false);
  });
});
