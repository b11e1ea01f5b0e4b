import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailTargetHours } from '../../../src/domain/service-cost/channels';

describe('emailTargetHours', () => {
  it.each([
    [14_400, 4],
    [86_400, 24],
    [5_400, 1.5],
    [60, 0.02],
  ])('%i s is %f h', (sec, hours) => expect(emailTargetHours(sec)).toBe(hours));

  it('typed back as whole seconds, an hour value gives the same hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400 }), (sec) => {
        const hours = emailTargetHours(sec);
        expect(emailTargetHours(Math.round(hours * 3600))).toBe(hours);
      }),
    );
  });
});
