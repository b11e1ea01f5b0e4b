import { describe, expect, it } from 'vitest';
import { createBlankProject } from '../../../src/domain/project/defaults';
import { LIMITS } from '../../../src/domain/project/limits';
import { parseProject } from '../../../src/domain/project/parseProject';
import {
  ahpActivity,
  brainstormActivity,
  rateActivity,
  scoreActivity,
  voteActivity,
} from '../../../src/domain/workshop/activity';
import { dropRecord, keepRecord, recordOf } from '../../../src/domain/workshop/record';
import { tally, type SignedEntry } from '../../../src/domain/workshop/tally';

const at = '2026-12-03T11:00:00.000Z';
const options = ['d1', 'd2', 'd3'].map((key) => ({ key, label: `Driver ${key}` }));
const entry = (pid: string, key: string, payload: object): SignedEntry => ({
  pid,
  key: `${pid}/${key}`,
  payload,
});

describe('the record an activity leaves', () => {
  it('keeps a vote’s items with dots, most first, and the voters', () => {
    const vote = voteActivity('v1', 'Which matter most?', options, 5, 3);
    const ballot = (pid: string, votes: object) =>
      entry(pid, 'ballot/v1', { kind: 'ballot', activity: 'v1', votes });
    const record = recordOf(vote, tally(vote, [ballot('a', { d2: 3, d3: 2 }), ballot('b', { d3: 3 })]), at);
    expect(record).toMatchObject({ kind: 'vote', participants: 2, contributions: 2 });
    expect(record.lines.map((l) => [l.label, l.value])).toEqual([
      ['Driver d3', 5],
      ['Driver d2', 3],
    ]);
  });

  it('keeps each rated driver’s mean and sample standard deviation (the disagreement)', () => {
    const rate = rateActivity('r1', 'How strong?', options);
    const sheet = (pid: string, scores: object) =>
      entry(pid, 'rating/r1', { kind: 'rating', activity: 'r1', scores });
    const record = recordOf(
      rate,
      tally(rate, [sheet('a', { d1: 1, d2: 4 }), sheet('b', { d1: 5, d2: 4 }), sheet('c', { d1: 3 })]),
      at,
    );
    // d1: 1, 5, 3 → mean 3, sd √((4+4+0)/2) = 2; d2: 4, 4 → sd 0; d3 unrated, left out.
    expect(record.lines).toEqual([
      { label: 'Driver d1', value: 3, sd: 2 },
      { label: 'Driver d2', value: 4, sd: 0 },
    ]);
  });

  it('keeps a brainstorm’s ideas by how many participants gave them', () => {
    const b = brainstormActivity('b1', 'SWOT?');
    const idea = (pid: string, id: string, text: string) =>
      entry(pid, `idea/${id}`, { kind: 'idea', activity: 'b1', id, slot: 'threats', text, at });
    const record = recordOf(
      b,
      tally(b, [idea('a', 'i1', 'Price war'), idea('b', 'i1', 'Fuel'), idea('c', 'i1', 'price war!')]),
      at,
    );
    expect(record.contributions).toBe(3);
    expect(record.lines.map((l) => [l.label, l.value])).toEqual([
      ['Price war', 2],
      ['Fuel', 1],
    ]);
  });

  it('replaces the record of the same activity, drops the oldest at the limit, and the project still loads', () => {
    const b = brainstormActivity('b1', 'SWOT?');
    let p = createBlankProject('R', at, 'p');
    p = keepRecord(p, recordOf(b, tally(b, []), at));
    p = keepRecord(p, { ...recordOf(b, tally(b, []), at), prompt: 'Changed' });
    expect(p.workshop.records.map((r) => r.prompt)).toEqual(['Changed']);
    for (let i = 0; i < LIMITS.workshopRecords + 3; i += 1)
      p = keepRecord(p, recordOf(brainstormActivity(`x${i}`, `Q${i}`), tally(b, []), at));
    expect(p.workshop.records).toHaveLength(LIMITS.workshopRecords);
    expect(p.workshop.records[0]!.prompt).toBe('Q3');
    expect(parseProject(JSON.parse(JSON.stringify(p))).ok).toBe(true);
    expect(dropRecord(p, 'x3').workshop.records[0]!.prompt).toBe('Q4');
  });
});

