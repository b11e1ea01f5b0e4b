import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COURSE_CHECKLISTS, setTick, type Checklists } from '../../../src/domain/project/checklistSchema';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { parseProject } from '../../../src/domain/project/parseProject';

const v10 = () =>
  JSON.parse(readFileSync('test/fixtures/project-v10.json', 'utf8')) as Record<string, unknown>;

describe('the course’s tick lists', () => {
  it('a schema-10 file written before the lists opens with nothing ticked', () => {
    const parsed = parseProject(v10());
    if (!parsed.ok) throw new Error('fixture');
    expect(parsed.value.checklists).toEqual({ formulationMoves: {} });
  });

  it('keeps ticks and notes, and drops items the course does not list', () => {
    const parsed = parseProject({
      ...v10(),
      checklists: {
        formulationMoves: {
          pricing: { done: true, note: 'Premium' },
          bribery: { done: true },
          __proto__: {},
        },
        unknownList: { a: { done: true } },
      },
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.checklists).toEqual({
      formulationMoves: { pricing: { done: true, note: 'Premium' } },
    });
  });

  it('refuses a tick that is not a yes or no, naming where', () => {
    const parsed = parseProject({ ...v10(), checklists: { formulationMoves: { pricing: { done: 'yes' } } } });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]!.path).toContain('checklists');
  });

  it('a new project has every list empty', () => {
    expect(createBlankProject('P', '2026-12-05T00:00:00.000Z').checklists).toEqual({ formulationMoves: {} });
  });

  it('setTick changes one item and keeps the rest', () => {
    const items = COURSE_CHECKLISTS.formulationMoves;
    const tick = fc.record({ done: fc.boolean(), note: fc.string({ maxLength: 20 }) });
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...items), tick),
        fc.constantFrom(...items),
        fc.record({ done: fc.boolean() }, { requiredKeys: [] }),
        (ticks, item, patch) => {
          const before: Checklists = { formulationMoves: ticks };
          const after = setTick(before, 'formulationMoves', item, patch);
          for (const other of items.filter((i) => i !== item))
            expect(after.formulationMoves[other]).toEqual(before.formulationMoves[other]);
          expect(after.formulationMoves[item]).toEqual({ done: false, note: '', ...ticks[item], ...patch });
          expect(before.formulationMoves).toEqual(ticks);
        },
      ),
    );
  });
});
