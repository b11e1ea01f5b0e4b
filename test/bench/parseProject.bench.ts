import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bench, describe } from 'vitest';
import { parseProject } from '../../src/domain/project/parseProject';
import { projectSchema } from '../../src/domain/project/schema';
import { maximalProject } from '../domain/project/maximalProject';

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

// Autosave checks every project as it would be loaded again (issue 11). At the counts the schema allows
// (800 SWOT items, 400 TOWS strategies linking 400 items each, 1,000 drivers, …) that check is the cost
// to move into a worker (issue 13).
const maximal = maximalProject();
describe('check a project at every count limit before saving', () => {
  bench('parseProject (maximal project)', () => {
    parseProject(maximal);
  });
});
