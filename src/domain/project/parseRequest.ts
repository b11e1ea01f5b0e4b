import { parseProject, parseProjectText } from './parseProject';
import type { Problem } from './result';
import type { Project } from './types';

/** What the parsing worker is asked: whether a project would load, to load a stored record, or a file's text. */
export type ParseRequest =
  { op: 'check'; data: unknown } | { op: 'parse'; data: unknown } | { op: 'text'; text: string };

export type ParseResponse = { ok: true; value?: Project } | { ok: false; errors: Problem[] };

/** The same answer as the worker's, computed here (no workers, or a worker that could not start). */
export function answerParseRequest(request: ParseRequest): ParseResponse {
  switch (request.op) {
    case 'check': {
      const parsed = parseProject(request.data);
      return parsed.ok ? { ok: true } : parsed;
    }
    case 'parse':
      return parseProject(request.data);
    case 'text':
      return parseProjectText(request.text);
  }
}
