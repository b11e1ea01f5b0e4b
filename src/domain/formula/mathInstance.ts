import {
  absDependencies,
  addDependencies,
  ceilDependencies,
  create,
  divideDependencies,
  eDependencies,
  expDependencies,
  floorDependencies,
  log10Dependencies,
  logDependencies,
  maxDependencies,
  minDependencies,
  multiplyDependencies,
  parseDependencies,
  piDependencies,
  powDependencies,
  roundDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
} from 'mathjs/number';
import type { FactoryFunctionMap } from 'mathjs';

/**
 * The one mathjs instance for user formulas: number-only (mathjs/number keeps the bundle small) with just
 * the functions a cost or revenue curve needs. The functions the mathjs "Security" page lists as
 * dangerous inside expressions — and `compile`, which it does not list — are replaced by ones that
 * refuse, so an expression can never reach them.
 */
// mathjs/number types every dependency map as possibly undefined; each one here exists.
export const math = create({
  absDependencies,
  addDependencies,
  ceilDependencies,
  divideDependencies,
  eDependencies,
  expDependencies,
  floorDependencies,
  log10Dependencies,
  logDependencies,
  maxDependencies,
  minDependencies,
  multiplyDependencies,
  parseDependencies,
  piDependencies,
  powDependencies,
  roundDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
} as unknown as FactoryFunctionMap);

/** Names a formula may call. */
export const FORMULA_FUNCTIONS = [
  'abs',
  'ceil',
  'exp',
  'floor',
  'log',
  'log10',
  'max',
  'min',
  'pow',
  'round',
  'sqrt',
] as const;
/** Constants a formula may use. */
export const FORMULA_CONSTANTS = ['pi', 'e'] as const;

export const DISABLED_FUNCTIONS = [
  'import',
  'createUnit',
  'evaluate',
  'parse',
  'compile',
  'simplify',
  'derivative',
  'resolve',
  'reviver',
] as const;

// Keep the parser for ourselves before `parse` is disabled inside expressions.
export const parse = math.parse;

const refuse = (name: string) => () => {
  throw new Error(`Function ${name} is disabled in formulas`);
};
math.import(Object.fromEntries(DISABLED_FUNCTIONS.map((name) => [name, refuse(name)])), { override: true });
