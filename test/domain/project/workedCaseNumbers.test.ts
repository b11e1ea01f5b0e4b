import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { courseLifetimeValue, retentionLifetimeValue } from '../../../src/domain/customers/value';
import type { ServiceModel } from '../../../src/domain/project/types';
import { channelShares } from '../../../src/domain/service-cost/channels';
import { planDay } from '../../../src/domain/service-cost/dayPlan';
import { evaluateModel } from '../../../src/domain/service-cost/models';
import { workedCase } from './workedCase';

/**
 * Erlang C written out from its definition, independent of the app's code: the probability of waiting
 * C(N, A) = (A^N/N!)·N/(N−A) / (Σ_{k<N} A^k/k! + (A^N/N!)·N/(N−A)), and the share answered within t seconds
 * 1 − C(N, A)·e^{−(N−A)·t/AHT} (G. Koole, Call Center Optimization, 2013, ch. 5).
 */
function answeredWithin(agents: number, erlangs: number, seconds: number, handleSec: number): number {
  if (agents <= erlangs) return 0;
  let sum = 1;
  let term = 1;
  for (let k = 1; k < agents; k++) {
    term *= erlangs / k;
    sum += term;
  }
  const last = ((term * erlangs) / agents) * (agents / (agents - erlangs));
  return 1 - (last / (sum + last)) * Math.exp((-(agents - erlangs) * seconds) / handleSec);
}
const fewestAgents = (erlangs: number, seconds: number, handleSec: number, target: number) => {
  let n = Math.ceil(erlangs);
  while (answeredWithin(n, erlangs, seconds, handleSec) < target) n++;
  return n;
};

