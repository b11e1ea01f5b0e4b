import { describe, expect, it } from 'vitest';
import { newModel } from '../../../src/domain/service-cost/edit';
import { evaluateModel } from '../../../src/domain/service-cost/models';

describe('a new call centre starts from the textbook case, not the example', () => {
  it('100 calls per 30 minutes, 3-minute calls, 80% within 20 s, 85% occupancy at most: 14 agents, 20 after 30% shrinkage', () => {
    // pyworkforce README (Erlang C example): transactions=100, aht=3 min, interval=30 min, asa=20 s,
    // service level 0.8, shrinkage 0.3, max occupancy 0.85 → raw positions 14, positions 20.
    const model = newModel('callCentre', 'New call centre', 'id');
    const result = evaluateModel(model);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.callCentre).toMatchObject({
      trafficErlangs: 10,
      requiredAgents: 14,
      scheduledAgents: 20,
    });
    // Today's agents are the fewest that meet the target: the chart opens at a point that works.
    expect(model.kind === 'callCentre' && model.agents).toBe(14);
  });
});
