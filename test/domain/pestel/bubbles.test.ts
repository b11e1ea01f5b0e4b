import { describe, expect, it } from 'vitest';
import { pestelBubbles } from '../../../src/domain/pestel/bubbles';
import type { PestelFactor } from '../../../src/domain/project/types';

const factor = (
  id: string,
  category: PestelFactor['category'],
  impact: number | null,
  likelihood: number | null,
): PestelFactor => ({
  id,
  category,
  text: id,
  note: '',
  impact,
  likelihood,
  direction: 'opportunity',
  horizon: 'short',
  contributors: [],
});

describe('pestelBubbles', () => {
  it('places scored factors by likelihood and impact, spreads those on one point, and leaves out empty categories', () => {
    const bubbles = pestelBubbles(
      [
        factor('a', 'economic', 4, 3),
        factor('b', 'economic', 4, 3),
        factor('c', 'legal', null, 2),
        factor('d', 'social', 2, 5),
      ],
      new Map([
        ['a', 'Ec1'],
        ['b', 'Ec2'],
        ['d', 'S1'],
      ]),
    );
    expect(bubbles.map((s) => s.category)).toEqual(['economic', 'social']);
    const [a, b] = bubbles[0]!.points;
    expect([a!.code, b!.code]).toEqual(['Ec1', 'Ec2']);
    expect(a!.score).toBe(12);
    expect(Math.abs(a!.x - b!.x)).toBeCloseTo(0.3, 10);
    expect((a!.x + b!.x) / 2).toBeCloseTo(3, 10);
  });
});
