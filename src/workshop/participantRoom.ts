import type { Activity } from '../domain/workshop/activity';
import type { Timer } from '../domain/workshop/timer';
import { connectRoom, type LinkStatus, type RoomConnection } from './connection';
import { newKeyPair, type KeyPair } from './keys';
import { ownPayloads, readMeta, reassert, writeEntry } from './roomDoc';
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
    return {
      status: this.conn.status(),
      activity: readMeta(this.conn.doc, this.roomId, 'activity'),
      timer: readMeta(this.conn.doc, this.roomId, 'timer'),
      own: ownPayloads(this.mine, this.keys),
      name: this.name,
    };
  }
}
