import type { Activity } from '../domain/workshop/activity';
import { tally, type Tally } from '../domain/workshop/tally';
import { setTimer, type Timer } from '../domain/workshop/timer';
import { connectRoom, type LinkStatus, type RoomConnection } from './connection';
import { newKeyPair, roomIdFor, type KeyPair } from './keys';
import { newEntryReader, ownMeta, readEntries, reassertMeta, writeMeta } from './roomDoc';
import { readStored, writeStored } from './stored';

interface Saved {
  keys: KeyPair;
  relayUrl: string;
  /** The link participants open (made with the room, so that a reload shows the same). */
  link?: string;
  activity: Activity | null;
  timer: Timer;
  /** Ideas already added to the project (`<pid>/<idea id>`). */
  accepted?: string[];
}

const isSaved = (v: unknown): v is Saved =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Saved).keys?.publicKey === 'string' &&
  typeof (v as Saved).relayUrl === 'string' &&
  typeof (v as Saved).timer === 'object';

export interface FacilitatorView {
  status: LinkStatus;
  activity: Activity | null;
  timer: Timer;
  tally: Tally | null;
  /** Values in the room whose signature did not hold (another participant wrote over someone's entry). */
  forged: number;
  accepted: ReadonlySet<string>;
}

const storageKey = (projectId: string) => `ssw.workshop.${projectId}`;

/** The room a project's workshop has open, if any (kept across a reload so that the link stays valid). */
export function savedRoom(projectId: string): Saved | null {
  return readStored(storageKey(projectId), isSaved);
}

/**
 * The facilitator's side of a room: the key the room id comes from, the activity and timer it writes (and
 * puts back if overwritten), and the tally of what participants wrote. The tally is recomputed when the
 * room changes, at most once per animation frame.
 */
export class FacilitatorRoom {
  readonly keys: KeyPair;
  readonly roomId: string;
  readonly relayUrl: string;
  readonly link: string;
  private activity: Activity | null;
  private timer: Timer;
  private accepted: Set<string>;
  private readonly conn: RoomConnection;
  private readonly reader = newEntryReader();
  private own = new Map<string, string>();
  private view: FacilitatorView;
  private readonly listeners = new Set<() => void>();
  private pending = 0;

  constructor(
    private readonly projectId: string,
    relayUrl: string,
    link: (roomId: string) => string,
  ) {
    // The room kept from before a reload, if it went through the same relay; otherwise a new room.
    const saved = savedRoom(projectId);
    const same = saved?.relayUrl === relayUrl ? saved : null;
    this.keys = same?.keys ?? newKeyPair();
    this.relayUrl = relayUrl;
    this.roomId = roomIdFor(this.keys.publicKey);
    this.link = link(this.roomId);
    this.activity = same?.activity ?? null;
    this.timer = saved?.timer ?? setTimer(5);
    this.accepted = new Set(same?.accepted ?? []);
    this.conn = connectRoom(relayUrl, this.roomId);
    if (this.activity) writeMeta(this.conn.doc, this.keys, 'activity', this.activity);
    writeMeta(this.conn.doc, this.keys, 'timer', this.timer);
    this.own = ownMeta(this.conn.doc);
    this.view = this.read();
    this.conn.subscribe(() => this.schedule());
    this.persist();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = () => this.view;

  setActivity(activity: Activity): void {
    this.activity = activity;
    writeMeta(this.conn.doc, this.keys, 'activity', activity);
    this.afterWrite();
  }

  setTimer(timer: Timer): void {
    this.timer = timer;
    writeMeta(this.conn.doc, this.keys, 'timer', timer);
    this.afterWrite();
  }

  /** Marks ideas as added to the project, so that they are not offered again. */
  markAccepted(ideaKeys: readonly string[]): void {
    this.accepted = new Set([...this.accepted, ...ideaKeys]);
    this.persist();
    this.refresh();
  }

  /** Closes the room on this screen and forgets it; participants' copies stay in their browsers. */
  close(): void {
    this.destroy();
    try {
      localStorage.removeItem(storageKey(this.projectId));
    } catch {
      // nothing kept
    }
  }

  destroy(): void {
    cancelAnimationFrame(this.pending);
    this.conn.destroy();
  }

  /** Reads the room at the next frame (once however many updates arrive), and again while checks are left. */
  private schedule(): void {
    if (this.pending) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      reassertMeta(this.conn.doc, this.own);
      this.refresh();
    });
  }

  private afterWrite(): void {
    this.own = ownMeta(this.conn.doc);
    this.persist();
    this.refresh();
  }

  private persist(): void {
    writeStored(storageKey(this.projectId), {
      keys: this.keys,
      relayUrl: this.relayUrl,
      link: this.link,
      activity: this.activity,
      timer: this.timer,
      accepted: [...this.accepted],
    });
  }

  private refresh(): void {
    this.view = this.read();
    this.listeners.forEach((l) => l());
  }

  private read(): FacilitatorView {
    // Signatures are checked 8 ms per frame at most, so that a large or flooded room never holds the page.
    const { entries, forged, pending } = readEntries(this.conn.doc, this.reader, performance.now() + 8);
    if (pending) this.schedule();
    return {
      status: this.conn.status(),
      activity: this.activity,
      timer: this.timer,
      tally: this.activity ? tally(this.activity, entries) : null,
      forged,
      accepted: this.accepted,
    };
  }
}
