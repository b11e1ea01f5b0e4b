import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { satisfactionIndex } from '../../../src/domain/customers/satisfaction';
import { linkedReading } from '../../../src/domain/objectives/objectives';
import { parseProject } from '../../../src/domain/project/parseProject';
import { callCentre } from '../../../src/domain/service-cost/erlang';

const v9 = () => {
  const result = parseProject(JSON.parse(readFileSync('test/fixtures/project-v9.json', 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe('a service standard read from its source', () => {
  it('takes a call centre’s answer target from the model and today’s level from its agents (Erlang C)', () => {
    const p = v9();
    const model = p.serviceModels.find((m) => m.id === 'm-call')!;
    if (model.kind !== 'callCentre') throw new Error('not a call centre');
    const reading = linkedReading(p.objectives.standards[0]!, p);
    expect(reading).toMatchObject({
      ok: true,
      source: 'model',
      share: model.serviceLevelTarget,
      seconds: model.targetAnswerSec,
    });
    const expected = callCentre({
      callsPerInterval: model.callsPerInterval,
      intervalSec: model.intervalSec,
      handleTimeSec: model.handleTimeSec,
      agents: model.agents,
      targetAnswerSec: model.targetAnswerSec,
    }).serviceLevel;
    if (!reading?.ok || reading.source !== 'model') throw new Error('no reading');
    expect(reading.today).toBeCloseTo(expected, 9);
    expect(reading.meets).toBe(expected >= model.serviceLevelTarget);
  });

  it('takes today’s CSI from the survey, and says when the model is gone', () => {
    const p = v9();
    const { attributes, scale } = p.customers.satisfaction;
    expect(linkedReading(p.objectives.standards[1]!, p)).toEqual({
      ok: true,
      source: 'satisfaction',
      today: satisfactionIndex(attributes, scale),
    });
    expect(linkedReading(p.objectives.standards[2]!, p)).toBeNull();
    const gone = { ...p, serviceModels: p.serviceModels.filter((m) => m.id !== 'm-call') };
    expect(linkedReading(p.objectives.standards[0]!, gone)).toEqual({ ok: false, problem: 'modelUnknown' });
  });
});