describe('the record of a pairwise comparison', () => {
  it('keeps the group’s weight of each criterion (geometric mean of the judgments)', () => {
    const criteria = ['a', 'b', 'c'].map((key) => ({ key, label: key.toUpperCase() }));
    const ahp = ahpActivity('h1', 'Compare', criteria);
    const sheet = (pid: string, pairs: object) =>
      entry(pid, 'ahp/h1', { kind: 'judgments', activity: 'h1', pairs });
    // 2 and 8 → 4; 4 and 4 → 4; 2 and ½ → 1: weights 4/6, 1/6, 1/6 (groupAhp.test.ts works it by hand).
    const record = recordOf(
      ahp,
      tally(ahp, [
        sheet('p', { 'a|b': 2, 'a|c': 4, 'b|c': 2 }),
        sheet('q', { 'a|b': 8, 'a|c': 4, 'b|c': 0.5 }),
      ]),
      at,
    );
    expect(record).toMatchObject({ kind: 'ahp', participants: 2, contributions: 2 });
    expect(record.lines.map((l) => [l.label, l.value])).toEqual([
      ['A', 0.667],
      ['B', 0.167],
      ['C', 0.167],
    ]);
    expect(
      parseProject(JSON.parse(JSON.stringify(keepRecord(createBlankProject('R', at, 'p'), record)))).ok,
    ).toBe(true);
  });
});

describe('a record of many QSPM cells, and of a group that left someone out', () => {
  it('keeps the cells the group disagreed on most when more were scored than a record holds', () => {
    const cells = Array.from({ length: LIMITS.linesPerRecord + 10 }, (_, i) => ({
      key: `alt|f${i}`,
      label: `F${i}`,
      group: 'Alt',
    }));
    const score = scoreActivity('s1', 'Score', cells, { min: 1, max: 4 });
    // Every cell agreed on (3 and 3) except the last ten (1 and 4): those must be kept.
    const sheet = (pid: string, last: number) =>
      entry(pid, 'rating/s1', {
        kind: 'rating',
        activity: 's1',
        scores: Object.fromEntries(cells.map((c, i) => [c.key, i >= LIMITS.linesPerRecord ? last : 3])),
      });
    const record = recordOf(score, tally(score, [sheet('a', 1), sheet('b', 4)]), at);
    expect(record.lines).toHaveLength(LIMITS.linesPerRecord);
    expect(record.lines.filter((l) => l.sd !== null && l.sd > 2).map((l) => l.label)).toEqual(
      cells.slice(LIMITS.linesPerRecord).map((c) => `Alt: ${c.label}`),
    );
  });

  it('keeps the AHP weights of the group as combined: without the inconsistent participants if so chosen', () => {
    const criteria = ['a', 'b', 'c'].map((key) => ({ key, label: key.toUpperCase() }));
    const ahp = ahpActivity('h1', 'Compare', criteria);
    const sheet = (pid: string, pairs: object) =>
      entry(pid, 'ahp/h1', { kind: 'judgments', activity: 'h1', pairs });
    const t = tally(ahp, [
      sheet('p', { 'a|b': 2, 'a|c': 4, 'b|c': 2 }),
      sheet('q', { 'a|b': 9, 'a|c': 1 / 9, 'b|c': 9 }),
    ]);
    // Without q (a cycle), p's own weights: 4/7, 2/7, 1/7.
    expect(recordOf(ahp, t, at, { consistentOnly: true }).lines.map((l) => l.value)).toEqual([
      0.571, 0.286, 0.143,
    ]);
    expect(recordOf(ahp, t, at).lines.map((l) => l.value)).not.toEqual([0.571, 0.286, 0.143]);
  });
});
