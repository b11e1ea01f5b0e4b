import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CUSTOMER_VALUE } from '../../../src/domain/project/customerSchema';
import { migrate, MIGRATIONS, type Migration } from '../../../src/domain/project/migrations';

// Two made-up steps stand in for future releases, to test the machinery before a v2 exists.
const steps: Migration[] = [
  { name: 'v1-to-v2-rename-title', from: 1, up: ({ title, ...rest }) => ({ ...rest, name: title }) },
  { name: 'v2-to-v3-add-notes', from: 2, up: (doc) => ({ ...doc, notes: [] }) },
];

describe('migrate', () => {
  it('has released migrations that are named and strictly ordered', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.name).toMatch(/^v\d+-to-v\d+-/);
      expect(m.from).toBe(i + 1);
    });
  });

  it('runs every step in order from the file version to the target', () => {
    const result = migrate({ schemaVersion: 1, title: 'Old' }, steps, 3);
    expect(result).toEqual({ ok: true, value: { schemaVersion: 3, name: 'Old', notes: [] } });
  });

  it('starts from the file version, skipping steps already applied', () => {
    const result = migrate({ schemaVersion: 2, name: 'Mid' }, steps, 3);
    expect(result).toEqual({ ok: true, value: { schemaVersion: 3, name: 'Mid', notes: [] } });
  });

  it('refuses files from a newer version and reports a gap in the steps', () => {
    const newer = migrate({ schemaVersion: 4 }, steps, 3);
    expect(newer.ok || newer.errors[0]!.message).toMatch(/newer version/);
    const gap = migrate({ schemaVersion: 1 }, [steps[1]!], 3);
    expect(gap.ok || gap.errors[0]!.message).toMatch(/no migration from 1 to 2/);
  });

  it('always ends at the target version or fails with a path (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -3, max: 6 }), fc.jsonValue()), (version) => {
        const result = migrate({ schemaVersion: version, title: 't' }, steps, 3);
        if (result.ok) expect(result.value.schemaVersion).toBe(3);
        else expect(result.errors[0]!.path).toBe('schemaVersion');
      }),
    );
  });
});

describe('released migrations', () => {
  it('v1 → v2 keeps everything and adds empty five forces, PEST(EL) and item sources', async () => {
    const { readFileSync } = await import('node:fs');
    const v1 = JSON.parse(readFileSync('test/fixtures/project-v1.json', 'utf8'));
    const result = migrate(v1, MIGRATIONS, 2);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const v2 = result.value as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(v2.schemaVersion).toBe(2);
    expect(v2.tows).toEqual(v1.tows);
    expect(v2.swot.strengths[0]).toEqual({ ...v1.swot.strengths[0], source: null });
    expect(v2.forces).toEqual({ entrants: [], suppliers: [], buyers: [], substitutes: [], rivalry: [] });
    expect(v2.pestel).toEqual([]);
  });
});

describe('v2 → v3', () => {
  it('keeps everything and adds an empty list of service models', async () => {
    const { readFileSync } = await import('node:fs');
    const v2 = JSON.parse(readFileSync('test/fixtures/project-v2.json', 'utf8'));
    const result = migrate(v2, MIGRATIONS, 3);
    expect(result).toEqual({ ok: true, value: { ...v2, schemaVersion: 3, serviceModels: [] } });
  });
});

describe('v3 → v4', () => {
  it('keeps everything and adds the four generic strategies as alternatives, with their levers', async () => {
    const { readFileSync } = await import('node:fs');
    const v3 = JSON.parse(readFileSync('test/fixtures/project-v3.json', 'utf8'));
    const result = migrate(v3, MIGRATIONS, 4);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { strategy, ...rest } = result.value as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(rest).toEqual({ ...v3, schemaVersion: 4 });
    expect(strategy.alternatives.map((a: { kind: string }) => a.kind)).toEqual([
      'costLeadership',
      'differentiation',
      'costFocus',
      'differentiationFocus',
    ]);
    expect(strategy.alternatives[0].levers.map((l: { key: string }) => l.key)).toContain(
      'reduceHumanElement',
    );
    expect(strategy.alternatives[1].levers.map((l: { key: string }) => l.key)).toContain(
      'tangibleIntangible',
    );
    expect(strategy.alternatives.every((a: { scores: object }) => Object.keys(a.scores).length === 0)).toBe(
      true,
    );
  });
});

