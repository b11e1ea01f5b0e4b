import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/domain/project/limits';
import { parseProject } from '../../../src/domain/project/parseProject';
import type { Project } from '../../../src/domain/project/types';
import { keyFactors } from '../../../src/domain/strategy/analysis';
import { deleteItem } from '../../../src/domain/swot/edit';
import { applyGroupScores, cellKey } from '../../../src/domain/workshop/groupScores';

function example(): Project {
  const parsed = parseProject(JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8')));
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.value;
}

describe('a room’s QSPM scores taken into the project', () => {
  const p = example();
  const [alt] = p.strategy.alternatives;
  const [f1, f2] = keyFactors(p);

  it('sets each cell to the mean rounded half up and keeps the counts', () => {
    // Scores 1 and 4: mean 2.5 → 3. Scores 2, 2, 3: mean 2.33 → 2.
    const next = applyGroupScores(p, [
      { alternativeId: alt!.id, factorId: f1!.id, counts: [1, 0, 0, 1, 0] },
      { alternativeId: alt!.id, factorId: f2!.id, counts: [0, 2, 1, 0, 0] },
    ]);
    const scored = next.strategy.alternatives[0]!.scores;
    expect([scored[f1!.id], scored[f2!.id]]).toEqual([3, 2]);
    expect(next.strategy.groupScores[cellKey(alt!.id, f1!.id)]).toEqual([1, 0, 0, 1, 0]);
    expect(parseProject(JSON.parse(JSON.stringify(next))).ok).toBe(true);
  });

  it('drops the counts of a cell whose key factor is gone, and keeps at most the limit', () => {
    const once = applyGroupScores(p, [{ alternativeId: alt!.id, factorId: f1!.id, counts: [0, 0, 1, 0, 0] }]);
    const gone = applyGroupScores(deleteItem(once, f1!.id), [
      { alternativeId: alt!.id, factorId: f2!.id, counts: [0, 0, 1, 0, 0] },
    ]);
    expect(Object.keys(gone.strategy.groupScores)).toEqual([cellKey(alt!.id, f2!.id)]);
    const cells = p.strategy.alternatives.flatMap((a) =>
      keyFactors(p).map((f) => ({ alternativeId: a.id, factorId: f.id, counts: [0, 1, 0, 0, 0] })),
    );
    expect(Object.keys(applyGroupScores(p, cells).strategy.groupScores).length).toBe(
      Math.min(cells.length, LIMITS.groupScoredCells),
    );
  });
});
