import type * as Y from 'yjs';
import type { Activity } from '../domain/workshop/activity';
import type { SignedEntry } from '../domain/workshop/tally';
import type { Timer } from '../domain/workshop/timer';
import { roomIdFor, sign, verify, type KeyPair } from './keys';

/**
 * The room's Yjs document holds only the activity: `meta` (the activity and the timer, signed by the
 * facilitator) and `entries` (ideas and ballots, each signed by the participant whose key starts its room
 * key). Never the project. Values are JSON strings `{ p, s }`: payload and signature.
 */
const ENTRIES = 'entries';
const META = 'meta';

interface MetaValues {
  activity: Activity;
  timer: Timer;
}

/**
 * The longest value read from a room (signed JSON). An activity of the most options (200 QSPM cells, labels cut
 * to ROOM_LIMITS.labelChars) and a participant's scores on all of them fit; anything longer is ignored unread.
 */
const MAX_VALUE_CHARS = 96_000;

function pack(key: string, payload: unknown, keys: KeyPair): string {
  const p = JSON.stringify(payload);
  return JSON.stringify({ p, s: sign(`${key}\n${p}`, keys) });
}

/** The payload of a stored value if `signer` signed it under `key`; null for anything else. */
function unpack(key: string, raw: unknown, signer: string): Record<string, unknown> | null {
  if (typeof raw !== 'string' || raw.length > MAX_VALUE_CHARS) return null;
  try {
    const { p, s } = JSON.parse(raw) as { p?: unknown; s?: unknown };
    if (typeof p !== 'string' || typeof s !== 'string' || !verify(`${key}\n${p}`, s, signer)) return null;
    const payload: unknown = JSON.parse(p);
    return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
      ? (payload as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * Writes one of the participant's own entries (`<own key>/…`) and records it in `mine`, what this participant
 * has written (kept in their browser). The payload gets a revision above the one it replaces, so the
 * facilitator never takes an older value back.
 */
export function writeEntry(
  doc: Y.Doc,
  keys: KeyPair,
  key: string,
  payload: Record<string, unknown>,
  mine: Map<string, string>,
): void {
  if (!key.startsWith(`${keys.publicKey}/`)) throw new Error('An entry is written under its author’s key.');
  const previous = unpack(key, mine.get(key), keys.publicKey);
  const previousRev = typeof previous?.rev === 'number' ? previous.rev : 0;
  const raw = pack(key, { ...payload, rev: Math.max(Date.now(), previousRev + 1) }, keys);
  mine.set(key, raw);
  doc.getMap<string>(ENTRIES).set(key, raw);
}

/** The payloads of the participant's own entries (to show them their ideas and ballot). */
export function ownPayloads(
  mine: ReadonlyMap<string, string>,
  keys: KeyPair,
): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const [key, raw] of mine) {
    const payload = unpack(key, raw, keys.publicKey);
    if (payload) out.set(key, payload);
  }
  return out;
}

/** What the facilitator last accepted under each key: a forged or stale value never replaces it. */
export type EntryCache = Map<string, { raw: string; rev: number; entry: SignedEntry }>;

export interface EntryReader {
  accepted: EntryCache;
  /** Values found not to hold, by key, so that they are not checked again. */
  refused: Map<string, unknown>;
}

export const newEntryReader = (): EntryReader => ({ accepted: new Map(), refused: new Map() });

/** Entries one participant key may hold; more are not even checked (a flood costs nothing). */
export const KEYS_PER_PARTICIPANT = 100;
/** Keys read from a room in all; see ROOM_LIMITS.entriesPerRoom for what the tally counts. */
const KEYS_PER_ROOM = 5000;

/**
 * Every entry whose signature holds, newest revision per key, in the order written. A value another
 * participant overwrote or deleted leaves the last valid one in place; `forged` counts the values refused.
 * Checking a signature takes a few milliseconds, so each call checks new values only until `deadline`
 * (performance.now()); `pending` says that some are left for the next call.
 */
export function readEntries(
  doc: Y.Doc,
  reader: EntryReader,
  deadline = Infinity,
): { entries: SignedEntry[]; forged: number; pending: boolean } {
  const { accepted, refused } = reader;
  let pending = false;
  let seen = 0;
  const perParticipant = new Map<string, number>();
  doc.getMap<unknown>(ENTRIES).forEach((raw, key) => {
    if (pending || ++seen > KEYS_PER_ROOM) return;
    const known = accepted.get(key);
    if (known?.raw === raw || (refused.has(key) && refused.get(key) === raw)) return;
    const pid = key.slice(0, Math.max(0, key.indexOf('/')));
    const count = (perParticipant.get(pid) ?? 0) + 1;
    perParticipant.set(pid, count);
    if (count > KEYS_PER_PARTICIPANT) return;
    if (performance.now() > deadline) {
      pending = true;
      return;
    }
    const payload = pid ? unpack(key, raw, pid) : null;
    const rev = typeof payload?.rev === 'number' ? payload.rev : NaN;
    if (!payload || !Number.isFinite(rev)) {
      refused.set(key, raw);
      return;
    }
    // An older value of the same author written back (a replay) is refused like a forgery.
    if (known && rev <= known.rev) {
      refused.set(key, raw);
      return;
    }
    refused.delete(key);
    accepted.set(key, { raw: raw as string, rev, entry: { pid, key, payload } });
  });
  const entries = [...accepted.values()]
    .map((c) => c.entry)
    .sort((a, b) => atOf(a).localeCompare(atOf(b)) || a.key.localeCompare(b.key));
  let forged = 0;
  doc.getMap<unknown>(ENTRIES).forEach((raw, key) => {
    if (refused.get(key) === raw) forged += 1;
  });
  return { entries, forged, pending };
}

const atOf = (entry: SignedEntry) => {
  const at = (entry.payload as { at?: unknown }).at;
  return typeof at === 'string' ? at : '';
};

/** The facilitator's key pair makes the room: its id is derived from the public key (see roomIdFor). */
export function writeMeta<K extends keyof MetaValues>(
  doc: Y.Doc,
  keys: KeyPair,
  name: K,
  value: MetaValues[K],
): void {
  doc.transact(() => {
    const meta = doc.getMap<string>(META);
    if (meta.get('facilitator') !== keys.publicKey) meta.set('facilitator', keys.publicKey);
    meta.set(name, pack(`meta/${name}`, value, keys));
  });
}

/** A meta value, if signed by the facilitator whose key gives `roomId`; null before it arrives or if forged. */
export function readMeta<K extends keyof MetaValues>(
  doc: Y.Doc,
  roomId: string,
  name: K,
): MetaValues[K] | null {
  const meta = doc.getMap<string>(META);
  const facilitator = meta.get('facilitator');
  if (typeof facilitator !== 'string' || roomIdFor(facilitator) !== roomId) return null;
  return unpack(`meta/${name}`, meta.get(name), facilitator) as MetaValues[K] | null;
}

/** The facilitator's own meta values as stored, to put back if another writes over them. */
export function ownMeta(doc: Y.Doc): Map<string, string> {
  const out = new Map<string, string>();
  doc.getMap<string>(META).forEach((raw, key) => out.set(key, raw));
  return out;
}

/** Puts back meta values the facilitator wrote wherever the document now differs. */
export function reassertMeta(doc: Y.Doc, own: ReadonlyMap<string, string>): void {
  const meta = doc.getMap<string>(META);
  const differing = [...own].filter(([key, raw]) => meta.get(key) !== raw);
  if (differing.length > 0) doc.transact(() => differing.forEach(([key, raw]) => meta.set(key, raw)));
}

/** Puts back what the participant wrote wherever the document now differs (another wrote over or deleted it). */
export function reassert(doc: Y.Doc, mine: ReadonlyMap<string, string>): void {
  const entries = doc.getMap<string>(ENTRIES);
  const differing = [...mine].filter(([key, raw]) => entries.get(key) !== raw);
  if (differing.length > 0) doc.transact(() => differing.forEach(([key, raw]) => entries.set(key, raw)));
}

export { ENTRIES, META };
