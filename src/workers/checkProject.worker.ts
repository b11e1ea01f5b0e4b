import { parseProject } from '../domain/project/parseProject';

/** Checks that a project would load again (the whole schema: ~50 ms at the limits) off the main thread. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; project: unknown }>) => void) | null;
  postMessage: (message: unknown) => void;
};
scope.onmessage = (event) => {
  const parsed = parseProject(event.data.project);
  scope.postMessage({
    id: event.data.id,
    result: parsed.ok ? { ok: true } : { ok: false, errors: parsed.errors },
  });
};
