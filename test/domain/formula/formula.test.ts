import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFormula, MAX_FORMULA_CHARS } from '../../../src/domain/formula/formula';
import { DISABLED_FUNCTIONS, math } from '../../../src/domain/formula/mathInstance';

const compile = (source: string, variables = ['s', 'a', 'b', 'k']) => compileFormula(source, variables);

describe('compileFormula', () => {
  it.each([
    ['500 opening brackets', '('.repeat(MAX_FORMULA_CHARS)],
    ['brackets around s', '('.repeat(200) + 's' + ')'.repeat(200)],
    ['a run of minus signs', '-'.repeat(400) + '1'],
    ['a run of alternating signs', '+-'.repeat(200) + 's'],
  ])('explains %s as nesting too deep instead of overflowing the stack', (_, source) => {
    const result = compileFormula(source.slice(0, MAX_FORMULA_CHARS), ['s']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe('The formula nests more than 40 levels deep');
  });

  it('still takes nesting a person writes', () => {
    expect(compileFormula('((((s + 1) * 2) - 3) / 4) + -(-s)', ['s']).ok).toBe(true);
  });

  it('evaluates the cost family a + b / (1 − s)^k at many points from one compile', () => {
    const result = compile('a + b / (1 - s)^k');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value({ s: 0.5, a: 100, b: 10, k: 2 })).toBe(140);
    expect(result.value({ s: 0.9, a: 100, b: 10, k: 1 })).toBeCloseTo(200, 9);
  });

  it('evaluates the modified exponential revenue a(1 − e^(−b·s)) + c and the functions it allows', () => {
    const result = compileFormula('a * (1 - exp(-b * s)) + c', ['s', 'a', 'b', 'c']);
    expect(result.ok && result.value({ s: 1, a: 1000, b: Math.log(2), c: 50 })).toBeCloseTo(550, 9);
    const fns = compileFormula(
      'abs(-s) + sqrt(4) + log(e) + log10(100) + min(s, 2) + max(s, 2) + floor(1.5) + ceil(1.5) + round(1.4) + pi * 0',
      ['s'],
    );
    expect(fns.ok && fns.value({ s: 1 })).toBe(1 + 2 + 1 + 2 + 1 + 2 + 1 + 2 + 1);
  });

  it('reports a syntax error with its position', () => {
    const result = compile('a + * b');
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Value expected/), index: 4 },
    });
  });

  it('reports an unknown name with its position and the names that are allowed', () => {
    const result = compile('a + cost * s');
    expect(result).toEqual({
      ok: false,
      error: { message: 'Unknown name cost; use s, a, b, k, pi, e', index: 4 },
    });
    expect(compile('a + sinh(s)')).toMatchObject({
      ok: false,
      error: { message: 'Unknown function sinh', index: 4 },
    });
  });

  it('throws at evaluation when the result is not finite, naming the inputs', () => {
    const result = compile('a / (1 - s)');
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(() => result.value({ s: 1, a: 1, b: 0, k: 0 })).toThrow(
        'The formula gives Infinity at s = 1, a = 1, b = 0, k = 0',
      );
  });
});

describe('formula security (mathjs "Security" page)', () => {
  it.each(DISABLED_FUNCTIONS)('refuses %s inside a formula', (name) => {
    const result = compile(`${name}("1+1")`);
    expect(result.ok).toBe(false);
    // Even on the shared instance itself, the expression-level function refuses.
    expect(() => math.evaluate?.(`${name}("1")`)).toThrow();
  });

  it.each([
    ['property access', 'a.constructor'],
    ['bracket access', 'a["constructor"]'],
    ['assignment', 'a = 5'],
    ['function definition', 'f(x) = x'],
    ['matrices', '[1, 2]'],
    ['objects', '{a: 1}'],
    ['strings', '"text"'],
    ['several expressions', 'a; b'],
    ['ranges', '1:3'],
    ['conditions', 's > 0.5 ? a : b'],
    ['calling a variable', 'a(1)'],
    ['units', '5 cm'],
    ['other operators', '3!'],
    ['comparisons', 's > 0.5'],
    ['modulo', 's mod 2'],
  ])('refuses %s', (_label, source) => {
    const result = compile(source);
    expect(result.ok).toBe(false);
  });

  it('refuses oversized input', () => {
    const result = compile('a+'.repeat(300) + 'a');
    expect(result).toMatchObject({ ok: false, error: { index: MAX_FORMULA_CHARS } });
  });

  it('never throws while compiling, whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (source) => {
        const result = compile(source);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});
