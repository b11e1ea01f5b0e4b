import { compileFormula } from '../formula/formula';
import type { CurveSpec } from '../project/types';
import {
  adbudgRevenue,
  exponentialCost,
  hyperbolicCost,
  logisticRevenue,
  modifiedExponentialRevenue,
  type CurveFn,
} from './curves';
import type { ModelProblem } from './modelTypes';

export const CURVE_PARAMS: Record<CurveSpec['family'], readonly string[]> = {
  exponential: ['a', 'b'],
  hyperbolic: ['a', 'b', 'k'],
  modifiedExponential: ['a', 'b', 'c'],
  logistic: ['a', 'b', 'c', 'd'],
  adbudg: ['a', 'b', 'c', 'd'],
  formula: [],
};

/** Turns a curve spec into a function of s; a formula is compiled once here. */
export function curveFromSpec(
  spec: CurveSpec,
  field: string,
): { ok: true; value: CurveFn } | { ok: false; error: ModelProblem } {
  const p = (name: string) => spec.params[name] ?? 0;
  try {
    switch (spec.family) {
      case 'exponential':
        return { ok: true, value: exponentialCost({ a: p('a'), b: p('b') }) };
      case 'hyperbolic':
        return { ok: true, value: hyperbolicCost({ a: p('a'), b: p('b'), k: p('k') }) };
      case 'modifiedExponential':
        return { ok: true, value: modifiedExponentialRevenue({ a: p('a'), b: p('b'), c: p('c') }) };
      case 'logistic':
        return { ok: true, value: logisticRevenue({ a: p('a'), b: p('b'), c: p('c'), d: p('d') }) };
      case 'adbudg':
        return { ok: true, value: adbudgRevenue({ a: p('a'), b: p('b'), c: p('c'), d: p('d') }) };
      case 'formula': {
        const names = Object.keys(spec.params);
        const compiled = compileFormula(spec.formula, ['s', ...names]);
        if (!compiled.ok) return { ok: false, error: { field: `${field}.formula`, ...compiled.error } };
        const f = compiled.value;
        return {
          ok: true,
          value: (s) => {
            try {
              return f({ ...spec.params, s });
            } catch (error) {
              throw new FormulaValueError(`${field}.formula`, (error as Error).message);
            }
          },
        };
      }
    }
  } catch (error) {
    return { ok: false, error: { field, message: (error as Error).message } };
  }
}

/** A typed formula that gave a non-finite value: carries the field, so the message goes under it. */
export class FormulaValueError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
