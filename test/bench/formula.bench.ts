import { evaluate } from 'mathjs';
import { bench, describe } from 'vitest';
import { compileFormula } from '../../src/domain/formula/formula';

const source = 'a + b / (1 - s)^k';
const points = Array.from({ length: 1000 }, (_, i) => (i / 1000) * 0.99);
const compiled = compileFormula(source, ['s', 'a', 'b', 'k']);
if (!compiled.ok) throw new Error(compiled.error.message);
const f = compiled.value;

describe('a 1,000-point cost curve from a typed formula', () => {
  bench('compile once, evaluate per point', () => {
    for (const s of points) f({ s, a: 100, b: 10, k: 1.5 });
  });
  bench('compile, then evaluate per point (including the compile)', () => {
    const g = compileFormula(source, ['s', 'a', 'b', 'k']);
    if (g.ok) for (const s of points) g.value({ s, a: 100, b: 10, k: 1.5 });
  });
  bench('naive: mathjs evaluate() per point', () => {
    for (const s of points) evaluate(source, { s, a: 100, b: 10, k: 1.5 });
  });
});
