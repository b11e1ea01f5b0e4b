import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ahpActivity,
  brainstormActivity,
  rateActivity,
  ROOM_LIMITS,
  voteActivity,
} from '../../../src/domain/workshop/activity';
import { spreadOf, wholeRating } from '../../../src/domain/workshop/spread';
import { normaliseText } from '../../../src/domain/workshop/normaliseText';
import { dotsLeft, rankedVotes, tally, type SignedEntry } from '../../../src/domain/workshop/tally';

const brainstorm = brainstormActivity('a1', 'What are our strengths?');
const options = ['s1', 's2', 's3', 's4'].map((key) => ({ key, label: key.toUpperCase() }));
const vote = voteActivity('v1', 'Which matter most?', options, 5, 2);

const idea = (pid: string, id: string, text: string, slot = 'strengths', extra = {}): SignedEntry => ({
  pid,
  key: `${pid}/idea/${id}`,
  payload: { kind: 'idea', activity: 'a1', id, slot, text, at: `2026-12-03T10:00:0${id.length}Z`, ...extra },
});
const ballot = (pid: string, votes: unknown, key = `${pid}/ballot/v1`): SignedEntry => ({
  pid,
  key,
  payload: { kind: 'ballot', activity: 'v1', votes },
});

describe('the brainstorm tally', () => {
  it('keeps standing ideas, drops withdrawn ones and marks duplicates by normalised text', () => {
    const t = tally(brainstorm, [
      idea('p1', 'i1', 'Fast delivery'),
      idea('p2', 'i1', 'fast  DELIVERY!'),
      idea('p2', 'i2', 'Old idea', 'threats', { withdrawn: true }),
      idea('p3', 'i1', 'Fast delivery', 'weaknesses'),
    ]);
    expect(t.ideas.map((i) => [i.pid, i.text, i.duplicateOf])).toEqual([
      ['p1', 'Fast delivery', null],
      ['p2', 'fast  DELIVERY!', 'p1/i1'],
      // The same words in another quadrant are another idea.
      ['p3', 'Fast delivery', null],
    ]);
    expect(t.participants).toBe(3);
  });

  it('ignores, with the reason, what is malformed, too long, aimed at an unknown slot or beyond the share', () => {
    const many = Array.from({ length: ROOM_LIMITS.ideasPerParticipant + 2 }, (_, n) =>
      idea('p9', `n${n}`, `Idea ${n}`),
    );
    const t = tally(brainstorm, [
      idea('p1', 'i1', 'x'.repeat(ROOM_LIMITS.ideaChars + 1)),
      idea('p1', 'i2', 'Fine', 'nowhere'),
      idea('p1', 'i3', '   '),
      { pid: 'p1', key: 'p1/idea/i4', payload: { kind: 'idea', activity: 'a1', id: 'i4', text: 5 } },
      // An id that does not match the key it is stored under.
      { ...idea('p1', 'i5', 'Moved'), key: 'p1/idea/other' },
      { pid: 'p1', key: 'p1/idea/i6', payload: 'not an object' },
      ...many,
    ]);
    expect(t.ideas.filter((i) => i.pid === 'p1')).toEqual([]);
    expect(t.ideas.filter((i) => i.pid === 'p9')).toHaveLength(ROOM_LIMITS.ideasPerParticipant);
    expect(t.ignored.map((i) => i.reason)).toEqual([
      'tooLong',
      'unknownSlot',
      'malformed',
      'malformed',
      'malformed',
      'malformed',
      'tooMany',
      'tooMany',
    ]);
  });

  it('shows names only where the facilitator allowed them', () => {
    const named = { ...brainstorm, namesAllowed: true };
    const entry = idea('p1', 'i1', 'Idea', 'strengths', { name: 'Li Wei' });
    expect(tally(brainstorm, [entry]).ideas[0]!.name).toBeNull();
    expect(tally(named, [entry]).ideas[0]!.name).toBe('Li Wei');
  });

  it("leaves entries of the room's other activities out without calling them malformed", () => {
    const other = {
      ...idea('p1', 'i1', 'Earlier'),
      payload: { ...(idea('p1', 'i1', 'x').payload as object), activity: 'a0' },
    };
    const t = tally(brainstorm, [other]);
    expect(t.ideas).toEqual([]);
    expect(t.ignored).toEqual([]);
  });
});

