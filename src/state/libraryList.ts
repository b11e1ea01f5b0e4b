import { repository } from './repository';
import { useAppStore } from './store';

/** Reads the stored projects (and those that cannot be read) into the library the app lists. */
export async function refreshLibrary(): Promise<void> {
  const { summaries, unreadable } = await repository().list();
  useAppStore.getState().setLibrary(summaries, unreadable);
}
