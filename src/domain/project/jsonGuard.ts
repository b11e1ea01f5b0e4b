import { LIMITS } from './limits';
import { describeValue, problem } from './problems';
import type { Problem } from './result';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks any JSON value without recursion and reports the first structural problems: nesting too deep,
 * arrays, strings or objects too large, too many values in all, and prototype-polluting keys.
 * Runs before the schema so that hostile files are refused quickly and with a precise path.
 */
export function checkJsonStructure(value: unknown, maxProblems = 5): Problem[] {
  const problems: Problem[] = [];
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path: [] }];
  let nodes = 0;
  while (stack.length > 0 && problems.length < maxProblems) {
    const { value: node, path } = stack.pop()!;
    nodes += 1;
    if (nodes > LIMITS.maxNodes) {
      problems.push(problem('(root)', 'tooManyValues', { max: LIMITS.maxNodes }));
      break;
    }
    if (path.length > LIMITS.maxDepth) {
      problems.push(problem(path, 'tooDeep', { max: LIMITS.maxDepth }));
      continue;
    }
    if (typeof node === 'string') {
      if (node.length > LIMITS.maxStringChars)
        problems.push(problem(path, 'textTooLong', { length: node.length, max: LIMITS.maxStringChars }));
    } else if (typeof node === 'number') {
      if (!Number.isFinite(node)) problems.push(problem(path, 'notFinite'));
    } else if (Array.isArray(node)) {
      if (node.length > LIMITS.maxArrayLength) {
        problems.push(problem(path, 'listTooLong', { length: node.length, max: LIMITS.maxArrayLength }));
        continue;
      }
      for (let i = node.length - 1; i >= 0; i -= 1) stack.push({ value: node[i], path: [...path, i] });
    } else if (node !== null && typeof node === 'object') {
      const keys = Object.keys(node);
      if (keys.length > LIMITS.maxKeysPerObject) {
        problems.push(problem(path, 'tooManyFields', { length: keys.length, max: LIMITS.maxKeysPerObject }));
        continue;
      }
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const key = keys[i]!;
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push(problem([...path, key], 'reservedKey', { key }));
          continue;
        }
        stack.push({ value: (node as Record<string, unknown>)[key], path: [...path, key] });
      }
    } else if (node !== null && typeof node !== 'boolean') {
      problems.push(problem(path, 'notJsonValue', { found: describeValue(node) }));
    }
  }
  return problems;
}
