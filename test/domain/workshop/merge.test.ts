import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { LIMITS } from '../../../src/domain/project/limits';
import { QUADRANTS } from '../../../src/domain/project/schema';
import type { Project, Quadrant } from '../../../src/domain/project/types';
import { addItem } from '../../../src/domain/swot/edit';
import {
  canvasIdeasOf,
  contributionFileOf,
  contributionsOf,
  parseContributionFile,
} from '../../../src/domain/workshop/contributionFile';
import {
  applyMerge,
  isConflict,
  mergeRecord,
  planMerge,
  type Contribution,
} from '../../../src/domain/workshop/merge';
import { normaliseText } from '../../../src/domain/workshop/normaliseText';

const at = (minute: number) => `2026-12-03T09:${String(minute).padStart(2, '0')}:00.000Z`;
const blank = () => createBlankProject('Merge', at(0), 'p');
let counter = 0;
const newId = () => `new-${(counter += 1)}`;

const file = (pid: string, name: string, ideas: [Quadrant, string][]) =>
  contributionFileOf(
    { id: pid, name },
    { id: 'act-1', prompt: 'Our SWOT' },
    ideas.map(([slot, text], i) => ({ id: `${pid}-i${i}`, slot, text, at: at(i + 1) })),
    at(30),
  );

const allItems = (p: Project) => QUADRANTS.flatMap((q) => p.swot[q].map((item) => ({ q, item })));

