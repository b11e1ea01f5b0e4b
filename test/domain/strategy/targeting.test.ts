import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  noTargetingAnswers,
  TARGETING_CONDITIONS,
  targetingAdvice,
  type TargetingAnswers,
} from '../../../src/domain/strategy/targeting';

describe('the targeting advisor', () => {
  it('points a small firm with a varied service in a crowded, segmented market to concentrated marketing', () => {
    // Kotler & Armstrong: limited resources → concentrated; varied product and market, maturity, segmenting
    // rivals and many rivals → segment (differentiated or concentrated).
    const advice = targetingAdvice({
      resources: 'limited',
      product: 'varied',
      market: 'varied',
      lifecycle: 'decline',
      competitorStrategy: 'segmented',
      competitors: 'many',
    });
    expect(advice.best).toEqual(['concentrated']);
    expect(advice.votes).toEqual({ undifferentiated: 0, differentiated: 4, concentrated: 6 });
  });

  it('points a uniform product sold to alike buyers by a few rivals, newly launched, to undifferentiated marketing', () => {
    const advice = targetingAdvice({
      ...noTargetingAnswers(),
      product: 'uniform',
      market: 'uniform',
      lifecycle: 'introduction',
      competitors: 'few',
    });
    expect(advice.best).toEqual(['undifferentiated']);
    expect(advice.answered).toBe(4);
  });

  it('says nothing before an answer, and reports ties', () => {
    expect(targetingAdvice(noTargetingAnswers()).best).toEqual([]);
    expect(targetingAdvice({ ...noTargetingAnswers(), market: 'varied' }).best).toEqual([
      'differentiated',
      'concentrated',
    ]);
  });

  it('counts one reason per answered condition and every vote it gives (property)', () => {
    const answer = (options: readonly string[]) => fc.option(fc.constantFrom(...options), { nil: null });
    const answers = fc.record(
      Object.fromEntries(Object.entries(TARGETING_CONDITIONS).map(([c, o]) => [c, answer(o)])) as {
        [K in keyof TargetingAnswers]: fc.Arbitrary<TargetingAnswers[K]>;
      },
    );
    fc.assert(
      fc.property(answers, (a) => {
        const advice = targetingAdvice(a);
        expect(advice.answered).toBe(Object.values(a).filter((v) => v !== null).length);
        const votes = Object.values(advice.votes).reduce((x, y) => x + y, 0);
        expect(votes).toBe(advice.reasons.reduce((n, r) => n + r.favours.length, 0));
        for (const s of advice.best) expect(advice.votes[s]).toBe(Math.max(...Object.values(advice.votes)));
      }),
    );
  });
});
