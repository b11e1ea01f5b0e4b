import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/project/limits';
import { parseProject } from '../../src/domain/project/parseProject';
import { atLimitsProject } from './atLimitsProject.mjs';

const example: unknown = JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8'));

describe('the benchmark project at the schema limits', () => {
  it('loads, and holds the most of everything the schema allows', () => {
    const parsed = parseProject(atLimitsProject(example, LIMITS));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
    const p = parsed.value;
    for (const quadrant of ['strengths', 'weaknesses', 'opportunities', 'threats'] as const)
      expect(p.swot[quadrant]).toHaveLength(LIMITS.itemsPerQuadrant);
    for (const cell of ['SO', 'ST', 'WO', 'WT'] as const)
      expect(p.tows[cell]).toHaveLength(LIMITS.strategiesPerCell);
    for (const force of ['entrants', 'suppliers', 'buyers', 'substitutes', 'rivalry'] as const)
      expect(p.forces[force]).toHaveLength(LIMITS.driversPerForce);
    expect(p.pestel).toHaveLength(LIMITS.pestelFactors);
    expect(p.serviceModels).toHaveLength(LIMITS.serviceModels);
    const s = p.strategy;
    expect(s.alternatives).toHaveLength(LIMITS.alternatives);
    expect(Object.keys(s.alternatives[0]!.scores)).toHaveLength(4 * LIMITS.itemsPerQuadrant);
    expect(s.criteria).toHaveLength(LIMITS.criteria);
    expect(Object.keys(s.ahp)).toHaveLength((LIMITS.criteria * (LIMITS.criteria - 1)) / 2);
    expect(s.competitors).toHaveLength(LIMITS.competitors);
    expect(s.valueFactors).toHaveLength(LIMITS.valueFactors);
    expect(s.cpm).toHaveLength(LIMITS.cpmFactors);
  });
});
