import type { MathNode } from 'mathjs';
import { FORMULA_CONSTANTS, FORMULA_FUNCTIONS, parse } from './mathInstance';

export type FormulaError = { message: string; index?: number };
export type CompiledFormula = (scope: Record<string, number>) => number;

export const MAX_FORMULA_CHARS = 500;
/** Deeper nesting than any formula needs; mathjs parses recursively and would overflow the stack. */
export const MAX_FORMULA_NESTING = 40;

/** Where nesting (brackets, or signs such as "- - -") first goes deeper than the limit; -1 when it does not. */
function tooDeepAt(source: string): number {
  let depth = 0;
  let signs = 0;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (ch === '(') depth += 1;
    else if (ch === ')') depth -= 1;
    if (ch === '-' || ch === '+') signs += 1;
    else if (ch !== ' ' && ch !== '(') signs = 0;
    if (depth > MAX_FORMULA_NESTING || signs > MAX_FORMULA_NESTING) return i;
  }
  return -1;
}

const ALLOWED_NODES = new Set([
  'ConstantNode',
  'SymbolNode',
  'OperatorNode',
  'ParenthesisNode',
  'FunctionNode',
]);
const ALLOWED_OPERATORS = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'pow',
  'unaryMinus',
  'unaryPlus',
]);

/** Where `name` first appears as a whole word in the source, for pointing at it under the field. */
function indexOfName(source: string, name: string): number | undefined {
  const match = new RegExp(`(^|[^A-Za-z0-9_])(${name.replace(/[^A-Za-z0-9_]/g, '')})(?![A-Za-z0-9_])`).exec(
    source,
  );
  return match ? match.index + match[1]!.length : undefined;
}

/**
 * Compiles a formula in the given variables (e.g. `a + b / (1 - s)^k` in s, a, b, k) once, for evaluating
 * at many points. Only numbers, the variables, + − × / ^, parentheses, pi, e and a few functions (abs,
 * exp, log, sqrt, min, max, …) are allowed; anything else — assignments, property access, matrices,
 * strings, disabled functions — is refused with the position in the formula. The compiled function
 * throws a RangeError when the result is not a finite number, naming the inputs that caused it.
 */
export function compileFormula(
  source: string,
  variables: string[],
): { ok: true; value: CompiledFormula } | { ok: false; error: FormulaError } {
  if (typeof source !== 'string' || source.trim() === '')
    return { ok: false, error: { message: 'The formula is empty' } };
  if (source.length > MAX_FORMULA_CHARS)
    return {
      ok: false,
      error: {
        message: `The formula has ${source.length} characters; at most ${MAX_FORMULA_CHARS} are allowed`,
        index: MAX_FORMULA_CHARS,
      },
    };
  const deep = tooDeepAt(source);
  if (deep >= 0)
    return {
      ok: false,
      error: { message: `The formula nests more than ${MAX_FORMULA_NESTING} levels deep`, index: deep },
    };
  let node: MathNode;
  try {
    node = parse(source);
  } catch (error) {
    const e = error as Error & { char?: number };
    if (error instanceof RangeError)
      return {
        ok: false,
        error: { message: `The formula nests more than ${MAX_FORMULA_NESTING} levels deep` },
      };
    return {
      ok: false,
      error: {
        message: e.message.replace(/\s*\(char \d+\)$/, ''),
        index: typeof e.char === 'number' ? Math.max(0, e.char - 1) : undefined,
      },
    };
  }
  const known = new Set<string>([...variables, ...FORMULA_CONSTANTS]);
  const functions = new Set<string>(FORMULA_FUNCTIONS);
  let problem: FormulaError | null = null;
  node.traverse((n, _path, parent) => {
    if (problem) return;
    if (!ALLOWED_NODES.has(n.type)) {
      problem = { message: `${describe(n.type)} is not allowed in a formula` };
      return;
    }
    if (n.type === 'OperatorNode' && !ALLOWED_OPERATORS.has((n as unknown as { fn: string }).fn)) {
      const op = (n as unknown as { op: string }).op;
      problem = {
        message: `The operator ${op} is not allowed; use + − * / ^ and parentheses`,
        index: source.indexOf(op) >= 0 ? source.indexOf(op) : undefined,
      };
      return;
    }
    if (n.type === 'ConstantNode' && typeof (n as unknown as { value: unknown }).value !== 'number') {
      problem = { message: 'Only numbers are allowed as constants' };
      return;
    }
    if (n.type === 'FunctionNode') {
      const fn = (n as unknown as { fn: MathNode }).fn;
      const name = fn.type === 'SymbolNode' ? (fn as unknown as { name: string }).name : '';
      if (!functions.has(name))
        problem = {
          message: `Unknown function ${name || '(expression)'}`,
          index: name ? indexOfName(source, name) : undefined,
        };
      return;
    }
    if (n.type === 'SymbolNode') {
      const name = (n as unknown as { name: string }).name;
      const isCallee = parent?.type === 'FunctionNode' && (parent as unknown as { fn: MathNode }).fn === n;
      if (!isCallee && !known.has(name))
        problem = {
          message: `Unknown name ${name}; use ${[...variables, ...FORMULA_CONSTANTS].join(', ')}`,
          index: indexOfName(source, name),
        };
    }
  });
  if (problem) return { ok: false, error: problem };
  let code: ReturnType<MathNode['compile']>;
  try {
    code = node.compile();
  } catch (error) {
    return { ok: false, error: { message: (error as Error).message } };
  }
  const evaluate: CompiledFormula = (scope) => {
    const result: unknown = code.evaluate({ ...scope });
    if (typeof result !== 'number' || !Number.isFinite(result)) {
      const at = Object.entries(scope)
        .map(([k, v]) => `${k} = ${v}`)
        .join(', ');
      throw new RangeError(`The formula gives ${String(result)} at ${at}`);
    }
    return result;
  };
  return { ok: true, value: evaluate };
}

function describe(type: string): string {
  const words: Record<string, string> = {
    AccessorNode: 'Property access',
    AssignmentNode: 'Assignment',
    FunctionAssignmentNode: 'Defining a function',
    IndexNode: 'Indexing',
    ObjectNode: 'An object',
    ArrayNode: 'A list',
    BlockNode: 'More than one expression',
    RangeNode: 'A range',
    ConditionalNode: 'A condition (? :)',
  };
  return words[type] ?? type;
}
