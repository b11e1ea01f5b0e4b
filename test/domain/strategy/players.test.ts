import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../../src/domain/project/defaults';
import {
  addEntry,
  newPlayer,
  updateAlternative,
  updateEntry,
  updateFirm,
} from '../../../src/domain/strategy/edit';
import { placePlayers } from '../../../src/domain/strategy/players';

const names = { firm: 'Us', competitor: 'Competitor', alternative: (a: { kind: string }) => a.kind };

describe('placePlayers', () => {
  it('places the firm, alternatives and competitors rated on both scales, and names the ones still missing one', () => {
    let p = createBlankProject('P', '2026-11-25T10:00:00.000Z', 'p');
    p = updateFirm(p, { price: 8, quality: 8, share: 18 });
    p = updateAlternative(p, 'alt-differentiation', { price: 9, quality: 9 });
    p = updateAlternative(p, 'alt-costFocus', { price: 3 });
    p = addEntry(p, 'competitors', newPlayer('', 'c1'));
    p = updateEntry(p, 'competitors', 'c1', { price: 3, quality: 4, share: 22 });
    const { placed, unplaced } = placePlayers(p, names);
    expect(placed.map((x) => [x.name, x.kind, x.price, x.quality, x.share])).toEqual([
      ['Us', 'firm', 8, 8, 18],
      ['differentiation', 'alternative', 9, 9, null],
      ['Competitor', 'competitor', 3, 4, 22],
    ]);
    expect(unplaced).toEqual(['costLeadership', 'costFocus', 'differentiationFocus']);
  });
});
