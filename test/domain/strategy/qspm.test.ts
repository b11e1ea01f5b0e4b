import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qspm, tas } from '../../../src/domain/strategy/qspm';

// David & David, Strategic Management, Table 6-7 "A QSPM for a Retail Computer Store": the opportunity and
// threat rows (weight, AS for "buy new land and build a new larger store", AS for "fully renovate the
// existing store", and the published TAS); null is the book's dash.
const DAVID_ROWS = [
  { id: 'O1', weight: 0.1, build: 4, renovate: 2, tas: [0.4, 0.2] },
  { id: 'O2', weight: 0.1, build: 2, renovate: 4, tas: [0.2, 0.4] },
  { id: 'O3', weight: 0.08, build: 1, renovate: 4, tas: [0.08, 0.32] },
  { id: 'O4', weight: 0.05, build: null, renovate: null, tas: [0, 0] },
  { id: 'O5', weight: 0.05, build: null, renovate: null, tas: [0, 0] },
  { id: 'O6', weight: 0.1, build: null, renovate: null, tas: [0, 0] },
  { id: 'O7', weight: 0.06, build: null, renovate: null, tas: [0, 0] },
  { id: 'O8', weight: 0.06, build: null, renovate: null, tas: [0, 0] },
  { id: 'T1', weight: 0.15, build: 4, renovate: 3, tas: [0.6, 0.45] },
  { id: 'T2', weight: 0.08, build: null, renovate: null, tas: [0, 0] },
  { id: 'T3', weight: 0.12, build: 4, renovate: 1, tas: [0.48, 0.12] },
] as const;

const davidInput = {
  factors: DAVID_ROWS.map((r) => ({ id: r.id, weight: r.weight })),
  alternatives: [
    { id: 'build', scores: Object.fromEntries(DAVID_ROWS.map((r) => [r.id, r.build])) },
    { id: 'renovate', scores: Object.fromEntries(DAVID_ROWS.map((r) => [r.id, r.renovate])) },
  ],
};

describe('qspm', () => {
  it('reproduces the TAS of David’s retail computer store QSPM, dashes counting nothing', () => {
    for (const r of DAVID_ROWS) {
      expect(tas(r.weight, r.build)).toBeCloseTo(r.tas[0], 10);
      expect(tas(r.weight, r.renovate)).toBeCloseTo(r.tas[1], 10);
    }
    const result = qspm(davidInput);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // The sums of the published TAS of these rows: 1.76 and 1.49.
    expect(result.value.totals.build).toBeCloseTo(1.76, 10);
    expect(result.value.totals.renovate).toBeCloseTo(1.49, 10);
    expect(result.value.ranking).toEqual(['build', 'renovate']);
  });

  it('refuses a row where some alternatives have a dash and others a score, naming the factor', () => {
    const result = qspm({
      factors: [{ id: 'price', weight: 0.2 }],
      alternatives: [
        { id: 'a', scores: { price: 3 } },
        { id: 'b', scores: { price: null } },
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          path: 'factors[0]',
          code: 'qspmMixedDash',
          message: expect.stringContaining('a dash must go to every alternative'),
        }),
      ],
    });
  });

  it('refuses missing and out-of-scale scores with the cell they are in', () => {
    const result = qspm({
      factors: [
        { id: 'f1', weight: 0.5 },
        { id: 'f2', weight: 0.5 },
      ],
      alternatives: [{ id: 'a', scores: { f1: 5 } }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([
      ['alternatives[0].scores.f1', 'qspmBadScore'],
      ['alternatives[0].scores.f2', 'qspmMissing'],
    ]);
    expect(qspm({ ...davidInput, scale: { min: 1, max: 5 } }).ok).toBe(true);
  });

  it('ranks ties in the order the alternatives were given', () => {
    const result = qspm({
      factors: [{ id: 'f', weight: 1 }],
      alternatives: [
        { id: 'x', scores: { f: 2 } },
        { id: 'y', scores: { f: 3 } },
        { id: 'z', scores: { f: 2 } },
      ],
    });
    expect(result.ok && result.value.ranking).toEqual(['y', 'x', 'z']);
  });

  const matrix = fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 5 }))
    .chain(([factors, alternatives]) =>
      fc.record({
        w1: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: factors, maxLength: factors }),
        w2: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: factors, maxLength: factors }),
        k: fc.double({ min: 0, max: 10, noNaN: true }),
        scores: fc.array(
          fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }), {
            minLength: factors,
            maxLength: factors,
          }),
          { minLength: alternatives, maxLength: alternatives },
        ),
      }),
    );

  it('totals are linear in the weights (dashes made uniform per row)', () => {
    fc.assert(
      fc.property(matrix, ({ w1, w2, k, scores }) => {
        // A row with a dash anywhere becomes a dash row, as QSPM requires.
        const uniform = scores.map((row) =>
          row.map((s, f) => (scores.some((r) => r[f] === null) ? null : s)),
        );
        const run = (weights: number[]) => {
          const r = qspm({
            factors: weights.map((weight, i) => ({ id: `f${i}`, weight })),
            alternatives: uniform.map((row, a) => ({
              id: `a${a}`,
              scores: Object.fromEntries(row.map((s, i) => [`f${i}`, s])),
            })),
          });
          if (!r.ok) throw new Error(r.errors[0]!.message);
          return r.value.totals;
        };
        const t1 = run(w1);
        const t2 = run(w2);
        const sum = run(w1.map((w, i) => w + w2[i]!));
        const scaled = run(w1.map((w) => k * w));
        for (const id of Object.keys(t1)) {
          expect(sum[id]).toBeCloseTo(t1[id]! + t2[id]!, 9);
          expect(scaled[id]).toBeCloseTo(k * t1[id]!, 9);
        }
      }),
    );
  });
});
