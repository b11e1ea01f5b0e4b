import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { addDriver } from '../../../src/domain/forces/edit';
import { brainstormActivity } from '../../../src/domain/workshop/activity';
import { addIdeasToCanvas } from '../../../src/domain/workshop/canvas';
import { CANVAS_SLOTS } from '../../../src/domain/workshop/canvasSlots';
import type { Contribution } from '../../../src/domain/workshop/merge';
import { normaliseText } from '../../../src/domain/workshop/normaliseText';
import { LIMITS } from '../../../src/domain/project/limits';

const blank = () => createBlankProject('C', '2026-12-03T10:00:00.000Z', 'p');
const AT = '2026-12-03T10:00:00.000Z';
/** Participant n's idea (participant 2 gave their name). */
const idea = (n: number, slot: string, text: string): Contribution<string> => ({
  ref: `k${n}/i${n}`,
  participant: n,
  name: n === 2 ? 'Li Wei' : '',
  slot,
  text,
  at: AT,
});

describe('ideas into the other canvases', () => {
  it('gives each canvas its own slots', () => {
    expect(brainstormActivity('a', 'Q', 'pestel').slots).toContain('technological');
    expect(brainstormActivity('a', 'Q', 'forces').slots).toEqual([
      'entrants',
      'suppliers',
      'buyers',
      'substitutes',
      'rivalry',
    ]);
    expect(brainstormActivity('a', 'Q').slots).toEqual([
      'strengths',
      'weaknesses',
      'opportunities',
      'threats',
    ]);
  });

  it('adds PEST(EL) factors in their categories, each text once, and ignores unknown slots', () => {
    const p = addIdeasToCanvas(blank(), 'pestel', [
      idea(1, 'economic', 'Fuel prices rise'),
      idea(2, 'economic', 'fuel prices rise!'),
      idea(3, 'legal', 'Fuel prices rise'),
      idea(4, 'strengths', 'Not a category'),
    ]);
    expect(p.pestel.map((f) => [f.category, f.text])).toEqual([
      ['economic', 'Fuel prices rise'],
      ['legal', 'Fuel prices rise'],
    ]);
    // Both who wrote the economic factor are kept on it, in the order they gave it.
    expect(p.pestel[0]!.contributors.map((c) => [c.n, c.name, c.ref])).toEqual([
      [1, '', 'k1/i1'],
      [2, 'Li Wei', 'k2/i2'],
    ]);
  });

  it('adds drivers, TOWS strategies and value factors; an idea already there joins it as a giver', () => {
    const withDriver = addDriver(blank(), 'buyers', 'Platforms concentrate volume');
    const p = addIdeasToCanvas(withDriver, 'forces', [
      idea(1, 'buyers', 'platforms concentrate  volume'),
      idea(2, 'rivalry', 'Price war'),
    ]);
    expect(p.forces.buyers.map((d) => [d.text, d.contributors.map((c) => c.n)])).toEqual([
      ['Platforms concentrate volume', [1]],
    ]);
    expect(p.forces.rivalry.map((d) => [d.text, d.contributors.map((c) => c.n)])).toEqual([
      ['Price war', [2]],
    ]);
    const tows = addIdeasToCanvas(blank(), 'tows', [idea(3, 'WO', 'Partner in rural areas')]).tows.WO;
    expect(tows.map((s) => [s.text, s.contributors[0]?.at])).toEqual([['Partner in rural areas', AT]]);
    const v = addIdeasToCanvas(blank(), 'value', [idea(1, 'value', 'Speed'), idea(2, 'value', 'speed')]);
    expect(v.strategy.valueFactors.map((f) => [f.name, f.contributors.length])).toEqual([['Speed', 2]]);
  });

  it('takes an idea once: the same contribution again (a file imported twice) leaves the project as it was', () => {
    const once = addIdeasToCanvas(blank(), 'value', [idea(1, 'value', 'Speed')]);
    // Nothing new: the same project comes back (so the facilitator's screen marks them as added).
    expect(addIdeasToCanvas(once, 'value', [idea(1, 'value', 'SPEED')])).toBe(once);
  });

  it(`keeps at most ${LIMITS.contributorsPerIdea} givers on an idea, the earliest`, () => {
    const many = Array.from({ length: 12 }, (_, n) => idea(n + 1, 'rivalry', 'Price war'));
    const p = addIdeasToCanvas(blank(), 'forces', many);
    expect(p.forces.rivalry).toHaveLength(1);
    expect(p.forces.rivalry[0]!.contributors.map((c) => c.n)).toEqual([1, 2, 3, 4, 5]);
    // A sixth giver of a full idea changes nothing.
    expect(addIdeasToCanvas(p, 'forces', [idea(13, 'rivalry', 'price war')])).toBe(p);
  });

  it('never adds a text twice to one slot, whatever the ideas (property)', () => {
    const slot = fc.constantFrom(...CANVAS_SLOTS.tows);
    const texts = fc.constantFrom(
      'Partner',
      'partner ',
      'PARTNER!',
      'Ｐａｒｔｎｅｒ',
      'Price war',
      '价格战',
      '价格战。',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(slot, texts), { maxLength: 40 }), (list) => {
        const p = addIdeasToCanvas(
          blank(),
          'tows',
          list.map(([s, t], n) => idea(n + 1, s, t)),
        );
        for (const cell of CANVAS_SLOTS.tows) {
          const keys = p.tows[cell].map((s) => normaliseText(s.text));
          expect(new Set(keys).size).toBe(keys.length);
          // Every contribution is on the item of its text, unless that item's givers were full.
          const given = list.filter(([s]) => s === cell).length;
          const kept = p.tows[cell].reduce((n, s) => n + s.contributors.length, 0);
          expect(kept).toBeLessThanOrEqual(given);
          expect(kept).toBeGreaterThanOrEqual(Math.min(given, p.tows[cell].length));
        }
      }),
    );
  });
});