describe('v4 → v5', () => {
  it('keeps everything, gives every SWOT item no contributors and the project an empty workshop record', async () => {
    const { readFileSync } = await import('node:fs');
    const v4 = JSON.parse(readFileSync('test/fixtures/project-v4.json', 'utf8'));
    const result = migrate(v4, MIGRATIONS, 5);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { swot, workshop, ...rest } = result.value as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const { swot: oldSwot, ...oldRest } = v4;
    expect(rest).toEqual({ ...oldRest, schemaVersion: 5 });
    expect(workshop).toEqual({ records: [] });
    for (const q of Object.keys(oldSwot))
      expect(swot[q]).toEqual(oldSwot[q].map((item: object) => ({ ...item, contributors: [] })));
  });
});

describe('v5 → v6', () => {
  it('keeps everything, gives every PEST(EL) factor, driver, TOWS strategy and value factor no contributors, and the course’s customer value', async () => {
    const { readFileSync } = await import('node:fs');
    const v5 = JSON.parse(readFileSync('test/fixtures/project-v5.json', 'utf8'));
    const result = migrate(v5, MIGRATIONS, 6);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const none = (list: object[]) => list.map((item) => ({ ...item, contributors: [] }));
    const each = (group: Record<string, object[]>) =>
      Object.fromEntries(Object.entries(group).map(([k, list]) => [k, none(list)]));
    expect(result.value).toEqual({
      ...v5,
      schemaVersion: 6,
      pestel: none(v5.pestel),
      forces: each(v5.forces),
      tows: each(v5.tows),
      strategy: { ...v5.strategy, valueFactors: none(v5.strategy.valueFactors) },
      customers: {
        value: { ...DEFAULT_CUSTOMER_VALUE },
        segments: [],
        abc: {
          a: 0.8,
          b: 0.95,
          tiers: { A: 'high', B: 'medium', C: 'low' },
          service: {
            A: { modelId: null, periodsPerYear: 1 },
            B: { modelId: null, periodsPerYear: 1 },
            C: { modelId: null, periodsPerYear: 1 },
          },
        },
        rfm: null,
        satisfaction: { scale: { min: 1, max: 5 }, attributes: [] },
        lifecycle: { potential: 0, target: 0, prospective: 0, transacting: 0, loyal: 0 },
        frequency: {
          heavy: { customers: 0, visitsPerYear: 0 },
          medium: { customers: 0, visitsPerYear: 0 },
          light: { customers: 0, visitsPerYear: 0 },
        },
      },
    });
  });

  it('leaves a malformed list for the schema to report', () => {
    const result = migrate({ schemaVersion: 5, pestel: 'none', forces: null, tows: { SO: 3 }, strategy: {} });
    expect(result.ok && result.value).toMatchObject({ pestel: 'none', forces: {}, tows: { SO: 3 } });
  });
});

describe('v6 → v7', () => {
  it('keeps everything and gives the customers no RFM analysis yet', async () => {
    const { readFileSync } = await import('node:fs');
    const v6 = JSON.parse(readFileSync('test/fixtures/project-v6.json', 'utf8'));
    const result = migrate(v6, MIGRATIONS, 7);
    expect(result.ok || result.errors).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({
      ...v6,
      schemaVersion: 7,
      customers: { ...v6.customers, rfm: null, satisfaction: { scale: { min: 1, max: 5 }, attributes: [] } },
    });
  });
});

describe('v7 → v8', () => {
  it('keeps everything, serves no class by a model yet, links no call centre to a customer value, counts no funnel', async () => {
    const { readFileSync } = await import('node:fs');
    const v7 = JSON.parse(readFileSync('test/fixtures/project-v7.json', 'utf8'));
    const result = migrate(v7, MIGRATIONS, 8);
    expect(result.ok || result.errors).toBe(true);
    if (!result.ok) return;
    const none = { modelId: null, periodsPerYear: 1 };
    expect(result.value).toEqual({
      ...v7,
      schemaVersion: 8,
      customers: {
        ...v7.customers,
        abc: { ...v7.customers.abc, service: { A: none, B: none, C: none } },
        lifecycle: { potential: 0, target: 0, prospective: 0, transacting: 0, loyal: 0 },
        frequency: {
          heavy: { customers: 0, visitsPerYear: 0 },
          medium: { customers: 0, visitsPerYear: 0 },
          light: { customers: 0, visitsPerYear: 0 },
        },
      },
      serviceModels: v7.serviceModels.map((m: { kind: string }) =>
        m.kind === 'callCentre' ? { ...m, valueLink: null } : m,
      ),
    });
  });
});
