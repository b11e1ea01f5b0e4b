import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../../src/domain/project/parseProject';
import type { Project } from '../../../src/domain/project/types';
import { itemLabels } from '../../../src/domain/swot/labels';
import { sendToSwot, sourceKey, sourceUses } from '../../../src/domain/swot/sources';
import { deleteItem } from '../../../src/domain/swot/edit';

const parsed = parseProject(JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8')));
if (!parsed.ok) throw new Error('example does not load');
const example = parsed.value;
const sources = [
  ...example.pestel.map((f) => ({ kind: 'pestel' as const, id: f.id })),
  ...example.forces.rivalry.map((d) => ({ kind: 'force' as const, id: d.id })),
];

// Unique ids for the items sent in the runs.
let sent = 0;

describe('sourceUses (the index of SWOT items by the factor or driver they came from)', () => {
  it('gives every source the labels of the items sent from it, in S-W-O-T order, after any sends and deletions (property)', () => {
    const step = fc.oneof(
      fc
        .tuple(fc.constantFrom(...sources), fc.constantFrom('opportunities' as const, 'threats' as const))
        .map(
          ([source, quadrant]) =>
            (p: Project) =>
              sendToSwot(p, source, 'sent', quadrant, `x${(sent += 1)}`),
        ),
      fc.nat().map((n) => (p: Project) => {
        const items = p.swot.threats;
        return items.length ? deleteItem(p, items[n % items.length]!.id) : p;
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 10 }), (steps) => {
        const p = steps.reduce((project, s) => s(project), example);
        const index = sourceUses(p.swot);
        const labels = itemLabels(p.swot);
        const all = [...p.swot.strengths, ...p.swot.weaknesses, ...p.swot.opportunities, ...p.swot.threats];
        for (const source of sources)
          expect(index.get(sourceKey(source)) ?? []).toEqual(
            all
              .filter((item) => item.source?.kind === source.kind && item.source.id === source.id)
              .map((item) => labels.get(item.id)),
          );
      }),
    );
  });
});
