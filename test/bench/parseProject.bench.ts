import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bench, describe } from 'vitest';
import { parseProject } from '../../src/domain/project/parseProject';
import { projectSchema } from '../../src/domain/project/schema';

const example = JSON.parse(readFileSync(resolve('public/examples/swift-express.en.json'), 'utf8'));
const hostile = {
  ...example,
  swot: { ...example.swot, strengths: new Array(1_000_000).fill({ id: 'x', text: 'y' }) },
};

// The naive way is the schema alone; parseProject adds the structural guard, migrations and reference checks.
describe('load the example project', () => {
  bench('parseProject (guard + migrate + schema + references)', () => {
    parseProject(example);
  });
  bench('schema only (naive)', () => {
    projectSchema.safeParse(example);
  });
});

describe('refuse a file with a million items', () => {
  bench('parseProject (structural guard stops at the list length)', () => {
    parseProject(hostile);
  });
  bench(
    'schema only (naive: validates every item first)',
    () => {
      projectSchema.safeParse(hostile);
    },
    { iterations: 3 },
  );
});
