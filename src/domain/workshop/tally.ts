import { ROOM_LIMITS, type Activity } from './activity';
import { ahpKey } from '../strategy/ahp';
import { isSaatyValue } from './groupAhp';
import { normaliseText } from './normaliseText';

/**
 * One entry of a room, after its signature was checked: `pid` is the participant's public key, so an entry
 * can only have been written by that participant. The payload is still untrusted data.
 */
export interface SignedEntry {
  pid: string;
  /** The room key it was stored under: `<pid>/idea/<id>` or `<pid>/ballot/<activity id>`. */
  key: string;
  payload: unknown;
}

export interface Idea {
  pid: string;
  id: string;
  slot: string;
  text: string;
  name: string | null;
  /** The participant's own time of writing (ISO), for provenance. */
  at: string;
  /** Ideas with the same normalised text share this key; the first of them has `duplicateOf` null. */
  duplicateOf: string | null;
}

export type IgnoredReason =
  'malformed' | 'tooLong' | 'unknownSlot' | 'tooMany' | 'overBudget' | 'duplicateBallot';

export interface Tally {
  ideas: Idea[];
  /** Dots per option key (options of the activity only). */
  votes: Map<string, number>;
  /** Participants whose ballot counted. */
  voters: number;
  /** Rate: each option's ratings, one per participant whose ratings counted. */
  ratings: Map<string, number[]>;
  raters: number;
  /** AHP: each participant's pairwise judgments (keys `ahpKey(a, b)` in the options' order), in the order they came. */
  judgments: Map<string, Map<string, number>>;
  /** Participants seen in the room (any valid entry). */
  participants: number;
  /** Their ids in the order they first wrote for this activity (withdrawn ideas count): "anonymous 3" is the third. */
  order: string[];
  ignored: { pid: string; key: string; reason: IgnoredReason }[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What the facilitator sees of a room for one activity: the ideas still standing (withdrawn ones dropped) in
 * the order written, duplicates marked, and the dots of every valid ballot. An entry that is malformed, too
 * long, aimed at a slot the activity does not have, beyond a participant's share of ideas, over the dot
 * budget or over the most on one option, or a second ballot of the same participant, counts for nothing and
 * is listed with the reason.
 */
export function tally(activity: Activity, entries: readonly SignedEntry[]): Tally {
  const ignored: Tally['ignored'] = [];
  const ideas: Idea[] = [];
  const votes = new Map<string, number>(activity.options.map((o) => [o.key, 0]));
  const optionKeys = new Set(activity.options.map((o) => o.key));
  const slots = new Set(activity.slots);
  const ideasBy = new Map<string, number>();
  const seen = new Set<string>();
  let voters = 0;
  let raters = 0;
  const ratings = new Map<string, number[]>(activity.options.map((o) => [o.key, []]));
  const ballotKey = (pid: string) => `${pid}/ballot/${activity.id}`;
  const judgments = new Map<string, Map<string, number>>();
  const pairKeys = new Set(
    activity.options.flatMap((a, i) => activity.options.slice(i + 1).map((b) => ahpKey(a.key, b.key))),
  );

  for (const entry of entries.slice(0, ROOM_LIMITS.entriesPerRoom)) {
    const { pid, key, payload } = entry;
    const skip = (reason: IgnoredReason) => ignored.push({ pid, key, reason });
    if (!isRecord(payload) || typeof payload.activity !== 'string') {
      skip('malformed');
      continue;
    }
    // Entries of the room's earlier activities stay in the room; they count for those.
    if (payload.activity !== activity.id) continue;
    seen.add(pid);
    if (payload.kind === 'idea' && activity.kind === 'brainstorm') {
      const { id, slot, text, name, at, withdrawn } = payload;
      if (typeof id !== 'string' || key !== `${pid}/idea/${id}` || typeof at !== 'string') skip('malformed');
      else if (withdrawn === true) continue;
      else if (
        typeof slot !== 'string' ||
        typeof text !== 'string' ||
        (name != null && typeof name !== 'string')
      )
        skip('malformed');
      else if (text.trim() === '') skip('malformed');
      else if (text.length > ROOM_LIMITS.ideaChars || (name?.length ?? 0) > ROOM_LIMITS.nameChars)
        skip('tooLong');
      else if (!slots.has(slot)) skip('unknownSlot');
      else if ((ideasBy.get(pid) ?? 0) >= ROOM_LIMITS.ideasPerParticipant) skip('tooMany');
      else {
        ideasBy.set(pid, (ideasBy.get(pid) ?? 0) + 1);
        ideas.push({
          pid,
          id,
          slot,
          text: text.trim(),
          name: activity.namesAllowed && typeof name === 'string' && name.trim() ? name.trim() : null,
          at,
          duplicateOf: null,
        });
      }
    } else if (payload.kind === 'ballot' && activity.kind === 'vote') {
      if (key !== ballotKey(pid)) {
        skip('duplicateBallot');
        continue;
      }
      const dots = readBallot(payload.votes, optionKeys);
      if (dots === null) skip('malformed');
      else if (
        sum(dots.values()) > activity.budget ||
        [...dots.values()].some((n) => n > activity.maxPerOption)
      )
        skip('overBudget');
      else {
        voters += 1;
        for (const [option, n] of dots) votes.set(option, (votes.get(option) ?? 0) + n);
      }
    } else if (payload.kind === 'rating' && (activity.kind === 'rate' || activity.kind === 'score')) {
      if (key !== `${pid}/rating/${activity.id}`) {
        skip('duplicateBallot');
        continue;
      }
      const scores = readRatings(payload.scores, optionKeys, activity.scale ?? { min: 1, max: 5 });
      if (scores === null) skip('malformed');
      else {
        if (scores.size > 0) raters += 1;
        for (const [option, n] of scores) ratings.get(option)!.push(n);
      }
    } else if (payload.kind === 'judgments' && activity.kind === 'ahp') {
      if (key !== `${pid}/ahp/${activity.id}`) {
        skip('duplicateBallot');
        continue;
      }
      const pairs = readJudgments(payload.pairs, pairKeys);
      if (pairs === null) skip('malformed');
      else if (pairs.size > 0) judgments.set(pid, pairs);
    } else skip('malformed');
  }
  markDuplicates(ideas);
  return {
    ideas,
    votes,
    voters,
    ratings,
    raters,
    judgments,
    participants: seen.size,
    order: [...seen],
    ignored,
  };
}

/** A ballot's dots per option, or null if any part is not a whole number of dots on a known option. */
function readBallot(raw: unknown, optionKeys: ReadonlySet<string>): Map<string, number> | null {
  if (!isRecord(raw)) return null;
  const dots = new Map<string, number>();
  for (const [option, n] of Object.entries(raw)) {
    if (!optionKeys.has(option) || typeof n !== 'number' || !Number.isInteger(n) || n < 0) return null;
    if (n > 0) dots.set(option, n);
  }
  return dots;
}

/** A participant's ratings per option, or null if any is not a whole number on the scale for a known option. */
function readRatings(
  raw: unknown,
  optionKeys: ReadonlySet<string>,
  scale: { min: number; max: number },
): Map<string, number> | null {
  if (!isRecord(raw)) return null;
  const scores = new Map<string, number>();
  for (const [option, n] of Object.entries(raw)) {
    if (
      !optionKeys.has(option) ||
      typeof n !== 'number' ||
      !Number.isInteger(n) ||
      n < scale.min ||
      n > scale.max
    )
      return null;
    scores.set(option, n);
  }
  return scores;
}

/** A participant's AHP judgments, or null if any is on an unknown pair or off Saaty's 1–9 scale. */
function readJudgments(raw: unknown, pairKeys: ReadonlySet<string>): Map<string, number> | null {
  if (!isRecord(raw)) return null;
  const pairs = new Map<string, number>();
  for (const [pair, v] of Object.entries(raw)) {
    if (!pairKeys.has(pair) || !isSaatyValue(v)) return null;
    pairs.set(pair, v);
  }
  return pairs;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function markDuplicates(ideas: Idea[]): void {
  const first = new Map<string, string>();
  for (const idea of ideas) {
    const norm = `${idea.slot}\u0000${normaliseText(idea.text)}`;
    const original = first.get(norm);
    if (original === undefined) first.set(norm, `${idea.pid}/${idea.id}`);
    else idea.duplicateOf = original;
  }
}

/** The activity's options with their dots, most first (ties in the activity's order). */
export function rankedVotes(activity: Activity, votes: ReadonlyMap<string, number>) {
  return activity.options
    .map((option) => ({ ...option, dots: votes.get(option.key) ?? 0 }))
    .sort((a, b) => b.dots - a.dots);
}

/** The dots a participant has left for an activity, given their ballot so far. */
export function dotsLeft(activity: Activity, ballot: ReadonlyMap<string, number>): number {
  return activity.budget - sum(ballot.values());
}
