import { QUADRANTS } from '../project/schema';
import { CANVAS_SLOTS, type Canvas } from './canvasSlots';

/** What a room asks of its participants. */
export type ActivityKind = 'brainstorm' | 'vote' | 'rate' | 'ahp' | 'score';

/** The limits a room states on screen and the facilitator's tally holds every entry to. */
export const ROOM_LIMITS = {
  ideaChars: 280,
  nameChars: 40,
  ideasPerParticipant: 30,
  optionsPerVote: 200,
  maxBudget: 20,
  /** Entries the facilitator reads from a room (all participants together); the rest are ignored. */
  entriesPerRoom: 5000,
  promptChars: 300,
  /** An option's label and group as the room shows them (a SWOT item or a key factor may be longer). */
  labelChars: 120,
  groupChars: 60,
} as const;

/** Options as a room carries them: at most the limit, labels and groups cut to length. */
const roomOptions = (options: readonly VoteOption[]): VoteOption[] =>
  options.slice(0, ROOM_LIMITS.optionsPerVote).map((o) => ({
    key: o.key,
    label: o.label.slice(0, ROOM_LIMITS.labelChars),
    ...(o.group !== undefined && { group: o.group.slice(0, ROOM_LIMITS.groupChars) }),
  }));

/** An option a vote is on: a stable key (the project item's id) and the text shown. */
export interface VoteOption {
  key: string;
  label: string;
  /** A heading the option is listed under on the phone (a QSPM cell's alternative). */
  group?: string;
}

/** The activity as the facilitator set it up; written to the room (signed) and read by every participant. */
export interface Activity {
  id: string;
  kind: ActivityKind;
  prompt: string;
  /** Brainstorm: the canvas ideas go into (the SWOT when absent) and its slots (quadrants, categories …). */
  canvas?: Canvas;
  slots: readonly string[];
  /** Vote: what is voted on, the dots each person has and the most on one option. */
  options: VoteOption[];
  budget: number;
  maxPerOption: number;
  /** Votes are hidden from everyone until the facilitator reveals them. */
  revealed: boolean;
  /** Names are asked for only if the facilitator allows them; anonymous by default. */
  namesAllowed: boolean;
  /** Rate: the whole-number scale each option is rated on (five-forces drivers 1–5). */
  scale?: { min: number; max: number };
}

export const SWOT_SLOTS: readonly string[] = QUADRANTS;

/** A new brainstorm into a canvas's slots: the SWOT's quadrants, PEST(EL) categories, forces, TOWS cells or value factors. */
export function brainstormActivity(id: string, prompt: string, canvas: Canvas = 'swot'): Activity {
  return {
    id,
    kind: 'brainstorm',
    prompt,
    canvas,
    slots: CANVAS_SLOTS[canvas],
    options: [],
    budget: 0,
    maxPerOption: 0,
    revealed: false,
    namesAllowed: false,
  };
}

/** A dot vote on `options` with `budget` dots per person and at most `maxPerOption` on one. */
export function voteActivity(
  id: string,
  prompt: string,
  options: VoteOption[],
  budget: number,
  maxPerOption: number,
): Activity {
  return {
    id,
    kind: 'vote',
    prompt,
    slots: [],
    options: roomOptions(options),
    budget: clampInt(budget, 1, ROOM_LIMITS.maxBudget),
    maxPerOption: clampInt(maxPerOption, 1, clampInt(budget, 1, ROOM_LIMITS.maxBudget)),
    revealed: false,
    namesAllowed: false,
  };
}

/** Each participant rates every option on a whole-number scale (five-forces drivers: 1 weak to 5 strong). */
export function rateActivity(id: string, prompt: string, options: VoteOption[], min = 1, max = 5): Activity {
  return {
    id,
    kind: 'rate',
    prompt,
    slots: [],
    options: roomOptions(options),
    budget: 0,
    maxPerOption: 0,
    revealed: false,
    namesAllowed: false,
    scale: { min, max },
  };
}

/**
 * Each participant scores every alternative on every key factor (QSPM attractiveness 1–4, or 1–5 on the
 * team's own criteria); an option's key is `alternative id|key factor id`.
 */
export function scoreActivity(
  id: string,
  prompt: string,
  cells: VoteOption[],
  scale: { min: number; max: number },
): Activity {
  return { ...rateActivity(id, prompt, cells, scale.min, scale.max), kind: 'score' };
}

/** Most criteria a room compares in pairs: Saaty's random index is tabled for up to ten. */
export const AHP_MAX_CRITERIA = 10;

/** Each participant compares every pair of `criteria` on Saaty's 1–9 scale (AHP). */
export function ahpActivity(id: string, prompt: string, criteria: VoteOption[]): Activity {
  return {
    id,
    kind: 'ahp',
    prompt,
    slots: [],
    options: roomOptions(criteria.slice(0, AHP_MAX_CRITERIA)),
    budget: 0,
    maxPerOption: 0,
    revealed: false,
    namesAllowed: false,
  };
}

function clampInt(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}
