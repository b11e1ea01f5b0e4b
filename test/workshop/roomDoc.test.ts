import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { brainstormActivity } from '../../src/domain/workshop/activity';
import { newKeyPair, roomIdFor, sign, verify } from '../../src/workshop/keys';
import {
  ENTRIES,
  META,
  readEntries,
  readMeta,
  reassert,
  writeEntry,
  writeMeta,
  newEntryReader,
  KEYS_PER_PARTICIPANT,
} from '../../src/workshop/roomDoc';

/** Two documents kept in step as the relay would. */
function linked(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(b, u, 'wire'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(a, u, 'wire'));
  return [a, b];
}

const ideaPayload = (id: string, text: string) => ({
  kind: 'idea',
  activity: 'a1',
  id,
  slot: 'strengths',
  text,
  at: '2026-12-03T10:00:00Z',
});

describe('signatures', () => {
  it('verify what was signed and nothing else', () => {
    const keys = newKeyPair();
    const sig = sign('hello', keys);
    expect(verify('hello', sig, keys.publicKey)).toBe(true);
    expect(verify('hellO', sig, keys.publicKey)).toBe(false);
    expect(verify('hello', sig, newKeyPair().publicKey)).toBe(false);
    expect(verify('hello', 'not base64!', keys.publicKey)).toBe(false);
  });

  it('a room id carries 128 bits (22 base64url characters) and is the same for the same key', () => {
    const keys = newKeyPair();
    expect(roomIdFor(keys.publicKey)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(roomIdFor(keys.publicKey)).toBe(roomIdFor(keys.publicKey));
    expect(roomIdFor(newKeyPair().publicKey)).not.toBe(roomIdFor(keys.publicKey));
  });
});

describe('the room document', () => {
  it("carries a participant's signed idea to the facilitator", () => {
    const [facilitatorDoc, phone] = linked();
    const alice = newKeyPair();
    writeEntry(phone, alice, `${alice.publicKey}/idea/i1`, ideaPayload('i1', 'Fast delivery'), new Map());
    const { entries, forged } = readEntries(facilitatorDoc, newEntryReader());
    expect(forged).toBe(0);
    expect(entries.map((e) => [e.pid, (e.payload as { text: string }).text])).toEqual([
      [alice.publicKey, 'Fast delivery'],
    ]);
  });

  it("another participant cannot change or delete someone's idea: the facilitator keeps the last valid one, and its author puts it back", () => {
    const [facilitatorDoc, phone] = linked();
    const alice = newKeyPair();
    const mallory = newKeyPair();
    const mine = new Map<string, string>();
    const key = `${alice.publicKey}/idea/i1`;
    writeEntry(phone, alice, key, ideaPayload('i1', 'Fast delivery'), mine);
    const cache = newEntryReader();
    readEntries(facilitatorDoc, cache);

    // Mallory signs a new text with her own key and stores it under Alice's key.
    const forgedPayload = JSON.stringify({ ...ideaPayload('i1', 'Slow delivery'), rev: Date.now() + 1e9 });
    facilitatorDoc
      .getMap(ENTRIES)
      .set(key, JSON.stringify({ p: forgedPayload, s: sign(`${key}\n${forgedPayload}`, mallory) }));
    const after = readEntries(facilitatorDoc, cache);
    expect(after.forged).toBe(1);
    expect((after.entries[0]!.payload as { text: string }).text).toBe('Fast delivery');

    facilitatorDoc.getMap(ENTRIES).delete(key);
    expect((readEntries(facilitatorDoc, cache).entries[0]!.payload as { text: string }).text).toBe(
      'Fast delivery',
    );

    reassert(phone, mine);
    expect(facilitatorDoc.getMap(ENTRIES).get(key)).toBe(mine.get(key));
  });

  it('an older value of the same author written back does not replace a newer one', () => {
    const [facilitatorDoc, phone] = linked();
    const alice = newKeyPair();
    const mine = new Map<string, string>();
    const key = `${alice.publicKey}/idea/i1`;
    writeEntry(phone, alice, key, ideaPayload('i1', 'First'), mine);
    const old = mine.get(key)!;
    writeEntry(phone, alice, key, { ...ideaPayload('i1', 'Second') }, mine);
    const cache = newEntryReader();
    readEntries(facilitatorDoc, cache);
    facilitatorDoc.getMap(ENTRIES).set(key, old);
    expect((readEntries(facilitatorDoc, cache).entries[0]!.payload as { text: string }).text).toBe('Second');
  });

  it('a participant cannot write under another key, and a forged activity is not read', () => {
    const [facilitatorDoc, phone] = linked();
    const facilitator = newKeyPair();
    const roomId = roomIdFor(facilitator.publicKey);
    const alice = newKeyPair();
    expect(() => writeEntry(phone, alice, `${facilitator.publicKey}/idea/x`, {}, new Map())).toThrow();

    writeMeta(facilitatorDoc, facilitator, 'activity', brainstormActivity('a1', 'Strengths?'));
    expect(readMeta(phone, roomId, 'activity')?.prompt).toBe('Strengths?');

    // Mallory replaces the facilitator's key with her own and signs her own activity.
    const mallory = newKeyPair();
    writeMeta(phone, mallory, 'activity', brainstormActivity('a1', 'Forged'));
    expect(phone.getMap(META).get('facilitator')).toBe(mallory.publicKey);
    expect(readMeta(phone, roomId, 'activity')).toBeNull();
  });

  it('a flood of entries under one key is not even checked beyond the share, and checking stops at the deadline', () => {
    const [facilitatorDoc, phone] = linked();
    const mallory = newKeyPair();
    const mine = new Map<string, string>();
    for (let n = 0; n < KEYS_PER_PARTICIPANT + 50; n++)
      writeEntry(phone, mallory, `${mallory.publicKey}/idea/${n}`, ideaPayload(String(n), `Spam ${n}`), mine);
    const reader = newEntryReader();
    // A deadline already past: nothing is checked yet, and the rest is pending.
    expect(readEntries(facilitatorDoc, reader, 0)).toMatchObject({ entries: [], pending: true });
    const all = readEntries(facilitatorDoc, reader);
    expect(all.pending).toBe(false);
    expect(all.entries).toHaveLength(KEYS_PER_PARTICIPANT);
  });

  it('values of the wrong type and a root of another type break nothing', () => {
    const [facilitatorDoc, phone] = linked();
    const facilitator = newKeyPair();
    const roomId = roomIdFor(facilitator.publicKey);
    writeMeta(facilitatorDoc, facilitator, 'timer', { durationSec: 60, endsAt: null, remainingSec: 60 });
    const alice = newKeyPair();
    writeEntry(phone, alice, `${alice.publicKey}/idea/i1`, ideaPayload('i1', 'Kept'), new Map());
    const reader = newEntryReader();
    readEntries(facilitatorDoc, reader);
    const hostile = new Y.Doc();
    hostile.getArray('entries').push([1, 'two', { three: 3 }]);
    hostile.getMap('meta').set('activity', 42 as unknown as string);
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(hostile));
    phone.getMap(ENTRIES).set('no-slash', 'x');
    phone.getMap(ENTRIES).set(`${alice.publicKey}/idea/i2`, 7 as unknown as string);
    const { entries } = readEntries(facilitatorDoc, reader);
    expect(entries.map((e) => (e.payload as { text: string }).text)).toEqual(['Kept']);
    // The activity overwritten with a number reads as none (not a crash); the signed timer still reads.
    expect(readMeta(phone, roomId, 'activity')).toBeNull();
    expect(readMeta(phone, roomId, 'timer')?.durationSec).toBe(60);
  });
});
