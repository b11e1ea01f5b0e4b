import { answerParseRequest, type ParseRequest, type ParseResponse } from '../domain/project/parseRequest';
import type { Problem, Result } from '../domain/project/result';
import type { Project } from '../domain/project/types';

export type CheckResult = { ok: true } | { ok: false; errors: Problem[] };

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 0;
const pending = new Map<number, { request: ParseRequest; resolve: (response: ParseResponse) => void }>();

function startWorker(): Worker {
  const started = new Worker(new URL('../workers/parseProject.worker.ts', import.meta.url), {
    type: 'module',
  });
  started.onmessage = (event: MessageEvent<{ id: number; response: ParseResponse }>) => {
    pending.get(event.data.id)?.resolve(event.data.response);
    pending.delete(event.data.id);
  };
  // A worker that cannot start (a blocked script) still gives every request an answer, on the main thread.
  started.onerror = () => {
    workerFailed = true;
    started.terminate();
    worker = null;
    for (const { request, resolve } of pending.values()) resolve(answerParseRequest(request));
    pending.clear();
  };
  return started;
}

/** Asks the worker; without workers (unit tests in Node) or when it cannot start, answers here at once. */
function ask(request: ParseRequest): Promise<ParseResponse> {
  if (workerFailed || typeof Worker === 'undefined') return Promise.resolve(answerParseRequest(request));
  worker ??= startWorker();
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { request, resolve });
    worker!.postMessage({ id, request });
  });
}

const asProject = (response: ParseResponse): Result<Project> =>
  response.ok ? { ok: true, value: response.value! } : response;

/** Whether `project` would load again (autosave never writes one that would not). */
export function checkProject(project: Project): Promise<CheckResult> {
  return ask({ op: 'check', data: project }).then((r) => (r.ok ? { ok: true } : r));
}

/** A stored record parsed and migrated as a project, off the main thread. */
export function parseStored(data: unknown): Promise<Result<Project>> {
  return ask({ op: 'parse', data }).then(asProject);
}

/** An imported file's text (size, JSON syntax, schema), off the main thread. */
export function parseFileText(text: string): Promise<Result<Project>> {
  return ask({ op: 'text', text }).then(asProject);
}
