import { parseProject } from '../domain/project/parseProject';
import type { Problem } from '../domain/project/result';
import type { Project } from '../domain/project/types';

export type CheckResult = { ok: true } | { ok: false; errors: Problem[] };

const onMainThread = (project: Project): CheckResult => {
  const parsed = parseProject(project);
  return parsed.ok ? { ok: true } : { ok: false, errors: parsed.errors };
};

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 0;
const pending = new Map<number, { project: Project; resolve: (result: CheckResult) => void }>();

function startWorker(): Worker {
  const started = new Worker(new URL('../workers/checkProject.worker.ts', import.meta.url), {
    type: 'module',
  });
  started.onmessage = (event: MessageEvent<{ id: number; result: CheckResult }>) => {
    pending.get(event.data.id)?.resolve(event.data.result);
    pending.delete(event.data.id);
  };
  // A worker that cannot start (a blocked script) still gives every check an answer, on the main thread.
  started.onerror = () => {
    workerFailed = true;
    started.terminate();
    worker = null;
    for (const { project, resolve } of pending.values()) resolve(onMainThread(project));
    pending.clear();
  };
  return started;
}

/**
 * Whether `project` would load again (autosave never writes one that would not). The whole schema takes about
 * 50 ms at the limits, so it runs in a worker; without workers (tests in Node) it runs at once.
 */
export function checkProject(project: Project): Promise<CheckResult> {
  if (workerFailed || typeof Worker === 'undefined') return Promise.resolve(onMainThread(project));
  worker ??= startWorker();
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { project, resolve });
    worker!.postMessage({ id, project });
  });
}
