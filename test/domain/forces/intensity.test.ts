import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDriver, deleteDriver, updateDriver } from '../../../src/domain/forces/edit';
import {
  forceIntensity,
  industryAttractiveness,
  summariseForces,
} from '../../../src/domain/forces/intensity';
import { createBlankProject } from '../../../src/domain/project/defaults';
import type { ForceDriver } from '../../../src/domain/project/types';
import { sendToSwot, sourceKey, sourceUses } from '../../../src/domain/swot/sources';

const driver = (now: number | null, future: number | null = null): ForceDriver => ({
  id: 'd',
  text: 'd',
  note: '',
  now,
  future,
  group: null,
  contributors: [],
});

describe('five forces', () => {
  it('a force is the mean of its rated drivers; unrated ones are left out', () => {
    expect(forceIntensity([driver(4), driver(2), driver(null)], 'now')).toBe(3);
    expect(forceIntensity([driver(4, 5), driver(2, 5)], 'future')).toBe(5);
    expect(forceIntensity([driver(null)], 'now')).toBeNull();
    expect(forceIntensity([], 'now')).toBeNull();
  });

  it('attractiveness is 6 − the mean force: all forces at 5 → 1, all at 1 → 5', () => {
    expect(industryAttractiveness([5, 5, 5, 5, 5])).toBe(1);
    expect(industryAttractiveness([1, 1, 1, 1, 1])).toBe(5);
    expect(industryAttractiveness([4, 2, null, 3, 3])).toBe(3);
    expect(industryAttractiveness([null, null])).toBeNull();
  });

  it('stays within 1–5 and falls when a force grows stronger (property)', () => {
    const rating = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(rating, { minLength: 5, maxLength: 5 }), fc.nat(4), (forces, pick) => {
        const a = industryAttractiveness(forces)!;
        expect(a).toBeGreaterThanOrEqual(1);
        expect(a).toBeLessThanOrEqual(5);
        if (forces[pick]! < 5) {
          const stronger = forces.map((f, i) => (i === pick ? f + 1 : f));
          expect(industryAttractiveness(stronger)!).toBeLessThan(a);
        }
      }),
    );
  });

  it('summarises every force now and in three years', () => {
    let p = createBlankProject('f', '2026-11-25T10:00:00.000Z');
    p = addDriver(p, 'rivalry', 'Price war', 'r1');
    p = updateDriver(p, 'rivalry', 'r1', { now: 5, future: 4 });
    p = addDriver(p, 'buyers', 'Platforms', 'b1');
    p = updateDriver(p, 'buyers', 'b1', { now: 3 });
    const summary = summariseForces(p.forces);
    expect(summary.byForce.rivalry).toEqual({ now: 5, future: 4, rated: 1, drivers: 1 });
    expect(summary.byForce.entrants.now).toBeNull();
    expect(summary.attractiveness).toEqual({ now: 2, future: 2 });
  });

  it('a driver sent to the SWOT is linked both ways; deleting the driver keeps the item, unlinked', () => {
    let p = createBlankProject('f', '2026-11-25T10:00:00.000Z');
    p = addDriver(p, 'substitutes', 'Messaging apps replace calls', 's1');
    p = sendToSwot(p, { kind: 'force', id: 's1' }, 'Messaging apps replace calls', 'threats', 't1');
    expect(p.swot.threats[0]).toMatchObject({ id: 't1', source: { kind: 'force', id: 's1' } });
    expect(sourceUses(p.swot).get(sourceKey({ kind: 'force', id: 's1' }))).toEqual(['T1']);
    p = deleteDriver(p, 'substitutes', 's1');
    expect(p.forces.substitutes).toEqual([]);
    expect(p.swot.threats[0]).toMatchObject({ id: 't1', text: 'Messaging apps replace calls', source: null });
  });
});
