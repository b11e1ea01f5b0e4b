import { useSyncExternalStore } from 'react';

interface Observable<T> {
  subscribe: (listener: () => void) => () => void;
  snapshot: () => T;
}

/** What a room shows, re-rendered when it changes. */
export function useRoomView<T>(room: Observable<T>): T {
  return useSyncExternalStore(room.subscribe, room.snapshot);
}
