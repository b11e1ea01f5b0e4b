import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../src/domain/project/parseProject';
import type { Project } from '../../src/domain/project/types';
import { cpmScores, valueCanvas } from '../../src/views/names';
import { en } from '../../src/i18n/en';

function t(key: string): string {
  const value = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], en);
  return typeof value === 'string' ? value : key;
}

function example(): Project {
  const parsed = parseProject(JSON.parse(readFileSync('public/examples/swift-express.en.json', 'utf8')));
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.value;
}

const withCompetitorName = (project: Project, name: string): Project => ({
  ...project,
  strategy: {
    ...project.strategy,
    competitors: project.strategy.competitors.map((c, i) => (i === 0 ? { ...c, name } : c)),
  },
});

describe('the CPM as every view shows it', () => {
  it('puts the firm first and totals weight × rating per player', () => {
    const project = example();
    const { players, totals } = cpmScores(project, t);
    expect(players.map((p) => p.id)).toEqual(['firm', 'c-franchise', 'c-platform', 'c-post']);
    for (const p of players) {
      const expected = project.strategy.cpm.reduce((s, f) => s + (f.weight ?? 0) * (f.ratings[p.id] ?? 0), 0);
      expect(totals[p.id]).toBeCloseTo(expected, 10);
    }
  });

  it('names a competitor left unnamed, as the page does', () => {
    const { players } = cpmScores(withCompetitorName(example(), '  '), t);
    expect(players[1]!.name).toBe(en.positioning.newCompetitor);
  });
});

describe('the strategy canvas as every view shows it', () => {
  it('compares today with the chosen alternative, competitors dashed', () => {
    const { alternative, curves, grid } = valueCanvas(example(), t);
    expect(alternative?.id).toBe('alt-differentiation');
    expect(curves.map((c) => [c.id, c.dashed])).toEqual([
      ['firm', false],
      ['alt-differentiation', false],
      ['c-franchise', true],
      ['c-platform', true],
      ['c-post', true],
    ]);
    // The ERRC grid runs from today to that alternative: each changed factor in exactly one cell.
    const placed = Object.values(grid!).flat();
    expect(placed.length).toBeGreaterThan(0);
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('takes the alternative asked for, and leaves out a curve with no level', () => {
    const project = example();
    const bare: Project = {
      ...project,
      strategy: {
        ...project.strategy,
        competitors: project.strategy.competitors.map((c, i) => (i === 2 ? { ...c, valueCurve: {} } : c)),
      },
    };
    const { alternative, curves } = valueCanvas(bare, t, 'alt-costFocus');
    expect(alternative?.id).toBe('alt-costFocus');
    expect(curves.map((c) => c.id)).not.toContain('c-post');
  });
});
