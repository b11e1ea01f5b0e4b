import { checkJsonStructure } from './jsonGuard';
import { LIMITS } from './limits';
import { migrate, type JsonObject } from './migrations';
import { formatPath, type Problem, type Result } from './result';
import { projectSchema, QUADRANTS, TOWS_CELLS, TOWS_SOURCES } from './schema';
import type { Project, Quadrant } from './types';

const MAX_PROBLEMS = 5;

/** Rules across fields that the schema alone cannot express: unique ids and TOWS links to real items. */
function checkReferences(project: Project): Problem[] {
  const problems: Problem[] = [];
  const quadrantOf = new Map<string, Quadrant>();
  const seen = new Set<string>();
  for (const q of QUADRANTS) {
    project.swot[q].forEach((item, i) => {
      if (seen.has(item.id))
        problems.push({ path: `swot.${q}[${i}].id`, message: `repeats the id "${item.id}"` });
      seen.add(item.id);
      quadrantOf.set(item.id, q);
    });
  }
  for (const cell of TOWS_CELLS) {
    project.tows[cell].forEach((strategy, i) => {
      if (seen.has(strategy.id))
        problems.push({ path: `tows.${cell}[${i}].id`, message: `repeats the id "${strategy.id}"` });
      seen.add(strategy.id);
      strategy.links.forEach((link, j) => {
        const q = quadrantOf.get(link);
        if (!q)
          problems.push({
            path: `tows.${cell}[${i}].links[${j}]`,
            message: `points to "${link}", which is not a SWOT item`,
          });
        else if (!TOWS_SOURCES[cell].includes(q))
          problems.push({
            path: `tows.${cell}[${i}].links[${j}]`,
            message: `points to a ${q} item; ${cell} strategies link ${TOWS_SOURCES[cell].join(' and ')}`,
          });
      });
    });
  }
  return problems;
}

/**
 * Checks any value (typically parsed JSON) and returns a valid project of the current schema, migrating
 * older schema versions, or the first problems with their paths. Never throws.
 */
export function parseProject(input: unknown): Result<Project> {
  try {
    if (input === null || typeof input !== 'object' || Array.isArray(input))
      return {
        ok: false,
        errors: [{ path: '(root)', message: 'must be a project object, not ' + describe(input) }],
      };
    const structural = checkJsonStructure(input, MAX_PROBLEMS);
    if (structural.length > 0) return { ok: false, errors: structural };
    const migrated = migrate(input as JsonObject);
    if (!migrated.ok) return migrated;
    const parsed = projectSchema.safeParse(migrated.value);
    if (!parsed.success)
      return {
        ok: false,
        errors: parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => ({
          path: formatPath(issue.path),
          message: issue.message,
        })),
      };
    const references = checkReferences(parsed.data);
    if (references.length > 0) return { ok: false, errors: references.slice(0, MAX_PROBLEMS) };
    return { ok: true, value: parsed.data };
  } catch (error) {
    return { ok: false, errors: [{ path: '(root)', message: `could not be read (${String(error)})` }] };
  }
}

/** Parses the text of a project file: size limit, JSON syntax, then {@link parseProject}. */
export function parseProjectText(text: string): Result<Project> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.fileBytes)
    return {
      ok: false,
      errors: [
        { path: '(file)', message: `is ${(bytes / 1048576).toFixed(1)} MB; project files are at most 5 MB` },
      ],
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '(file)', message: `is not valid JSON: ${(error as Error).message}` }],
    };
  }
  return parseProject(json);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