describe('the dot-vote tally', () => {
  it('adds the dots of valid ballots per option', () => {
    const t = tally(vote, [ballot('p1', { s1: 2, s2: 2, s3: 1 }), ballot('p2', { s1: 2, s4: 1 })]);
    expect(Object.fromEntries(t.votes)).toEqual({ s1: 4, s2: 2, s3: 1, s4: 1 });
    expect(t.voters).toBe(2);
  });

  it('ignores a ballot over the budget, over the most on one option, on unknown options, or a second ballot', () => {
    const t = tally(vote, [
      ballot('p1', { s1: 2, s2: 2, s3: 2 }),
      ballot('p2', { s1: 3 }),
      ballot('p3', { s9: 1 }),
      ballot('p4', { s1: 1.5 }),
      ballot('p5', { s1: 1 }),
      ballot('p5', { s2: 2 }, 'p5/ballot/v1-again'),
    ]);
    expect(Object.fromEntries(t.votes)).toEqual({ s1: 1, s2: 0, s3: 0, s4: 0 });
    expect(t.ignored.map((i) => [i.pid, i.reason])).toEqual([
      ['p1', 'overBudget'],
      ['p2', 'overBudget'],
      ['p3', 'malformed'],
      ['p4', 'malformed'],
      ['p5', 'duplicateBallot'],
    ]);
  });

  it('never counts more dots than the budget allows each voter, whatever the ballots say', () => {
    const dots = fc.dictionary(
      fc.constantFrom('s1', 's2', 's3', 's4', 'zz'),
      fc.integer({ min: -2, max: 9 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('p1', 'p2', 'p3', 'p4'), dots, fc.boolean())), (raw) => {
        const t = tally(
          vote,
          raw.map(([pid, votes, other]) => ballot(pid, votes, other ? `${pid}/ballot/x` : undefined)),
        );
        const total = [...t.votes.values()].reduce((a, b) => a + b, 0);
        expect(total).toBeLessThanOrEqual(vote.budget * t.voters);
        for (const n of t.votes.values()) expect(n).toBeLessThanOrEqual(vote.maxPerOption * t.voters);
        expect(t.voters).toBeLessThanOrEqual(raw.length);
      }),
    );
  });

  it('ranks the options by dots, most first, ties in the order of the activity', () => {
    const ranked = rankedVotes(
      vote,
      new Map([
        ['s3', 4],
        ['s1', 1],
        ['s4', 1],
      ]),
    );
    expect(ranked.map((r) => [r.key, r.dots])).toEqual([
      ['s3', 4],
      ['s1', 1],
      ['s4', 1],
      ['s2', 0],
    ]);
  });

  it('counts the dots a participant has left', () => {
    expect(
      dotsLeft(
        vote,
        new Map([
          ['s1', 2],
          ['s2', 1],
        ]),
      ),
    ).toBe(2);
  });

  it('keeps the budget between 1 and the most allowed, and the most on one option within the budget', () => {
    const v = voteActivity('v', '', options, 99, 50);
    expect([v.budget, v.maxPerOption]).toEqual([ROOM_LIMITS.maxBudget, ROOM_LIMITS.maxBudget]);
    expect(voteActivity('v', '', options, 0, 3).maxPerOption).toBe(1);
  });
});

