import type { RelayPlace } from './connection';

/** The link participants open: the room id (and the relay, when it is elsewhere) after the app's address. */
export function joinLink(place: RelayPlace, roomId: string): string {
  const relay = place.sameOrigin ? '' : `?relay=${encodeURIComponent(place.relayUrl)}`;
  return `${place.joinBase}#/join/${roomId}${relay}`;
}

/** Reads `#/join/<room>[?relay=…]`; null for any other address. */
export function parseJoin(hash: string): { roomId: string; relay: string | null } | null {
  const match = /^#\/join\/([A-Za-z0-9_-]{22})(?:\?relay=([^&]*))?$/.exec(hash);
  if (!match) return null;
  let relay: string | null = null;
  try {
    relay = match[2] ? decodeURIComponent(match[2]) : null;
  } catch {
    return null;
  }
  if (relay !== null && !/^wss?:\/\//.test(relay)) return null;
  return { roomId: match[1]!, relay };
}
