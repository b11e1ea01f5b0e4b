import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { addDriver } from '../../../src/domain/forces/edit';
import { brainstormActivity } from '../../../src/domain/workshop/activity';
import { addIdeasToCanvas } from '../../../src/domain/workshop/canvas';

const blank = () => createBlankProject('C', '2026-12-03T10:00:00.000Z', 'p');

describe('ideas into the other canvases', () => {
  it('gives each canvas its own slots', () => {
    expect(brainstormActivity('a', 'Q', 'pestel').slots).toContain('technological');
    expect(brainstormActivity('a', 'Q', 'forces').slots).toEqual([
      'entrants',
      'suppliers',
      'buyers',
      'substitutes',
      'rivalry',
    ]);
    expect(brainstormActivity('a', 'Q').slots).toEqual([
      'strengths',
      'weaknesses',
      'opportunities',
      'threats',
    ]);
  });

  it('adds PEST(EL) factors in their categories, each text once, and ignores unknown slots', () => {
    const p = addIdeasToCanvas(blank(), 'pestel', [
      { slot: 'economic', text: 'Fuel prices rise' },
      { slot: 'economic', text: 'fuel prices rise!' },
      { slot: 'legal', text: 'Fuel prices rise' },
      { slot: 'strengths', text: 'Not a category' },
    ]);
    expect(p.pestel.map((f) => [f.category, f.text])).toEqual([
      ['economic', 'Fuel prices rise'],
      ['legal', 'Fuel prices rise'],
    ]);
  });

  it('adds drivers, TOWS strategies and value factors, skipping what is there already', () => {
    const withDriver = addDriver(blank(), 'buyers', 'Platforms concentrate volume');
    const p = addIdeasToCanvas(withDriver, 'forces', [
      { slot: 'buyers', text: 'platforms concentrate  volume' },
      { slot: 'rivalry', text: 'Price war' },
    ]);
    expect(p.forces.buyers.map((d) => d.text)).toEqual(['Platforms concentrate volume']);
    expect(p.forces.rivalry.map((d) => d.text)).toEqual(['Price war']);
    expect(
      addIdeasToCanvas(blank(), 'tows', [{ slot: 'WO', text: 'Partner in rural areas' }]).tows.WO,
    ).toHaveLength(1);
    const v = addIdeasToCanvas(blank(), 'value', [
      { slot: 'value', text: 'Speed' },
      { slot: 'value', text: 'speed' },
    ]);
    expect(v.strategy.valueFactors.map((f) => f.name)).toEqual(['Speed']);
    // Nothing new: the same project comes back (so the facilitator's screen marks them as added).
    expect(addIdeasToCanvas(v, 'value', [{ slot: 'value', text: 'SPEED' }])).toBe(v);
  });
});
