import { repository } from './repository';
import { useAppStore } from './store';

let newest = 0;
let applying: Promise<void> = Promise.resolve();

/**
 * Reads the stored projects (and those that cannot be read) into the library the app lists. Listing parses
 * every stored project in a worker and can take a while: a listing that a later one has overtaken applies
 * nothing (the later one is what the caller gets), and one during which a save put its entry in the list
 * reads again, so that a slow listing never drops a project saved meanwhile.
 */
export function refreshLibrary(): Promise<void> {
  const ticket = ++newest;
  applying = (async () => {
    for (let attempt = 0; ; attempt += 1) {
      const savesBefore = useAppStore.getState().librarySaves;
      const { summaries, unreadable } = await repository().list();
      if (ticket !== newest) return;
      // Saves that keep coming (another tab typing) end the re-reading: their entries arrive as they happen.
      if (useAppStore.getState().librarySaves !== savesBefore && attempt < 2) continue;
      useAppStore.getState().setLibrary(summaries, unreadable);
      return;
    }
  })();
  return settled();
}

/** Resolves when the newest listing has applied (or failed), however many started meanwhile. */
async function settled(): Promise<void> {
  let current: Promise<void>;
  do {
    current = applying;
    await current;
  } while (current !== applying);
}
