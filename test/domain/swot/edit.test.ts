import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { parseProject } from '../../../src/domain/project/parseProject';
import { QUADRANTS, TOWS_CELLS, TOWS_SOURCES } from '../../../src/domain/project/schema';
import type { Project, Quadrant } from '../../../src/domain/project/types';
import {
  addItem,
  addStrategy,
  deleteItem,
  moveItem,
  toggleLink,
  updateItem,
} from '../../../src/domain/swot/edit';
import { itemLabels, linkLabels } from '../../../src/domain/swot/labels';

const now = '2026-11-25T10:00:00.000Z';

/** A project with items a1..a3 in strengths, b1 in weaknesses, c1..c2 in opportunities, d1 in threats. */
function sample(): Project {
  let p = createBlankProject('s', now, 'p');
  const add = (q: Quadrant, ids: string[]) =>
    ids.forEach((id) => (p = addItem(p, q, id.toUpperCase(), undefined, id)));
  add('strengths', ['a1', 'a2', 'a3']);
  add('weaknesses', ['b1']);
  add('opportunities', ['c1', 'c2']);
  add('threats', ['d1']);
  p = addStrategy(p, 'SO', 'grow', undefined, 'so1');
  p = toggleLink(p, 'SO', 'so1', 'a2');
  p = toggleLink(p, 'SO', 'so1', 'c2');
  return p;
}

describe('SWOT labels (David’s TOWS numbering)', () => {
  it('numbers each quadrant from 1 in its order', () => {
    const labels = itemLabels(sample().swot);
    expect([...labels.entries()]).toEqual([
      ['a1', 'S1'],
      ['a2', 'S2'],
      ['a3', 'S3'],
      ['b1', 'W1'],
      ['c1', 'O1'],
      ['c2', 'O2'],
      ['d1', 'T1'],
    ]);
  });

  it('lists links in S, W, O, T order and by number, not by the order they were added', () => {
    const labels = new Map([
      ['x', 'O2'],
      ['y', 'S10'],
      ['z', 'S2'],
    ]);
    expect(linkLabels(['x', 'y', 'z', 'gone'], labels)).toEqual(['S2', 'S10', 'O2']);
  });
});

describe('SWOT edits', () => {
  it('renumbers links when an item above is deleted', () => {
    const p = deleteItem(sample(), 'a1');
    expect(linkLabels(p.tows.SO[0]!.links, itemLabels(p.swot))).toEqual(['S1', 'O2']);
  });

  it('removes a deleted item from every strategy that linked it', () => {
    const p = deleteItem(sample(), 'a2');
    expect(p.tows.SO[0]!.links).toEqual(['c2']);
  });

  it('drops links the new quadrant does not allow when an item moves, keeps them when it reorders', () => {
    const reordered = moveItem(sample(), 'a2', 'strengths', 0);
    expect(reordered.swot.strengths.map((i) => i.id)).toEqual(['a2', 'a1', 'a3']);
    expect(reordered.tows.SO[0]!.links).toEqual(['a2', 'c2']);
    const moved = moveItem(sample(), 'a2', 'weaknesses', 0);
    expect(moved.swot.weaknesses.map((i) => i.id)).toEqual(['a2', 'b1']);
    expect(moved.tows.SO[0]!.links).toEqual(['c2']);
  });

  it('refuses to link an item from a quadrant the cell does not use', () => {
    const p = sample();
    expect(toggleLink(p, 'SO', 'so1', 'd1')).toBe(p);
  });

  it('leaves the input untouched', () => {
    const p = sample();
    const copy = structuredClone(p);
    updateItem(p, 'a1', { text: 'changed', weight: 0.3 });
    deleteItem(p, 'a1');
    moveItem(p, 'a1', 'threats', 0);
    expect(p).toEqual(copy);
  });
});

const quadrant = fc.constantFrom(...QUADRANTS);
const operation = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), q: quadrant, at: fc.nat(8) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(50) }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(50), q: quadrant, at: fc.nat(8) }),
  fc.record({
    kind: fc.constant('link' as const),
    cell: fc.constantFrom(...TOWS_CELLS),
    pick: fc.nat(50),
    s: fc.nat(5),
  }),
  fc.record({ kind: fc.constant('strategy' as const), cell: fc.constantFrom(...TOWS_CELLS) }),
);

describe('SWOT edits (properties)', () => {
  it('any sequence of edits keeps a valid project: unique ids, no lost items, links only to allowed items', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (ops) => {
        let p = sample();
        let next = 0;
        const allIds = (x: Project) => QUADRANTS.flatMap((q) => x.swot[q].map((i) => i.id));
        for (const op of ops) {
          const ids = allIds(p);
          const before = ids.length;
          if (op.kind === 'add') {
            p = addItem(p, op.q, 'new', op.at, `n${next++}`);
            expect(allIds(p)).toHaveLength(before + 1);
          } else if (op.kind === 'delete' && ids.length > 0) {
            p = deleteItem(p, ids[op.pick % ids.length]!);
            expect(allIds(p)).toHaveLength(before - 1);
          } else if (op.kind === 'move' && ids.length > 0) {
            const id = ids[op.pick % ids.length]!;
            p = moveItem(p, id, op.q, op.at);
            expect(allIds(p)).toHaveLength(before);
            expect(p.swot[op.q].some((i) => i.id === id)).toBe(true);
          } else if (op.kind === 'strategy') {
            p = addStrategy(p, op.cell, 'x', undefined, `s${next++}`);
          } else if (op.kind === 'link' && ids.length > 0 && p.tows[op.cell].length > 0) {
            const strategy = p.tows[op.cell][op.s % p.tows[op.cell].length]!;
            p = toggleLink(p, op.cell, strategy.id, ids[op.pick % ids.length]!);
          }
        }
        for (const cell of TOWS_CELLS)
          for (const s of p.tows[cell])
            for (const link of s.links)
              expect(TOWS_SOURCES[cell].some((q) => p.swot[q].some((i) => i.id === link))).toBe(true);
        expect(parseProject(JSON.parse(JSON.stringify(p))).ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
