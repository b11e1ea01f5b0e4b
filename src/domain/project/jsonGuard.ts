import { LIMITS } from './limits';
import { formatPath, type Problem } from './result';

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
      problems.push({
        path: '(root)',
        message: `has more than ${LIMITS.maxNodes} values; a project is much smaller`,
      });
      break;
    }
    if (path.length > LIMITS.maxDepth) {
      problems.push({
        path: formatPath(path),
        message: `is nested more than ${LIMITS.maxDepth} levels deep`,
      });
      continue;
    }
    if (typeof node === 'string') {
      if (node.length > LIMITS.maxStringChars)
        problems.push({
          path: formatPath(path),
          message: `is a text of ${node.length} characters; at most ${LIMITS.maxStringChars} are allowed`,
        });
    } else if (typeof node === 'number') {
      if (!Number.isFinite(node))
        problems.push({ path: formatPath(path), message: 'is not a finite number' });
    } else if (Array.isArray(node)) {
      if (node.length > LIMITS.maxArrayLength) {
        problems.push({
          path: formatPath(path),
          message: `is a list of ${node.length} entries; at most ${LIMITS.maxArrayLength} are allowed`,
        });
        continue;
      }
      for (let i = node.length - 1; i >= 0; i -= 1) stack.push({ value: node[i], path: [...path, i] });
    } else if (node !== null && typeof node === 'object') {
      const keys = Object.keys(node);
      if (keys.length > LIMITS.maxKeysPerObject) {
        problems.push({
          path: formatPath(path),
          message: `has ${keys.length} fields; at most ${LIMITS.maxKeysPerObject} are allowed`,
        });
        continue;
      }
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const key = keys[i]!;
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push({
            path: formatPath([...path, key]),
            message: `uses the reserved name "${key}", which is not allowed`,
          });
          continue;
        }
        stack.push({ value: (node as Record<string, unknown>)[key], path: [...path, key] });
      }
    } else if (node !== null && typeof node !== 'boolean') {
      problems.push({ path: formatPath(path), message: `is a ${typeof node}, which JSON cannot hold` });
    }
  }
  return problems;
}