describe('normalised text for duplicates', () => {
  it('folds case, width, spaces and punctuation, Latin and Chinese', () => {
    expect(normaliseText('Fast delivery!')).toBe(normaliseText('ＦＡＳＴ　ＤＥＬＩＶＥＲＹ'));
    expect(normaliseText('服务好。')).toBe(normaliseText('服务 好'));
    expect(normaliseText('服务好')).not.toBe(normaliseText('服务差'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => normaliseText(normaliseText(s)) === normaliseText(s)),
    );
  });
});

describe('the rating tally', () => {
  const rate = rateActivity('r1', 'How strong is each driver?', options.slice(0, 2));
  const rating = (pid: string, scores: unknown, key = `${pid}/rating/r1`): SignedEntry => ({
    pid,
    key,
    payload: { kind: 'rating', activity: 'r1', scores },
  });

  it("collects each participant's ratings per option, and ignores ratings off the scale or a second set", () => {
    const t = tally(rate, [
      rating('p1', { s1: 5, s2: 2 }),
      rating('p2', { s1: 3 }),
      rating('p3', { s1: 6 }),
      rating('p4', { s1: 2.5 }),
      rating('p5', { zz: 3 }),
      rating('p2', { s2: 5 }, 'p2/rating/r1-again'),
    ]);
    expect(Object.fromEntries(t.ratings)).toEqual({ s1: [5, 3], s2: [2] });
    expect(t.raters).toBe(2);
    expect(t.ignored.map((i) => i.reason)).toEqual([
      'malformed',
      'malformed',
      'malformed',
      'duplicateBallot',
    ]);
  });
});

describe('the spread of ratings', () => {
  it('gives mean, sample standard deviation and range', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample SD sqrt(32/7) ≈ 2.138 (the textbook population SD is 2).
    const s = spreadOf([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.mean).toBe(5);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect([s.min, s.max, s.n]).toEqual([2, 9, 8]);
    expect(spreadOf([3]).sd).toBeNull();
    expect(spreadOf([]).mean).toBeNull();
  });

  it('rounds a mean to the whole rating a field takes, halves up, within the scale', () => {
    expect([wholeRating(3.5), wholeRating(3.49), wholeRating(0.2), wholeRating(5.4)]).toEqual([4, 3, 1, 5]);
  });

  it('the mean lies within the range, and the spread is zero when all agree', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2 }), (values) => {
        const s = spreadOf(values);
        return s.mean! >= s.min! - 1e-12 && s.mean! <= s.max! + 1e-12 && (s.min !== s.max || s.sd === 0);
      }),
    );
  });
});

describe('the AHP tally', () => {
  const criteria = ['c1', 'c2', 'c3'].map((key) => ({ key, label: key }));
  const ahp = ahpActivity('h1', 'Compare', criteria);
  const sheet = (pid: string, pairs: unknown, key = `${pid}/ahp/h1`): SignedEntry => ({
    pid,
    key,
    payload: { kind: 'judgments', activity: 'h1', pairs },
  });
  it('keeps each participant’s judgments on Saaty’s scale for the activity’s pairs, and ignores the rest', () => {
    const t = tally(ahp, [
      sheet('p1', { 'c1|c2': 3, 'c1|c3': 1 / 5 }),
      sheet('p2', { 'c1|c2': 2.5 }),
      sheet('p3', { 'c2|c1': 3 }),
      sheet('p4', { 'c1|c2': 3 }, 'p4/ahp/other'),
      sheet('p5', { 'c2|c3': 12 }),
      sheet('p6', {}),
    ]);
    expect([...t.judgments.keys()]).toEqual(['p1']);
    expect([...t.judgments.get('p1')!]).toEqual([
      ['c1|c2', 3],
      ['c1|c3', 1 / 5],
    ]);
    expect(t.ignored.map((i) => [i.pid, i.reason])).toEqual([
      ['p2', 'malformed'],
      ['p3', 'malformed'],
      ['p4', 'duplicateBallot'],
      ['p5', 'malformed'],
    ]);
  });
});
