/** One problem found in user input: where (a dotted path such as `swot.strengths[2].text`) and why. */
export interface Problem {
  path: string;
  /** In English; the UI shows the translation of `code` with `params` when there is one. */
  message: string;
  code?: string;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Problem[] };

/** Formats a path of keys and indices as `a.b[2].c`; the empty path is `(root)`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
