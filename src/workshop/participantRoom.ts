import type { Activity } from '../domain/workshop/activity';
import { tally, type Tally } from '../domain/workshop/tally';
import type { Timer } from '../domain/workshop/timer';
import { connectRoom, type LinkStatus, type RoomConnection } from './connection';
import { newKeyPair, type KeyPair } from './keys';
import { newEntryReader, ownPayloads, readEntries, readMeta, reassert, writeEntry } from './roomDoc';
import { readStored, writeStored } from './stored';

interface Saved {
  keys: KeyPair;
  mine: [string, string][];
  name: string;
}

const isSaved = (v: unknown): v is Saved =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Saved).keys?.publicKey === 'string' &&
  typeof (v as Saved).keys?.secretKey === 'string' &&
  Array.isArray((v as Saved).mine);

export interface ParticipantView {
  status: LinkStatus;
  activity: Activity | null;
  timer: Timer | null;
  /** This participant's own entries, by room key. */
  own: Map<string, Record<string, unknown>>;
  name: string;
  /** Once the facilitator reveals a vote: the room's tally, counted here by the same rules. */
  results: Tally | null;
}

/**
 * A participant in a room: their key (their id), what they wrote (kept in localStorage as well as in the
 * room's local copy, and put back if anyone writes over it), and the facilitator's activity and timer.
 */
export class ParticipantRoom {
  readonly keys: KeyPair;
  private readonly mine: Map<string, string>;
  private name: string;
  private readonly conn: RoomConnection;
  private readonly storageKey: string;
  private view: ParticipantView;
  private readonly listeners = new Set<() => void>();
  private readonly reader = newEntryReader();
  private pending = 0;

  constructor(
    readonly roomId: string,
    relayUrl: string,
  ) {
    this.storageKey = `ssw.room.${roomId}`;
    const saved = readStored(this.storageKey, isSaved);
    this.keys = saved?.keys ?? newKeyPair();
    this.mine = new Map(saved?.mine ?? []);
    this.name = typeof saved?.name === 'string' ? saved.name : '';
    this.conn = connectRoom(relayUrl, roomId);
    this.view = this.read();
    this.conn.subscribe(() => {
      reassert(this.conn.doc, this.mine);
      this.refresh();
    });
    this.persist();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = () => this.view;

  /** Writes (or replaces) one of this participant's entries under `<key>/<suffix>`. */
  write(suffix: string, payload: Record<string, unknown>): void {
    writeEntry(this.conn.doc, this.keys, `${this.keys.publicKey}/${suffix}`, payload, this.mine);
    this.persist();
  }

  setName(name: string): void {
    this.name = name;
    this.persist();
    this.refresh();
  }

  destroy(): void {
    cancelAnimationFrame(this.pending);
    this.conn.destroy();
  }

  private persist(): void {
    writeStored(this.storageKey, { keys: this.keys, mine: [...this.mine], name: this.name });
  }

  private refresh(): void {
    this.view = this.read();
    this.listeners.forEach((l) => l());
  }

  private read(): ParticipantView {
    const activity = readMeta(this.conn.doc, this.roomId, 'activity');
    let results: Tally | null = null;
    if (activity?.kind === 'vote' && activity.revealed) {
      // Signatures are checked 8 ms per frame at most, as on the facilitator's screen.
      const { entries, pending } = readEntries(this.conn.doc, this.reader, performance.now() + 8);
      results = tally(activity, entries);
      if (pending && !this.pending)
        this.pending = requestAnimationFrame(() => {
          this.pending = 0;
          this.refresh();
        });
    }
    return {
      status: this.conn.status(),
      activity,
      timer: readMeta(this.conn.doc, this.roomId, 'timer'),
      own: ownPayloads(this.mine, this.keys),
      name: this.name,
      results,
    };
  }
}
