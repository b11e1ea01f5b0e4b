import * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';

export type LinkStatus = 'connecting' | 'online' | 'offline';

export interface RoomConnection {
  doc: Y.Doc;
  status: () => LinkStatus;
  /** Called on every change of the link and of the room's content. */
  subscribe: (listener: () => void) => () => void;
  destroy: () => void;
}

/**
 * Joins a room: the Yjs document is kept in this browser (y-indexeddb, so what was typed offline survives a
 * reload) and synced through the relay whenever it can be reached (y-websocket reconnects by itself).
 */
export function connectRoom(relayUrl: string, roomId: string): RoomConnection {
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(`ssw-room-${roomId}`, doc);
  const provider = new WebsocketProvider(relayUrl, roomId, doc, { maxBackoffTime: 2000 });
  let status: LinkStatus = 'connecting';
  let everOnline = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  provider.on('status', ({ status: s }: { status: string }) => {
    if (s === 'connected') everOnline = true;
    status = s === 'connected' ? 'online' : everOnline || s === 'disconnected' ? 'offline' : 'connecting';
    notify();
  });
  doc.on('update', notify);
  // A socket can look open for half a minute after the network went away: the browser's own word is quicker.
  const offline = () => provider.disconnect();
  const online = () => provider.connect();
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  return {
    doc,
    status: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy: () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}

/** The relay to use on this origin (the workshop server answers) or the one set by hand, and the link's base. */
export interface RelayPlace {
  relayUrl: string;
  /** What participants open: the app's address as they can reach it. */
  joinBase: string;
  /** True when the relay is on the app's own origin, so the link need not name it. */
  sameOrigin: boolean;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/** Asks the origin whether it runs the workshop relay (npm run workshop); otherwise uses `fallbackRelay`. */
export async function findRelay(fallbackRelay: string): Promise<RelayPlace> {
  const base = `${window.location.origin}${window.location.pathname}`;
  try {
    const response = await fetch('workshop-relay.json', { cache: 'no-store' });
    if (response.ok) {
      const info = (await response.json()) as { relayPath?: unknown; hosts?: unknown; port?: unknown };
      if (typeof info.relayPath === 'string') {
        const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
        const hosts = Array.isArray(info.hosts) ? info.hosts.filter((h) => typeof h === 'string') : [];
        // A facilitator on localhost gives participants the laptop's address on the network instead.
        const lan = LOOPBACK.test(window.location.hostname)
          ? hosts.find((h) => !LOOPBACK.test(h))
          : undefined;
        return {
          relayUrl: `${scheme}://${window.location.host}${info.relayPath}`,
          joinBase: lan
            ? `${window.location.protocol}//${lan}:${window.location.port}${window.location.pathname}`
            : base,
          sameOrigin: true,
        };
      }
    }
  } catch {
    // No workshop server here: the relay is the one set by hand.
  }
  return { relayUrl: fallbackRelay, joinBase: base, sameOrigin: false };
}
