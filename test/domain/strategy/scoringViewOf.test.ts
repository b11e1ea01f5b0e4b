import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../../src/domain/project/parseProject';
import type { Project } from '../../../src/domain/project/types';
import { scoringView, scoringViewOf } from '../../../src/domain/strategy/analysis';
import { setScore, updateAlternative } from '../../../src/domain/strategy/edit';

const parsed = parseProject(JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8')));
if (!parsed.ok) throw new Error('example does not load');
const example = parsed.value;
const altIds = example.strategy.alternatives.map((a) => a.id);
const factorIds = example.swot.strengths.concat(example.swot.threats).map((i) => i.id);

type Edit = (p: Project) => Project;
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.constantFrom(...altIds), fc.string({ maxLength: 8 })).map(
    ([id, note]) =>
      (p: Project) =>
        updateAlternative(p, id, { note }),
  ),
  fc.tuple(fc.constantFrom(...altIds), fc.string({ maxLength: 8 })).map(
    ([id, name]) =>
      (p: Project) =>
        updateAlternative(p, id, { name }),
  ),
  fc
    .tuple(
      fc.constantFrom(...altIds),
      fc.constantFrom(...factorIds),
      fc.constantFrom(1, 2, 3, 4, null, undefined),
    )
    .map(
      ([a, f, s]) =>
        (p: Project) =>
          setScore(p, a, f, s),
    ),
);

// The view carries the alternatives as scored: their names, kinds and scores are current; their notes and
// levers may be from before (the QSPM and charts do not show them).
const scored = (view: ReturnType<typeof scoringView>) => ({
  ...view,
  alternatives: view.alternatives.map(({ id, name, kind, scores }) => ({ id, name, kind, scores })),
});

describe('scoringViewOf (the memoised scoring view)', () => {
  it('always equals the scoring view computed afresh, after any run of edits (property)', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let p = example;
        for (const e of edits) {
          p = e(p);
          expect(scored(scoringViewOf(p))).toEqual(scored(scoringView(p)));
        }
      }),
    );
  });

  it('is not recomputed for a typed note, and is for a score', () => {
    const before = scoringViewOf(example);
    const noted = updateAlternative(example, altIds[0]!, { note: 'typed' });
    expect(scoringViewOf(noted)).toBe(before);
    expect(scoringViewOf(setScore(noted, altIds[0]!, factorIds[0]!, 1))).not.toBe(before);
  });
});