describe('merging participants’ files', () => {
  const three = [
    file('alice-key-0000000000', 'Alice', [
      ['strengths', 'Fast delivery!'],
      ['threats', 'Price war'],
    ]),
    file('bob-key-00000000000000', '', [
      ['strengths', 'ＦＡＳＴ　ＤＥＬＩＶＥＲＹ'],
      ['weaknesses', '服务好。'],
    ]),
    file('carol-key-00000000000', '', [
      ['opportunities', 'price war'],
      ['weaknesses', '服务好'],
      ['strengths', 'Own air network'],
    ]),
  ];

  it('finds duplicates by normalised text (width, case, spaces, punctuation, Chinese too) and keeps who gave each', () => {
    const project = addItem(blank(), 'strengths', 'Own air network.', undefined, 'own');
    const plan = planMerge(project.swot, contributionsOf(three));
    const merged = applyMerge(project, plan, new Map(), newId);
    const strengths = merged.swot.strengths.map((i) => [
      i.text,
      i.contributors.map((c) => c.name || `#${c.n}`),
    ]);
    expect(strengths).toEqual([
      ['Own air network.', ['#3']],
      ['Fast delivery!', ['Alice', '#2']],
    ]);
    expect(merged.swot.weaknesses.map((i) => [i.text, i.contributors.length])).toEqual([['服务好。', 2]]);
    expect(merged.swot.weaknesses[0]!.contributors.map((c) => c.at)).toEqual([at(2), at(2)]);
  });

  it('shows the same text in two quadrants as a conflict; by default both are kept, or one is chosen', () => {
    const plan = planMerge(blank().swot, contributionsOf(three));
    const conflicts = plan.groups.filter(isConflict);
    expect(conflicts.map((g) => g.places.map((p) => p.slot))).toEqual([['opportunities', 'threats']]);
    const both = applyMerge(blank(), plan, new Map(), newId);
    expect(both.swot.threats.map((i) => i.text)).toEqual(['Price war']);
    expect(both.swot.opportunities.map((i) => i.text)).toEqual(['price war']);
    const one = applyMerge(blank(), plan, new Map([[conflicts[0]!.key, 'threats']]), newId);
    expect(one.swot.opportunities).toEqual([]);
    expect(one.swot.threats.map((i) => [i.text, i.contributors.map((c) => c.n)])).toEqual([
      ['Price war', [3, 1]], // carol's came first (09:01)
    ]);
  });

  it('keeps each idea where it was given when the chosen quadrant is no longer one of the conflict’s', () => {
    const plan = planMerge(blank().swot, contributionsOf(three));
    const key = plan.groups.filter(isConflict)[0]!.key;
    // Chosen at preview, gone at merge time (the item it named was deleted): no idea recorded twice.
    const stale = applyMerge(blank(), plan, new Map([[key, 'weaknesses']]), newId);
    expect(stale.swot.threats.map((i) => i.contributors.length)).toEqual([1]);
    expect(stale.swot.opportunities.map((i) => i.contributors.length)).toEqual([1]);
    expect(stale.swot.weaknesses.map((i) => i.text)).toEqual(['服务好。']);
  });

  it('imports the same file twice without adding anything the second time', () => {
    const once = applyMerge(blank(), planMerge(blank().swot, contributionsOf(three)), new Map(), newId);
    // Both copies of the files at once: each idea already merged counts once.
    const plan = planMerge(once.swot, contributionsOf([...three, ...three]));
    expect(plan.groups).toEqual([]);
    expect(plan.known).toBe(7);
    expect(applyMerge(once, plan, new Map(), newId)).toEqual(once);
  });

  it('records participants, ideas and the ideas several people gave', () => {
    const plan = planMerge(blank().swot, contributionsOf(three));
    const record = mergeRecord(plan, 'r1', at(40), 'Our SWOT');
    expect(record).toMatchObject({ kind: 'merge', participants: 3, contributions: 7 });
    expect(record.lines.map((l) => [l.label, l.value])).toEqual([
      ['Fast delivery!', 2],
      ['price war', 2],
      ['服务好。', 2],
    ]);
  });

  it('stops adding contributors to an item at the limit, keeping the earliest', () => {
    const many = Array.from({ length: LIMITS.contributorsPerItem + 5 }, (_, i) =>
      file(`participant-${i}`, '', [['threats', 'Rising fuel costs']]),
    );
    const merged = applyMerge(blank(), planMerge(blank().swot, contributionsOf(many)), new Map(), newId);
    expect(merged.swot.threats[0]!.contributors).toHaveLength(LIMITS.contributorsPerItem);
    expect(merged.swot.threats[0]!.contributors[0]!.n).toBe(1);
  });

  const contributionArb = fc.record({
    pid: fc.constantFrom('a', 'b', 'c', 'd'),
    idea: fc.integer({ min: 0, max: 5 }),
    slot: fc.constantFrom(...QUADRANTS),
    text: fc.constantFrom('Fast delivery', 'fast delivery!', 'Price war', '服务好', '服务好。', 'Brand', 'x'),
  });
  const asContributions = (
    raw: { pid: string; idea: number; slot: Quadrant; text: string }[],
  ): Contribution[] =>
    raw.map((r, i) => ({
      ref: `${r.pid}/${r.idea}`,
      participant: 'abcd'.indexOf(r.pid) + 1,
      name: '',
      slot: r.slot,
      text: r.text,
      at: at(i % 60),
    }));

  it('loses nothing: every distinct contribution is recorded on exactly one item, and no quadrant gets two items of one text (property)', () => {
    fc.assert(
      fc.property(fc.array(contributionArb, { maxLength: 30 }), fc.boolean(), (raw, chooseFirst) => {
        const contributions = asContributions(raw);
        const plan = planMerge(blank().swot, contributions);
        const choices = new Map(
          plan.groups
            .filter(isConflict)
            .map((g) => [g.key, chooseFirst ? g.places[0]!.slot : ('all' as const)]),
        );
        const merged = applyMerge(blank(), plan, choices, newId);
        const recorded = allItems(merged).flatMap(({ item }) => item.contributors.map((c) => c.ref));
        expect(recorded.sort()).toEqual([...new Set(contributions.map((c) => c.ref))].sort());
        for (const q of QUADRANTS) {
          const keys = merged.swot[q].map((i) => normaliseText(i.text));
          expect(new Set(keys).size).toBe(keys.length);
        }
        // Merging again adds nothing.
        expect(applyMerge(merged, planMerge(merged.swot, contributions), new Map(), newId)).toEqual(merged);
      }),
      { numRuns: 200 },
    );
  });
});

