import { defaultImplementation } from './implementationSchema';
import {
  defaultAbcService,
  defaultCustomers,
  defaultFrequency,
  defaultLifecycle,
  defaultSatisfaction,
} from './customerSchema';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { defaultStrategy } from './strategyDefaults';
import { problem, type ProblemCode, type ProblemParams } from './problems';
import type { Problem, Result } from './result';

export type JsonObject = Record<string, unknown>;

/** One step that turns a document of schema `from` into schema `from + 1`. */
export interface Migration {
  name: string;
  from: number;
  up: (doc: JsonObject) => JsonObject;
}

const asObject = (value: unknown): JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : {};

/**
 * The released migrations, in order; each has a saved project of its source version in test/fixtures.
 * Migrations touch only what they add: anything malformed is left for the schema to report.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    // Schema 2 (environment analysis): five forces, PEST(EL) factors, and the source of a SWOT item.
    name: 'v1-to-v2-add-forces-pestel',
    from: 1,
    up: (doc) => {
      const swot = asObject(doc.swot);
      const withSource = (list: unknown) =>
        Array.isArray(list) ? list.map((item) => ({ source: null, ...asObject(item) })) : list;
      return {
        ...doc,
        swot: Object.fromEntries(Object.entries(swot).map(([q, list]) => [q, withSource(list)])),
        forces: { entrants: [], suppliers: [], buyers: [], substitutes: [], rivalry: [] },
        pestel: [],
      };
    },
  },
  {
    // Schema 3 (service level vs cost): models and their scenarios.
    name: 'v2-to-v3-add-service-models',
    from: 2,
    up: (doc) => ({ ...doc, serviceModels: [] }),
  },
  {
    // Schema 4 (strategy choice): the four generic strategies as alternatives, nothing scored yet.
    name: 'v3-to-v4-add-strategy',
    from: 3,
    up: (doc) => ({ ...doc, strategy: defaultStrategy() }),
  },
  {
    // Schema 5 (workshops): who gave each SWOT item, and the record of the workshop's activities.
    name: 'v4-to-v5-add-workshop',
    from: 4,
    up: (doc) => {
      const swot = asObject(doc.swot);
      const withContributors = (list: unknown) =>
        Array.isArray(list) ? list.map((item) => ({ contributors: [], ...asObject(item) })) : list;
      return {
        ...doc,
        swot: Object.fromEntries(Object.entries(swot).map(([q, list]) => [q, withContributors(list)])),
        workshop: { records: [] },
      };
    },
  },
  {
    // Schema 6 (workshops on every canvas, customers): who gave each PEST(EL) factor, driver, TOWS strategy and
    // value factor; the course's customer-value inputs.
    name: 'v5-to-v6-add-idea-contributors',
    from: 5,
    up: (doc) => {
      const withContributors = (list: unknown) =>
        Array.isArray(list) ? list.map((item) => ({ contributors: [], ...asObject(item) })) : list;
      const eachList = (group: unknown) =>
        Object.fromEntries(Object.entries(asObject(group)).map(([k, list]) => [k, withContributors(list)]));
      const strategy = asObject(doc.strategy);
      return {
        ...doc,
        pestel: withContributors(doc.pestel),
        forces: eachList(doc.forces),
        tows: eachList(doc.tows),
        strategy: { ...strategy, valueFactors: withContributors(strategy.valueFactors) },
        customers: defaultCustomers(),
      };
    },
  },
  {
    // Schema 7 (customer data): the analysis of an RFM import, none yet; an empty satisfaction survey.
    name: 'v6-to-v7-add-rfm-satisfaction',
    from: 6,
    up: (doc) => ({
      ...doc,
      customers: { ...asObject(doc.customers), rfm: null, satisfaction: defaultSatisfaction() },
    }),
  },
  {
    // Schema 8 (tiers served by models, the funnel): no class points to a service-level model yet, no call
    // centre's value of a call answered in time comes from a customer's value, no customers counted in the
    // five-level funnel or the heavy / medium / light segments.
    name: 'v7-to-v8-add-tier-service-value-links',
    from: 7,
    up: (doc) => {
      const customers = asObject(doc.customers);
      const models = Array.isArray(doc.serviceModels)
        ? doc.serviceModels.map((m) => {
            const model = asObject(m);
            return model.kind === 'callCentre' ? { valueLink: null, ...model } : m;
          })
        : doc.serviceModels;
      return {
        ...doc,
        customers: {
          lifecycle: defaultLifecycle(),
          frequency: defaultFrequency(),
          ...customers,
          abc: { service: defaultAbcService(), ...asObject(customers.abc) },
        },
        serviceModels: models,
      };
    },
  },
  {
    // Schema 9 (the course's steps): no strategic objectives or service standards yet.
    name: 'v8-to-v9-add-objectives',
    from: 8,
    up: (doc) => ({ objectives: { objectives: [], standards: [] }, ...doc }),
  },
  {
    // Schema 10 (the course's last step): no service philosophy, implementation plan or service recovery yet.
    name: 'v9-to-v10-add-implementation',
    from: 9,
    up: (doc) => ({ implementation: defaultImplementation(), ...doc }),
  },
];

/** Reads `schemaVersion` and runs each migration from it up to `target`; refuses newer or unknown versions. */
export function migrate(
  doc: JsonObject,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): Result<JsonObject> {
  const version = doc.schemaVersion;
  const fail = (code: ProblemCode, params: ProblemParams = {}): { ok: false; errors: Problem[] } => ({
    ok: false,
    errors: [problem('schemaVersion', code, params)],
  });
  if (version === undefined) return fail('versionMissing');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('versionInvalid', { found: JSON.stringify(version) ?? String(version) });
  if (version > target) return fail('versionNewer', { found: version, supported: target });
  let current = doc;
  for (let v = version; v < target; v += 1) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return fail('migrationMissing', { found: version, from: v, to: v + 1 });
    current = { ...step.up(current), schemaVersion: v + 1 };
  }
  return { ok: true, value: current };
}
