import { checkJsonStructure } from './jsonGuard';
import { LIMITS } from './limits';
import { migrate, type JsonObject } from './migrations';
import { describeValue, fromZodIssue, problem } from './problems';
import type { Problem, Result } from './result';
import { FORCES, projectSchema, QUADRANTS, TOWS_CELLS, TOWS_SOURCES } from './schema';
import type { Project, Quadrant } from './types';

const MAX_PROBLEMS = 5;

/** Rules across fields that the schema alone cannot express: unique ids and TOWS links to real items. */
function checkReferences(project: Project): Problem[] {
  const problems: Problem[] = [];
  const quadrantOf = new Map<string, Quadrant>();
  const seen = new Set<string>();
  const sources = new Set<string>();
  for (const force of FORCES)
    project.forces[force].forEach((driver, i) => {
      if (seen.has(driver.id))
        problems.push(problem(`forces.${force}[${i}].id`, 'duplicateId', { id: driver.id }));
      seen.add(driver.id);
      sources.add(`force:${driver.id}`);
    });
  project.pestel.forEach((factor, i) => {
    if (seen.has(factor.id)) problems.push(problem(`pestel[${i}].id`, 'duplicateId', { id: factor.id }));
    seen.add(factor.id);
    sources.add(`pestel:${factor.id}`);
  });
  project.customers.satisfaction.attributes.forEach((attribute, i) => {
    if (seen.has(attribute.id))
      problems.push(
        problem(`customers.satisfaction.attributes[${i}].id`, 'duplicateId', { id: attribute.id }),
      );
    seen.add(attribute.id);
    sources.add(`satisfaction:${attribute.id}`);
  });
  for (const q of QUADRANTS) {
    project.swot[q].forEach((item, i) => {
      if (seen.has(item.id)) problems.push(problem(`swot.${q}[${i}].id`, 'duplicateId', { id: item.id }));
      seen.add(item.id);
      quadrantOf.set(item.id, q);
      if (item.source && !sources.has(`${item.source.kind}:${item.source.id}`))
        problems.push(problem(`swot.${q}[${i}].source.id`, 'sourceUnknown', { id: item.source.id }));
    });
  }
  const modelIds = new Set(project.serviceModels.map((m) => m.id));
  project.serviceModels.forEach((model, i) => {
    if (seen.has(model.id)) problems.push(problem(`serviceModels[${i}].id`, 'duplicateId', { id: model.id }));
    seen.add(model.id);
    if (model.baselineId !== null && (model.baselineId === model.id || !modelIds.has(model.baselineId)))
      problems.push(problem(`serviceModels[${i}].baselineId`, 'baselineUnknown', { id: model.baselineId }));
    if (model.kind === 'generic' && !(model.range.from < model.range.to))
      problems.push(problem(`serviceModels[${i}].range`, 'rangeOrder'));
  });
  for (const [cls, link] of Object.entries(project.customers.abc.service))
    if (link.modelId !== null && !modelIds.has(link.modelId))
      problems.push(problem(`customers.abc.service.${cls}.modelId`, 'modelUnknown', { id: link.modelId }));
  project.objectives.objectives.forEach((objective, i) => {
    if (seen.has(objective.id))
      problems.push(problem(`objectives.objectives[${i}].id`, 'duplicateId', { id: objective.id }));
    seen.add(objective.id);
  });
  project.objectives.standards.forEach((standard, i) => {
    if (seen.has(standard.id))
      problems.push(problem(`objectives.standards[${i}].id`, 'duplicateId', { id: standard.id }));
    seen.add(standard.id);
    const { link } = standard;
    if (link?.kind === 'model' && !modelIds.has(link.modelId))
      problems.push(problem(`objectives.standards[${i}].link.modelId`, 'modelUnknown', { id: link.modelId }));
  });
  const objectiveIds = new Set(project.objectives.objectives.map((o) => o.id));
  project.implementation.actions.forEach((action, i) => {
    if (seen.has(action.id))
      problems.push(problem(`implementation.actions[${i}].id`, 'duplicateId', { id: action.id }));
    seen.add(action.id);
    if (action.objectiveId !== null && !objectiveIds.has(action.objectiveId))
      problems.push(
        problem(`implementation.actions[${i}].objectiveId`, 'objectiveUnknown', { id: action.objectiveId }),
      );
  });
  project.implementation.recovery.complaints.forEach((cause, i) => {
    if (seen.has(cause.id))
      problems.push(problem(`implementation.recovery.complaints[${i}].id`, 'duplicateId', { id: cause.id }));
    seen.add(cause.id);
  });
  for (const cell of TOWS_CELLS) {
    project.tows[cell].forEach((strategy, i) => {
      if (seen.has(strategy.id))
        problems.push(problem(`tows.${cell}[${i}].id`, 'duplicateId', { id: strategy.id }));
      seen.add(strategy.id);
      strategy.links.forEach((link, j) => {
        const path = `tows.${cell}[${i}].links[${j}]`;
        const q = quadrantOf.get(link);
        if (!q) problems.push(problem(path, 'linkUnknown', { id: link }));
        else if (!TOWS_SOURCES[cell].includes(q))
          problems.push(
            problem(path, 'linkWrongQuadrant', {
              quadrant: `quadrant.${q}`,
              cell,
              allowedA: `quadrant.${TOWS_SOURCES[cell][0]}`,
              allowedB: `quadrant.${TOWS_SOURCES[cell][1]}`,
            }),
          );
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
      return { ok: false, errors: [problem('(root)', 'notProject', { found: describeValue(input) })] };
    const structural = checkJsonStructure(input, MAX_PROBLEMS);
    if (structural.length > 0) return { ok: false, errors: structural };
    const migrated = migrate(input as JsonObject);
    if (!migrated.ok) return migrated;
    const parsed = projectSchema.safeParse(migrated.value, { reportInput: true });
    if (!parsed.success)
      return { ok: false, errors: parsed.error.issues.slice(0, MAX_PROBLEMS).map(fromZodIssue) };
    const references = checkReferences(parsed.data);
    if (references.length > 0) return { ok: false, errors: references.slice(0, MAX_PROBLEMS) };
    const bytes = projectBytes(parsed.data);
    if (bytes > LIMITS.projectBytes) return { ok: false, errors: [projectTooBig(bytes)] };
    return { ok: true, value: parsed.data };
  } catch (error) {
    return { ok: false, errors: [problem('(root)', 'unreadable', { detail: String(error) })] };
  }
}

/** The size of a project as stored: its compact JSON in UTF-8 bytes. */
export function projectBytes(project: Project): number {
  return utf8Bytes(JSON.stringify(project));
}

/** UTF-8 length of a string, as TextEncoder would write it, without allocating the bytes. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one character outside the BMP
      i += 1;
    } else bytes += 3; // the rest of the BMP, and a lone surrogate written as U+FFFD
  }
  return bytes;
}

function projectTooBig(bytes: number): Problem {
  return problem('(root)', 'projectTooBig', {
    mb: (bytes / 1048576).toFixed(1),
    maxMb: LIMITS.projectBytes / 1048576,
  });
}

/** The limit on project files, in the words a person reads. */
export function fileTooBig(bytes: number): Problem {
  return problem('(file)', 'fileTooBig', {
    mb: (bytes / 1048576).toFixed(1),
    maxMb: LIMITS.fileBytes / 1048576,
  });
}

/** Parses the text of a project file: size limit, JSON syntax, then {@link parseProject}. */
export function parseProjectText(text: string): Result<Project> {
  const bytes = utf8Bytes(text);
  if (bytes > LIMITS.fileBytes) return { ok: false, errors: [fileTooBig(bytes)] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [problem('(file)', 'notJson', { detail: (error as Error).message })] };
  }
  return parseProject(json);
}