describe('reading a participant’s file', () => {
  it('reads the file the join page writes', () => {
    const written = file('alice-key', 'Alice', [['strengths', 'Fast delivery']]);
    expect(parseContributionFile(JSON.stringify(written))).toEqual({ ok: true, value: written });
  });

  it.each([
    ['not JSON', '{"format":', 'notJson'],
    ['a project file', JSON.stringify({ schemaVersion: 5, name: 'x' }), 'notContributions'],
    ['a newer version', JSON.stringify({ format: 'ssw-workshop-ideas', version: 9 }), 'newerVersion'],
    ['a huge file', ' '.repeat(300_000), 'tooLarge'],
  ])('says why %s is not one', (_, text, code) => {
    const result = parseContributionFile(text);
    expect(result.ok || result.error.code).toBe(code);
  });

  it('names the path of a bad idea: an unknown quadrant, an over-long text', () => {
    const bad = file('k', '', [['strengths', 'ok']]) as unknown as {
      ideas: { slot: string; text: string }[];
    };
    bad.ideas.push({ ...bad.ideas[0]!, slot: 'lobby' });
    expect(parseContributionFile(JSON.stringify(bad))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'ideas[1].slot' },
    });
    bad.ideas[1]!.slot = 'threats';
    bad.ideas[1]!.text = 'x'.repeat(281);
    expect(parseContributionFile(JSON.stringify(bad))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'ideas[1].text' },
    });
  });

  it('reads a file of another canvas’s ideas, and refuses a slot that is not one of that canvas’s', () => {
    const pestel = contributionFileOf(
      { id: 'dan-key', name: 'Dan' },
      { id: 'act-2', prompt: 'PEST(EL)', canvas: 'pestel' },
      [
        { id: 'd1', slot: 'economic', text: 'Fuel prices rise', at: at(1) },
        { id: 'd2', slot: 'legal', text: 'Courier labour law', at: at(2) },
      ],
      at(10),
    );
    const read = parseContributionFile(JSON.stringify(pestel));
    expect(read).toEqual({ ok: true, value: pestel });
    // Its ideas are for the PEST(EL): none becomes a SWOT contribution, both go to the PEST(EL) canvas.
    expect(contributionsOf([pestel])).toEqual([]);
    // Participants are numbered across every file, whichever canvas it is for (the SWOT file's is 2).
    expect(canvasIdeasOf([pestel, file('k', '', [['strengths', 'Own fleet']])])).toEqual([
      {
        canvas: 'pestel',
        contributions: [
          {
            ref: 'dan-key/d1',
            participant: 1,
            name: 'Dan',
            slot: 'economic',
            text: 'Fuel prices rise',
            at: at(1),
          },
          {
            ref: 'dan-key/d2',
            participant: 1,
            name: 'Dan',
            slot: 'legal',
            text: 'Courier labour law',
            at: at(2),
          },
        ],
      },
    ]);
    expect(contributionsOf([pestel, file('k', '', [['strengths', 'Own fleet']])])[0]?.participant).toBe(2);
    const wrong = { ...pestel, ideas: [{ ...pestel.ideas[0]!, slot: 'strengths' }] };
    expect(parseContributionFile(JSON.stringify(wrong))).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'ideas[0].slot' },
    });
  });

  it('still reads a version 1 file (before files named their canvas) as SWOT ideas', () => {
    const v1 = {
      format: 'ssw-workshop-ideas',
      version: 1,
      exportedAt: at(5),
      participant: { id: 'old-key', name: '' },
      activity: { id: 'act-0', prompt: 'Our SWOT' },
      ideas: [{ id: 'o1', slot: 'threats', text: 'Price war', at: at(1) }],
    };
    const read = parseContributionFile(JSON.stringify(v1));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.activity.canvas).toBe('swot');
    expect(contributionsOf([read.value]).map((c) => [c.slot, c.text])).toEqual([['threats', 'Price war']]);
  });
});
