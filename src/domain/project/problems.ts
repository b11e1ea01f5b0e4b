import type { $ZodIssue } from 'zod/v4/core';
import { formatPath, type Problem } from './result';

/**
 * What can be wrong with a project file, as English templates with {{placeholders}}. The UI shows the
 * translation of the code (i18n `problems.<code>`); `message` keeps the English for logs and the contract.
 */
export const PROBLEM_TEMPLATES = {
  fileTooBig: 'is {{mb}} MB; project files are at most {{maxMb}} MB',
  projectTooBig:
    'is {{mb}} MB as saved; a project holds at most {{maxMb}} MB (shorten long notes, or split the project)',
  notJson: 'is not valid JSON: {{detail}}',
  unreadable: 'could not be read ({{detail}})',
  notProject: 'must be a project object, not {{found}}',
  versionMissing: 'is missing; this does not look like a workbench project file',
  versionInvalid: 'must be a whole number from 1 (found {{found}})',
  versionNewer:
    'is {{found}}: the file was saved by a newer version of the workbench, which reads up to {{supported}}. Update the app to open it.',
  migrationMissing: 'is {{found}}, but no migration from {{from}} to {{to}} exists',
  tooManyValues: 'has more than {{max}} values; a project is much smaller',
  tooDeep: 'is nested more than {{max}} levels deep',
  textTooLong: 'is a text of {{length}} characters; at most {{max}} are allowed',
  listTooLong: 'is a list of {{length}} entries; at most {{max}} are allowed',
  tooManyFields: 'has {{length}} fields; at most {{max}} are allowed',
  reservedKey: 'uses the reserved name "{{key}}", which is not allowed',
  reservedId: 'is a reserved name (__proto__, constructor or prototype), which cannot be an id',
  notFinite: 'is not a finite number',
  notJsonValue: 'is a {{found}}, which JSON cannot hold',
  duplicateId: 'repeats the id "{{id}}"',
  linkUnknown: 'points to "{{id}}", which is not a SWOT item',
  sourceUnknown:
    'points to "{{id}}", which is not a PEST(EL) factor, five-forces driver or satisfaction survey attribute',
  linkWrongQuadrant:
    'points to an item of the {{quadrant}}; {{cell}} strategies link {{allowedA}} and {{allowedB}}',
  required: 'is missing',
  wrongType: 'must be {{expected}}, not {{found}}',
  notWhole: 'must be a whole number',
  tooLong: 'must be at most {{max}} characters',
  empty: 'must not be empty',
  tooMany: 'must have at most {{max}} entries',
  numberTooBig: 'must be at most {{max}}',
  numberTooSmall: 'must be at least {{min}}',
  numberNotBelow: 'must be less than {{max}}',
  numberNotAbove: 'must be more than {{min}}',
  badDate: 'must be a date and time such as 2026-11-25T10:00:00Z',
  badId: 'may contain only letters, digits, - and _',
  wrongValue: 'must be {{expected}}',
  invalid: 'is not valid',
  baselineUnknown: 'points to "{{id}}", which is not another model of this project',
  modelUnknown: 'points to "{{id}}", which is not a service-level model of this project',
  objectiveUnknown: 'points to "{{id}}", which is not a strategic objective of this project',
  rangeOrder: 'must start below where it ends',
  matrixEmpty: 'has no factors yet: add them in the SWOT',
  weightMissing: 'has no weight yet',
  ratingMissing: 'has no rating yet',
  strengthRating: 'is a strength rated {{rating}}: strengths take 3 (minor) or 4 (major)',
  weaknessRating: 'is a weakness rated {{rating}}: weaknesses take 1 (major) or 2 (minor)',
  weightSum: 'weights add up to {{sum}}; they must add up to 1.00 (adjust them or normalise)',
} as const;

/**
 * Words that problems name through a parameter ("must be {{expected}}"): a parameter value such as
 * `kind.text` or `quadrant.strengths` is a key here, so that the UI can translate the word too.
 */
