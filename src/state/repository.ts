import { projectRepository } from './projectRepository';

/** What the project session reads and writes through: IndexedDB in the app, an in-memory fake in unit tests. */
export type ProjectRepository = typeof projectRepository;

let current: ProjectRepository = projectRepository;

/** The repository in use. */
export const repository = (): ProjectRepository => current;

/** Uses `replacement` (a test's fake) until the returned function puts the previous one back. */
export function replaceRepository(replacement: ProjectRepository): () => void {
  const previous = current;
  current = replacement;
  return () => {
    current = previous;
  };
}
