import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { LIMITS } from '../../../src/domain/project/limits';
import { parseProject, parseProjectText, projectBytes } from '../../../src/domain/project/parseProject';
import type { Project } from '../../../src/domain/project/types';
import { CURRENT_SCHEMA_VERSION } from '../../../src/domain/project/schema';
import { PROBLEM_TEMPLATES } from '../../../src/domain/project/problems';

const fixture = (name: string) => JSON.parse(readFileSync(resolve('test/fixtures', name), 'utf8'));
const now = '2026-11-25T10:00:00.000Z';

describe('parseProject', () => {
  it('reads the released v1 fixture', () => {
    const result = parseProject(fixture('project-v1.json'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(result.value.swot.strengths).toHaveLength(5);
      expect(result.value.tows.SO[0]!.links).toEqual(['s1', 's3', 'o2']);
    }
  });

  it('reads the released v2 fixture with its forces, PEST(EL) factors and SWOT sources', () => {
    const result = parseProject(fixture('project-v2.json'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.forces.buyers).toHaveLength(3);
      expect(result.value.pestel).toHaveLength(9);
      expect(result.value.swot.threats[3]!.source).toEqual({ kind: 'pestel', id: 'pl1' });
    }
  });

  it('reads the released v3 fixture with its service-level models and scenario', () => {
    const result = parseProject(fixture('project-v3.json'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.serviceModels.map((m) => m.kind)).toEqual([
        'callCentre',
        'callCentre',
        'generic',
        'inventory',
      ]);
      expect(result.value.serviceModels[1]!.baselineId).toBe('m-call');
    }
  });

  it('reads the released v4 fixture with its strategy choice', () => {
    const result = parseProject(fixture('project-v4.json'));
    expect(result.ok).toBe(true);
    if (result.ok) {
      const { strategy } = result.value;
      expect(strategy.alternatives.map((a) => a.kind)).toEqual([
        'costLeadership',
        'differentiation',
        'costFocus',
        'differentiationFocus',
      ]);
      expect(strategy.chosenId).toBe('alt-differentiation');
      expect(strategy.alternatives[0]!.scores.w3).toBeNull();
      expect(strategy.cpm).toHaveLength(7);
    }
  });

  it('reads the v5 fixture with who gave a SWOT item and the workshop record', () => {
    const result = parseProject(fixture('project-v5.json'));
    expect(result.ok || result.errors).toBe(true);
    if (result.ok) {
      expect(result.value.swot.strengths[0]!.contributors.map((c) => c.name || `#${c.n}`)).toEqual([
        'Li Wei',
        '#3',
      ]);
      expect(result.value.workshop.records.map((r) => r.kind)).toEqual(['brainstorm', 'vote', 'rate']);
      expect(result.value.workshop.records[2]!.lines[0]!.sd).toBe(0.53);
    }
  });

  it('reads the v6 fixture with who gave a PEST(EL) factor, a driver, a TOWS strategy and a value factor', () => {
    const result = parseProject(fixture('project-v6.json'));
    expect(result.ok || result.errors).toBe(true);
    if (!result.ok) return;
    const who = (list: { contributors: { name: string; n: number }[] }[]) =>
      list[0]!.contributors.map((c) => c.name || `#${c.n}`);
    expect(who(result.value.pestel)).toEqual(['Li Wei', '#2']);
    expect(who(result.value.forces.entrants)).toEqual(['#3']);
    expect(who(result.value.tows.SO)).toEqual(['张敏']);
    expect(who(result.value.strategy.valueFactors)).toEqual(['#5']);
    expect(result.value.customers.value).toMatchObject({
      periods: 10,
      marginAtStart: true,
      acquisitionCost: 120,
    });
  });

  it('reads the v7 fixture with an RFM import’s analysis (cells, segments, kept customers, bad lines)', () => {
    const result = parseProject(fixture('project-v7.json'));
    expect(result.ok || result.errors).toBe(true);
    if (!result.ok) return;
    const rfm = result.value.customers.rfm!;
    expect(rfm).toMatchObject({
      fileName: 'Kunden März.csv',
      rows: 8,
      goodRows: 3,
      badRows: 5,
      customers: 2,
    });
    expect(rfm.cells).toHaveLength(25);
    expect(rfm.top.map((c) => c.id)).toEqual(['K1', 'K2']);
    expect(rfm.badLines.at(-1)).toEqual({ line: 10, toLine: 12, reason: 'malformed' });
    expect(result.value.customers.satisfaction.scale).toEqual({ min: 1, max: 7 });
    expect(result.value.swot.weaknesses.at(-1)!.source).toEqual({ kind: 'satisfaction', id: 'att-speed' });
  });

  it('reads the v8 fixture: classes served by models, a call centre valued from a customer', () => {
    const result = parseProject(fixture('project-v8.json'));
    expect(result.ok || result.errors).toBe(true);
    if (!result.ok) return;
    expect(result.value.customers.abc.service.A).toEqual({ modelId: 'm-call', periodsPerYear: 3650 });
    const hotline = result.value.serviceModels[0]!;
    expect(hotline.kind === 'callCentre' && hotline.valueLink).toEqual({
      source: 'course',
      callsPerCustomerKept: 2600,
    });
  });

  it('refuses a class served by a model the project does not have, and periods a year out of range', () => {
    const v8 = fixture('project-v8.json');
    v8.customers.abc.service.B.modelId = 'm-gone';
    const result = parseProject(v8);
    expect(result.ok || result.errors.map((e) => [e.path, e.message])).toEqual([
      [
        'customers.abc.service.B.modelId',
        'points to "m-gone", which is not a service-level model of this project',
      ],
    ]);
    const zero = fixture('project-v8.json');
    zero.customers.abc.service.A.periodsPerYear = 0;
    zero.serviceModels[0].valueLink.callsPerCustomerKept = 0.5;
    const second = parseProject(zero);
    expect(second.ok || second.errors.map((e) => e.path)).toEqual([
      'serviceModels[0].valueLink.callsPerCustomerKept',
      'customers.abc.service.A.periodsPerYear',
    ]);
  });

  it('refuses a survey rating off its scale and a scale that runs downwards, with the path', () => {
    const v7 = fixture('project-v7.json');
    v7.customers.satisfaction.attributes[1].performance = 7.5;
    const result = parseProject(v7);
    expect(result.ok || result.errors.map((e) => e.path)).toEqual([
      'customers.satisfaction.attributes[1].performance',
    ]);
    const down = fixture('project-v7.json');
    down.customers.satisfaction.scale = { min: 5, max: 5 };
    const second = parseProject(down);
    expect(second.ok || second.errors.map((e) => e.path)).toContain('customers.satisfaction.scale.max');
  });

  it('refuses an RFM analysis with a score outside 1–5, an unknown segment or too many kept customers', () => {
    const v7 = fixture('project-v7.json');
    v7.customers.rfm.top[0].r = 6;
    v7.customers.rfm.segments[0].segment = 'whales';
    v7.customers.rfm.top = [
      ...v7.customers.rfm.top,
      ...Array.from({ length: LIMITS.rfmCustomersKept }, () => v7.customers.rfm.top[1]),
    ];
    const result = parseProject(v7);
    expect(result.ok || result.errors.map((e) => e.path)).toEqual([
      'customers.rfm.segments[0].segment',
      'customers.rfm.top',
    ]);
    const again = fixture('project-v7.json');
    again.customers.rfm.top[0].r = 6;
    const second = parseProject(again);
    expect(second.ok || second.errors.map((e) => e.path)).toEqual(['customers.rfm.top[0].r']);
  });

  it('refuses customer-value inputs out of range, with the path', () => {
    const v6 = fixture('project-v6.json');
    v6.customers.value.retentionRate = 1.5;
    v6.customers.value.periods = 0;
    const result = parseProject(v6);
    expect(result.ok || result.errors.map((e) => e.path)).toEqual([
      'customers.value.retentionRate',
      'customers.value.periods',
    ]);
  });

  it(`refuses more than ${LIMITS.contributorsPerIdea} givers on a driver, with the path`, () => {
    const v6 = fixture('project-v6.json');
    const giver = v6.forces.entrants[0].contributors[0];
    v6.forces.entrants[0].contributors = Array.from({ length: LIMITS.contributorsPerIdea + 1 }, () => giver);
    const result = parseProject(v6);
    expect(result.ok || result.errors.map((e) => e.path)).toEqual(['forces.entrants[0].contributors']);
  });

  it('refuses a contributor without a time and a workshop record of an unknown kind, with the path', () => {
    const v5 = fixture('project-v5.json');
    delete v5.swot.strengths[0].contributors[0].at;
    v5.workshop.records[1].kind = 'poll';
    const result = parseProject(v5);
    expect(result.ok || result.errors.map((e) => e.path)).toEqual([
      'swot.strengths[0].contributors[0].at',
      'workshop.records[1].kind',
    ]);
  });

  it('refuses a strategy score outside 1–5 and a price rating above 10, with the path', () => {
    const v4 = fixture('project-v4.json');
    v4.strategy.alternatives[0].scores.s1 = 7;
    v4.strategy.competitors[0].price = 11;
    const result = parseProject(v4);
    expect(result.ok || result.errors.map((e) => e.path)).toEqual([
      'strategy.alternatives[0].scores.s1',
      'strategy.competitors[0].price',
    ]);
  });

  it('refuses a scenario whose baseline is missing and a generic range that runs backwards', () => {
    const v3 = fixture('project-v3.json');
    v3.serviceModels[1].baselineId = 'gone';
    v3.serviceModels[2].range = { from: 0.9, to: 0.8 };
    const result = parseProject(v3);
    expect(result.ok || result.errors.map((e) => [e.path, e.code])).toEqual([
      ['serviceModels[1].baselineId', 'baselineUnknown'],
      ['serviceModels[2].range', 'rangeOrder'],
    ]);
  });

  it('reads both example projects shipped in public/examples', () => {
    for (const lang of ['en', 'zh-CN']) {
      const text = readFileSync(resolve('public/examples', `swift-express.${lang}.json`), 'utf8');
      expect(parseProjectText(text).ok).toBe(true);
    }
  });

  it('round-trips a new project through JSON unchanged', () => {
    const project = createBlankProject('Café & <script>"quotes"</script> 海底捞 🍲', now, 'abc');
    const result = parseProjectText(JSON.stringify(project));
    expect(result).toEqual({ ok: true, value: project });
  });

  it.each([
    ['non-object', 42, '(root)', /project object/],
    ['list', [], '(root)', /list/],
    ['missing version', { id: 'x' }, 'schemaVersion', /missing/],
    [
      'newer version',
      { ...createBlankProject('n', now, 'x'), schemaVersion: 99 },
      'schemaVersion',
      /newer version/,
    ],
    ['bad version', { schemaVersion: 'one' }, 'schemaVersion', /whole number/],
    ['weight above 1', withItem({ weight: 1.5 }), 'swot.strengths[0].weight', /at most 1/],
    ['rating of 7', withItem({ rating: 7 }), 'swot.strengths[0].rating', /at most 4/],
    ['fractional rating', withItem({ rating: 2.5 }), 'swot.strengths[0].rating', /whole number/],
    ['empty name', { ...createBlankProject('', now, 'x') }, 'name', /empty/],
  ])('refuses a %s with a path and a reason', (_label, input, path, message) => {
    const result = parseProject(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe(path);
      expect(result.errors[0]!.message).toMatch(message);
    }
  });

  it('tells a missing field from one of the wrong type, and gives each a code for translation', () => {
    const noName: Partial<ReturnType<typeof createBlankProject>> = createBlankProject('n', now, 'x');
    delete noName.name;
    const missing = parseProject(noName);
    expect(missing.ok || missing.errors[0]).toMatchObject({
      path: 'name',
      code: 'required',
      message: 'is missing',
    });
    const wrong = parseProject({ ...createBlankProject('n', now, 'x'), name: 42 });
    expect(wrong.ok || wrong.errors[0]).toMatchObject({
      path: 'name',
      code: 'wrongType',
      params: { expected: 'kind.text', found: 'kind.number' },
      message: 'must be a text, not a number',
    });
  });

  it('refuses links to missing items and to items of the wrong quadrant', () => {
    const project = withItem({});
    project.tows.SO.push({ id: 'st', text: 'x', links: ['ghost'], contributors: [] });
    project.tows.WT.push({ id: 'st2', text: 'y', links: ['i1'], contributors: [] });
    const result = parseProject(project);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.path)).toEqual(['tows.SO[0].links[0]', 'tows.WT[0].links[0]']);
      expect(result.errors[1]!.message).toBe(
        'points to an item of the strengths; WT strategies link weaknesses and threats',
      );
    }
  });

  it('refuses hostile content with a precise path', () => {
    const proto = JSON.parse(`{"schemaVersion":1,"swot":{"__proto__":{"polluted":true}}}`);
    const r1 = parseProject(proto);
    expect(r1.ok || r1.errors[0]).toMatchObject({
      path: 'swot.__proto__',
      message: expect.stringMatching(/reserved name/),
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const million = {
      ...createBlankProject('m', now, 'x'),
      swot: { strengths: new Array(1_000_000).fill(0) },
    };
    const r2 = parseProject(million);
    expect(r2.ok || r2.errors[0]!.path).toBe('swot.strengths');

    const huge = { ...createBlankProject('m', now, 'x'), name: 'x'.repeat(1_000_000) };
    const r3 = parseProject(huge);
    expect(r3.ok || r3.errors[0]).toMatchObject({
      path: 'name',
      message: expect.stringMatching(/1000000 characters/),
    });

    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i += 1) deep = [deep];
    const r4 = parseProject({ schemaVersion: 1, deep });
    expect(r4.ok).toBe(false);
  });

  it('refuses text that is not JSON or is over the file limit', () => {
    const notJson = parseProjectText('{"schemaVersion": 1,');
    expect(notJson.ok || notJson.errors[0]!.message).toMatch(/not valid JSON/);
    const big = parseProjectText(' '.repeat(LIMITS.fileBytes + 1));
    expect(big.ok || big.errors[0]!.message).toMatch(/project files are at most 30 MB/);
  });

  it('says "less than 1" for a bound that excludes itself, not "at most 1"', () => {
    const v4 = JSON.parse(readFileSync(resolve('test/fixtures/project-v4.json'), 'utf8'));
    v4.serviceModels[0].shrinkage = 1;
    const parsed = parseProject(v4);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors[0]).toMatchObject({
        path: 'serviceModels[0].shrinkage',
        code: 'numberNotBelow',
        message: 'must be less than 1',
      });
  });

  it('refuses a project over the size limit as stored, on load as on save', () => {
    const project = createBlankProject('Big', '2026-12-01T10:00:00.000Z', 'big');
    // 1,000 drivers, each with a note of 5,000 CJK characters (3 bytes each in UTF-8): 15 MB.
    const note = '长'.repeat(LIMITS.noteChars);
    const drivers = (force: string) =>
      Array.from({ length: LIMITS.driversPerForce }, (_, i) => ({
        id: `${force}-${i}`,
        text: 'd',
        note,
        now: null,
        future: null,
      }));
    const huge = {
      ...project,
      forces: Object.fromEntries(
        Object.keys(project.forces).map((f) => [f, drivers(f)]),
      ) as Project['forces'],
    };
    expect(projectBytes(huge)).toBeGreaterThan(15_000_000);
    const parsed = parseProject(huge);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]).toMatchObject({ path: '(root)', code: 'projectTooBig' });
    // UTF-8 bytes, as a file holds them: a CJK character is 3 bytes, an emoji (a surrogate pair) 4.
    expect(projectBytes({ ...project, name: '长😀' }) - projectBytes({ ...project, name: '' })).toBe(7);
    // Exactly what TextEncoder writes, a lone surrogate (written as U+FFFD, 3 bytes) included.
    for (const name of ['a\ud800b', '\udc00', 'é😀\ud83d', '海底捞 🍲'])
      expect(projectBytes({ ...project, name })).toBe(
        new TextEncoder().encode(JSON.stringify({ ...project, name })).length,
      );
  });

  it('never throws, and every error has a path and a message (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = parseProject(value);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) {
            expect(typeof e.path).toBe('string');
            expect(e.message.length).toBeGreaterThan(0);
            expect(e.message).not.toMatch(/\{\{/);
            expect(Object.keys(PROBLEM_TEMPLATES)).toContain(e.code);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on mutations of a valid project (property)', () => {
    const base = fixture('project-v1.json');
    fc.assert(
      fc.property(
        fc.constantFrom('name', 'schemaVersion', 'swot', 'tows', 'createdAt', 'id'),
        fc.jsonValue({ maxDepth: 3 }),
        (key, value) => {
          const result = parseProject({ ...base, [key]: value });
          if (!result.ok) expect(result.errors[0]!.path.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts any text typed into an item and returns it unchanged (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 1000, unit: 'grapheme' }), (text) => {
        const project = withItem({ text });
        const result = parseProjectText(JSON.stringify(project));
        expect(result.ok && result.value.swot.strengths[0]!.text).toBe(text);
      }),
    );
  });
});

function withItem(patch: Record<string, unknown>) {
  const project = createBlankProject('p', now, 'p');
  project.swot.strengths.push({
    id: 'i1',
    text: 'item',
    note: '',
    weight: null,
    rating: null,
    ...patch,
  } as never);
  return project;
}