export const PROBLEM_WORDS = {
  kind: {
    text: 'a text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object',
    list: 'a list',
    null: 'null',
    nothing: 'nothing',
    other: 'a value of another kind',
  },
  quadrant: {
    strengths: 'strengths',
    weaknesses: 'weaknesses',
    opportunities: 'opportunities',
    threats: 'threats',
  },
} as const;

export type ProblemCode = keyof typeof PROBLEM_TEMPLATES;
export type ProblemParams = Record<string, string | number>;

/** The English word for a parameter value that names one (`kind.text` → "a text"); other values as they are. */
export function problemWord(value: string | number): string {
  if (typeof value !== 'string') return String(value);
  const [group, key] = value.split('.');
  const words = PROBLEM_WORDS[group as keyof typeof PROBLEM_WORDS] as Record<string, string> | undefined;
  return words?.[key ?? ''] ?? value;
}

/** Fills a template's {{placeholders}} from params. */
export function fillTemplate(template: string, params: ProblemParams = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) =>
    params[key] === undefined ? `{{${key}}}` : problemWord(params[key]),
  );
}

/** A problem at `path` (a dotted path string or a list of keys) with its English message filled in. */
export function problem(
  path: string | ReadonlyArray<PropertyKey>,
  code: ProblemCode,
  params: ProblemParams = {},
): Problem {
  return {
    path: typeof path === 'string' ? path : formatPath(path),
    code,
    params,
    message: fillTemplate(PROBLEM_TEMPLATES[code], params),
  };
}

/** The kind of a value as a word key: `kind.text`, `kind.list`, `kind.null` … */
export function describeValue(value: unknown): string {
  if (value === null) return 'kind.null';
  if (value === undefined) return 'kind.nothing';
  if (Array.isArray(value)) return 'kind.list';
  if (typeof value === 'string') return 'kind.text';
  if (typeof value === 'object') return 'kind.object';
  if (typeof value === 'number' || typeof value === 'boolean') return `kind.${typeof value}`;
  return 'kind.other';
}

const SCHEMA_KINDS: Record<string, string> = {
  string: 'kind.text',
  number: 'kind.number',
  int: 'kind.int',
  boolean: 'kind.boolean',
  object: 'kind.object',
  array: 'kind.list',
};

/** Turns one zod issue into a problem the UI can translate. */
export function fromZodIssue(issue: $ZodIssue): Problem {
  const path = issue.path as PropertyKey[];
  switch (issue.code) {
    case 'invalid_type': {
      // Needs safeParse(…, { reportInput: true }) to tell a missing field from a wrong one.
      const found = (issue as { input?: unknown }).input;
      if (issue.expected === 'int') return problem(path, 'notWhole');
      if (found === undefined) return problem(path, 'required');
      return problem(path, 'wrongType', {
        expected: SCHEMA_KINDS[issue.expected] ?? 'kind.other',
        found: describeValue(found),
      });
    }
    case 'too_big':
      if (issue.origin === 'string') return problem(path, 'tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return problem(path, 'tooMany', { max: Number(issue.maximum) });
      // A bound that excludes itself (shrinkage < 1) must not read "at most 1".
      if (issue.inclusive === false) return problem(path, 'numberNotBelow', { max: Number(issue.maximum) });
      return problem(path, 'numberTooBig', { max: Number(issue.maximum) });
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return problem(path, 'empty');
      if (issue.inclusive === false) return problem(path, 'numberNotAbove', { min: Number(issue.minimum) });
      return problem(path, 'numberTooSmall', { min: Number(issue.minimum) });
    case 'invalid_format':
      return problem(path, issue.format === 'datetime' ? 'badDate' : 'badId');
    case 'invalid_value':
      return problem(path, 'wrongValue', {
        expected: issue.values.map((v) => JSON.stringify(v)).join(' or '),
      });
    case 'custom': {
      const params = (issue.params ?? {}) as { problem?: string; max?: number };
      if (params.problem === 'tooMany') return problem(path, 'tooMany', { max: Number(params.max) });
      if (params.problem === 'reservedId') return problem(path, 'reservedId');
      return problem(path, 'invalid');
    }
    default:
      return problem(path, 'invalid');
  }
}
