import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { addItem } from '../../../src/domain/swot/edit';
import { weightsFromVotes } from '../../../src/domain/workshop/voteWeights';

function swotWith(counts: Record<'strengths' | 'weaknesses' | 'opportunities' | 'threats', number>) {
  let project = createBlankProject('P', '2026-12-03T00:00:00Z', 'p');
  for (const [q, n] of Object.entries(counts))
    for (let i = 0; i < n; i++) project = addItem(project, q as 'strengths', `${q} ${i}`);
  return project.swot;
}

describe('weights from a dot vote', () => {
  it("gives each item its share of its matrix's dots", () => {
    const swot = swotWith({ strengths: 2, weaknesses: 1, opportunities: 1, threats: 1 });
    const [s1, s2] = swot.strengths;
    const [w1] = swot.weaknesses;
    const [o1] = swot.opportunities;
    const votes = new Map([
      [s1!.id, 5],
      [s2!.id, 3],
      [w1!.id, 2],
      [o1!.id, 4],
    ]);
    const { ife, efe } = weightsFromVotes(swot, votes);
    expect(ife!.map((c) => [c.dots, c.after])).toEqual([
      [5, 0.5],
      [3, 0.3],
      [2, 0.2],
    ]);
    // The threat got no dots: weight 0; the opportunity all of the EFE's.
    expect(efe!.map((c) => c.after)).toEqual([1, 0]);
  });

  it('leaves a matrix that got no dots as it is', () => {
    const swot = swotWith({ strengths: 1, weaknesses: 0, opportunities: 2, threats: 0 });
    const { ife, efe } = weightsFromVotes(swot, new Map([[swot.strengths[0]!.id, 2]]));
    expect(ife).toHaveLength(1);
    expect(efe).toBeNull();
  });

  it('each matrix that got dots sums to 1', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(20), { minLength: 4, maxLength: 12 }), (dots) => {
        const swot = swotWith({ strengths: 3, weaknesses: 3, opportunities: 3, threats: 3 });
        const items = [...swot.strengths, ...swot.weaknesses, ...swot.opportunities, ...swot.threats];
        const votes = new Map(items.map((item, i) => [item.id, dots[i % dots.length]!]));
        for (const changes of Object.values(weightsFromVotes(swot, votes)))
          if (changes) expect(changes.reduce((s, c) => s + c.after, 0)).toBeCloseTo(1, 12);
      }),
    );
  });
});
