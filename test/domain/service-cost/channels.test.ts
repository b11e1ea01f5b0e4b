import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateChannelMix, type Channel, type ChannelMix } from '../../../src/domain/service-cost/channels';
import { agentsForServiceLevel, callCentre } from '../../../src/domain/service-cost/erlang';
import { classifyMove } from '../../../src/domain/service-cost/moves';
import { newModel } from '../../../src/domain/service-cost/edit';
import { evaluateModel } from '../../../src/domain/service-cost/models';

const phone: Channel = {
  kind: 'phone',
  share: 1,
  handleTimeSec: 180,
  targetSec: 20,
  serviceLevelTarget: 0.8,
  concurrency: 1,
  containment: 0,
  costPerContact: 0,
};
const chat: Channel = { ...phone, kind: 'chat', share: 0, handleTimeSec: 480, targetSec: 60, concurrency: 2 };
const email: Channel = { ...phone, kind: 'email', share: 0, handleTimeSec: 300, targetSec: 4 * 3600 };
const bot: Channel = { ...phone, kind: 'self', share: 0, containment: 0.5, costPerContact: 0.5 };
const mix = (channels: Channel[], contacts = 100): ChannelMix => ({
  contactsPerInterval: contacts,
  intervalSec: 1800,
  costPerAgentHour: 30,
  shrinkage: 0.3,
  channels,
});

function outcome(m: ChannelMix) {
  const r = evaluateChannelMix(m);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('evaluateChannelMix', () => {
  // pyworkforce README: 100 calls per 30 minutes, 3 minutes each, 80% within 20 s → 14 agents, 20 scheduled.
  it('all contacts by phone is the call centre: 14 agents, 20 scheduled, 300 an interval', () => {
    const r = outcome(mix([phone]));
    expect(r.channels[0]).toMatchObject({ agents: 14, scheduled: 20, cost: 20 * 30 * 0.5 });
    expect(r.serviceLevel).toBeCloseTo(0.88835, 5); // CRAN ErlangC's 14-agent service level
    expect(r.costPerContact).toBeCloseTo(3, 12);
  });

  it('chat agents handle several contacts at once: agents × concurrency servers in Erlang C', () => {
    const r = outcome(
      mix([
        { ...phone, share: 0.6 },
        { ...chat, share: 0.4 },
      ]),
    );
    const servers = agentsForServiceLevel({
      callsPerInterval: 40,
      intervalSec: 1800,
      handleTimeSec: 480,
      targetAnswerSec: 60,
      serviceLevel: 0.8,
    });
    const c = r.channels[1]!;
    expect(c.agents).toBe(Math.ceil(servers / 2));
    expect(c.serviceLevel).toBeCloseTo(
      callCentre({
        callsPerInterval: 40,
        intervalSec: 1800,
        handleTimeSec: 480,
        targetAnswerSec: 60,
        agents: c.agents * 2,
      }).serviceLevel,
      12,
    );
  });

  it('self-service resolves its contained share; the rest call, adding to the phone', () => {
    const r = outcome(
      mix([
        { ...phone, share: 0.8 },
        { ...bot, share: 0.2 },
      ]),
    );
    expect(r.channels[0]!.contacts).toBeCloseTo(80 + 10, 12);
    expect(r.channels[1]).toMatchObject({ contacts: 20, agents: 0, serviceLevel: 0.5, cost: 10 });
    const inTime = 90 * r.channels[0]!.serviceLevel + 20 * 0.5;
    expect(r.serviceLevel).toBeCloseTo(inTime / 100, 12);
  });

  it('moving a fifth of the calls to a bot that resolves half is a cost–service move the course names', () => {
    const baseline = outcome(mix([phone], 400));
    const scenario = outcome(
      mix(
        [
          { ...phone, share: 0.8 },
          { ...bot, share: 0.2 },
        ],
        400,
      ),
    );
    // 400 calls need 65 scheduled (975 an interval, 80.5% in time); with the bot 360 calls need 59 (885) and the
    // bot costs 40: 925, and 83.5% (the 40 resolved at once count as in time) — more service for less.
    expect(baseline).toMatchObject({ cost: 975, serviceLevel: expect.closeTo(0.8045, 4) });
    expect(scenario).toMatchObject({ cost: 925, serviceLevel: expect.closeTo(0.8347, 4) });
    expect(classifyMove(baseline, scenario)).toBe('raise-service-lower-cost');
  });

  it('e-mail answered within hours needs only the agents its workload does', () => {
    const r = outcome(
      mix(
        [
          { ...phone, share: 0.5 },
          { ...email, share: 0.5 },
        ],
        200,
      ),
    );
    const e = r.channels[1]!;
    // 100 e-mails × 300 s in 1,800 s: 16.7 Erlangs; a 4-hour target is met by the first stable count.
    expect(e.agents).toBe(17);
    expect(e.serviceLevel).toBeGreaterThan(0.99);
  });

  it('refuses shares that do not add up to 100%, and a bot with no phone to call', () => {
    const r = evaluateChannelMix(
      mix([
        { ...phone, share: 0.7 },
        { ...chat, share: 0.25 },
      ]),
    );
    expect(r).toEqual({
      ok: false,
      error: { field: 'share', message: "the channels' shares add up to 95%, not 100%" },
    });
    const noPhone = evaluateChannelMix(
      mix([
        { ...chat, share: 0.5 },
        { ...bot, share: 0.5 },
      ]),
    );
    expect(noPhone.ok || noPhone.error.field).toBe('containment');
  });

  it('every agent channel meets its target and the overall level is a share (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.tuple(
          fc.integer({ min: 1, max: 10 }),
          fc.integer({ min: 0, max: 10 }),
          fc.integer({ min: 0, max: 10 }),
          fc.integer({ min: 0, max: 10 }),
        ),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (contacts, weights, containment) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          const shares = weights.map((w) => w / sum);
          const r = outcome(
            mix(
              [
                { ...phone, share: shares[0]! },
                { ...chat, share: shares[1]! },
                { ...email, share: shares[2]! },
                { ...bot, share: shares[3]!, containment },
              ],
              contacts,
            ),
          );
          for (const c of r.channels)
            if (c.kind !== 'self' && c.contacts > 0) expect(c.serviceLevel).toBeGreaterThanOrEqual(0.8);
          expect(r.serviceLevel).toBeGreaterThanOrEqual(0);
          expect(r.serviceLevel).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a channel-mix model', () => {
  it('draws cost against the overall service level as every agent channel’s target sweeps 50–99%, today as typed', () => {
    const model = newModel('channels', 'mix', 'mix');
    if (model.kind !== 'channels') throw new Error('kind');
    const r = evaluateModel(model);
    if (!r.ok) throw new Error(r.error.message);
    const sls = r.value.points.map((p) => p.serviceLevel);
    expect(sls).toEqual([...sls].sort((a, b) => a - b));
    expect(r.value.points.length).toBe(50);
    const today = outcome(model);
    expect(r.value.operating).toMatchObject({ serviceLevel: today.serviceLevel, cost: today.cost });
    expect(r.value.optimum).not.toBeNull();
  });

  it('says where shares do not add up', () => {
    const model = newModel('channels', 'mix', 'mix');
    if (model.kind !== 'channels') throw new Error('kind');
    const r = evaluateModel({
      ...model,
      channels: model.channels.map((c, i) => (i === 0 ? { ...c, share: 0.5 } : c)),
    });
    expect(r).toMatchObject({
      ok: false,
      error: { field: 'share', message: expect.stringMatching(/add up to 80%/) },
    });
  });
});
