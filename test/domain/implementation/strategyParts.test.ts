import { describe, expect, it } from 'vitest';
import { STRATEGY_PARTS, strategyParts } from '../../../src/domain/implementation/strategyParts';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { example } from '../../views/example';

const keys = (items: Array<{ key: string }>) => items.map((i) => i.key);

describe('the service strategy in the course’s six parts', () => {
  it('assembles the example under the six parts; only its call centres below target are missing', () => {
    const parts = strategyParts(example());
    expect(parts.map((p) => p.part)).toEqual([...STRATEGY_PARTS]);
    const byPart = Object.fromEntries(parts.map((p) => [p.part, p]));
    expect(keys(byPart.philosophy!.facts)).toEqual(['philosophy', 'chosen', 'statement']);
    expect(keys(byPart.needs!.facts)).toEqual(['segments', 'rfm', 'expectations']);
    expect(keys(byPart.staff!.facts)).toEqual(['agents', 'agents', 'staffActions', 'owners']);
    expect(byPart.staff!.facts[0]!.values).toEqual({
      name: 'Customer hotline (2,200 calls a day, around the clock)',
      agents: 9,
    });
    // The example's complaints: 412 of 873 are late deliveries (47.2%); three causes give 80.3%.
    const complaints = byPart.quality!.facts.find((f) => f.key === 'complaints')!;
    expect(complaints.values).toMatchObject({ total: 873, cause: 'Late delivery', vital: 3 });
    expect(complaints.values!.share).toBeCloseTo((412 / 873) * 100, 9);
    expect(parts.flatMap((p) => keys(p.missing))).toEqual(['standardsShort']);
  });

  it('a blank project lacks something in every part, each with the page where it is made', () => {
    const parts = strategyParts(createBlankProject('New', '2026-12-04T10:00:00.000Z'));
    expect(parts.map((p) => p.missing.map((m) => `${m.key}@${m.page}`))).toEqual([
      ['philosophy@summary', 'chosen@strategy'],
      ['segments@customers', 'expectations@customers'],
      ['standards@objectives', 'models@service'],
      ['staffActions@plan'],
      ['recovery@plan', 'complaints@plan'],
      ['csi@customers', 'objectives@objectives'],
    ]);
  });

  it('a staff action is one pulling the training or the human-element lever', () => {
    const p = example();
    p.implementation.actions = p.implementation.actions.map((a) => ({ ...a, lever: null }));
    const staff = strategyParts(p)[3]!;
    expect(keys(staff.missing)).toEqual(['staffActions']);
    p.implementation.actions[0]!.lever = 'reduceHumanElement';
    expect(keys(strategyParts(p)[3]!.missing)).toEqual([]);
  });
});