function view(model: ServiceModel) {
  const result = evaluateModel(model);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const model = (models: ServiceModel[], id: string) => models.find((m) => m.id === id)!;

describe('the independent Erlang C', () => {
  it('gives the pyworkforce README example: 100 calls in 30 min, 180 s, 80% in 20 s → 14 agents', () => {
    expect(fewestAgents((100 * 180) / 1800, 20, 180, 0.8)).toBe(14);
  });
});

describe('DHL call centre (the course’s case: 2,200 calls a day, 24 h, 365 days, 100% within 13 s)', () => {
  const project = workedCase('dhl-call-centre');
  const hotline = model(project.serviceModels, 'm-hotline');
  if (hotline.kind !== 'callCentre') throw new Error('hotline');
  const erlangs = (hotline.callsPerInterval * hotline.handleTimeSec) / hotline.intervalSec;

  it('holds the case’s figures: an average hour of 2,200 calls around the clock, 13 s', () => {
    expect(hotline.intervalSec).toBe(3600);
    expect(hotline.callsPerInterval * 24).toBeCloseTo(2200, 0);
    expect(hotline.targetAnswerSec).toBe(13);
    expect(project.description).toMatch(/2,200 calls a day.*365 days.*100% of them within 13 seconds/);
  });

  it('costs 95%, 99%, 99.9% and 99.99% with the agents Erlang C gives', () => {
    const rows = view(hotline).callCentre!.highTargets;
    for (const target of [0.95, 0.99, 0.999, 0.9999]) {
      const row = rows.find((r) => r.serviceLevel === target)!;
      expect(row.agents, String(target)).toBe(fewestAgents(erlangs, 13, 240, target));
    }
    expect(rows.filter((r) => r.serviceLevel >= 0.95).map((r) => r.agents)).toEqual([11, 13, 16, 18]);
  });

  it('never reaches 100%: no agent count the curve holds answers every call within 13 s', () => {
    expect(view(hotline).points.every((p) => p.serviceLevel < 1)).toBe(true);
    // Each agent added shrinks the share waiting longer, which stays above 0 (until doubles round it away).
    for (let n = 7; n <= 30; n++)
      expect(1 - answeredWithin(n, erlangs, 13, 240), String(n)).toBeGreaterThan(0);
  });

  it('says what its staffing gives and costs, as computed', () => {
    const today = view(hotline).operating;
    expect(today.serviceLevel).toBeCloseTo(answeredWithin(16, erlangs, 13, 240), 10);
    expect(hotline.note).toContain('99.96%');
    expect(hotline.note).toContain(`(${((1 - today.serviceLevel) * 2200).toFixed(1)})`);
    const at95 = view(model(project.serviceModels, 'm-hotline-95')).operating;
    expect([today.cost, at95.cost]).toEqual([1380, 960]);
    expect(hotline.note).toContain(
      `¥${(((today.cost - at95.cost) * 8760) / 1e6).toFixed(2)} million a year more`,
    );
    for (const [id, sl, waiting] of [
      ['m-hotline-99', '99.2%', 17],
      ['m-hotline-95', '95.8%', 93],
    ] as const) {
      const scenario = model(project.serviceModels, id);
      const answered = view(scenario).operating.serviceLevel;
      expect(`${(answered * 100).toFixed(1)}%`).toBe(sl);
      expect(Math.round((1 - answered) * 2200)).toBe(waiting);
      expect(scenario.note).toContain(`${sl} within 13 s; about ${waiting} calls a day`);
    }
  });
});

describe('the hot-pot chain', () => {
  const project = workedCase('hotpot-chain');
  it('values a regular guest as the course’s KFC exercise does: spend × visits a year × years', () => {
    expect(courseLifetimeValue(project.customers.value)).toBe(110 * 12 * 10);
    // Retention value m·r/(1+i−r) − acquisition cost (Gupta & Lehmann, J. Interactive Marketing 17(1), 2003).
    const v = project.customers.value;
    expect(retentionLifetimeValue({ ...v, periods: undefined })).toBeCloseTo(
      (264 * 0.7) / (1.1 - 0.7) - 50,
      9,
    );
  });

  it('staffs the booking hotline for the course’s 80/20 and not one agent more', () => {
    const hotline = model(project.serviceModels, 'm-booking');
    if (hotline.kind !== 'callCentre') throw new Error('hotline');
    const erlangs = (120 * 150) / 3600;
    expect(hotline.agents).toBe(fewestAgents(erlangs, 20, 150, 0.8));
    expect(view(hotline).operating.serviceLevel).toBeCloseTo(answeredWithin(8, erlangs, 20, 150), 10);
  });
});

describe('the e-commerce customer-service team', () => {
  const project = workedCase('ecommerce-service');
  const festival = model(project.serviceModels, 'm-festival');
  if (festival.kind !== 'callCentre' || !festival.dayPlan) throw new Error('festival');

  it('plans the festival day its description gives: 14,340 chats, 900 in the first half-hour', () => {
    const calls = festival.dayPlan!.slots.map((s) => s.calls);
    expect(calls).toHaveLength(48);
    expect(calls.reduce((n, c) => n + c, 0)).toBe(14340);
    expect(calls[0]).toBe(900);
    expect(project.description).toContain('14,340 chats');
  });

  it('shows the opening half-hour short of staff: 95 needed, 56 rostered, few chats answered in time', () => {
    const day = planDay(festival, festival.dayPlan!);
    if (!day.ok) throw new Error(day.error.message);
    const [first] = day.value.slots;
    expect(first!.scheduled).toBe(95);
    expect(first!.roster!.rostered).toBe(56);
    expect(first!.roster!.serviceLevel).toBeLessThan(0.5);
    const action = project.implementation.actions.find((a) => a.id === 'a-roster')!;
    expect(action.text).toContain('95 staff for the first half-hour, not the evening’s 56');
  });

  it('shares its contacts whole between the channels, and its RFM is the bundled orders file', () => {
    const mix = model(project.serviceModels, 'm-mix');
    if (mix.kind !== 'channels') throw new Error('mix');
    expect(channelShares(mix.channels).whole).toBe(true);
    const rfm = project.customers.rfm!;
    const lines = readFileSync(`public/examples/${rfm.fileName}`, 'utf8').trim().split('\n');
    expect(rfm.rows).toBe(lines.length - 1);
  });
});
