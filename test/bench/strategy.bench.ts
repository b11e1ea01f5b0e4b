import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { parseProject } from '../../src/domain/project/parseProject';
import { scoringView } from '../../src/domain/strategy/analysis';
import { monteCarloFirst } from '../../src/domain/strategy/monteCarlo';

// Every edit on the strategy page recomputes the scoring view and the Monte Carlo: both must stay well
// under a frame (16 ms) for the example (17 scored factors, 4 alternatives).
const parsed = parseProject(JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8')));
if (!parsed.ok) throw new Error('example does not parse');
const project = parsed.value;
const view = scoringView(project);

describe('strategy page recompute (example project)', () => {
  bench('scoring view: QSPM, TAS table, flip weights of every factor', () => {
    scoringView(project);
  });
  bench('Monte Carlo, 2,000 runs', () => {
    monteCarloFirst({ weights: view.counted.weights, scores: view.counted.scores, seed: 2026, runs: 2000 });
  });
});
