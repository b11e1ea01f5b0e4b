import { describe, expect, it } from 'vitest';
import { projectTierService } from '../../src/domain/customers/tierService';
import { evaluateModel } from '../../src/domain/service-cost/models';
import { classServiceLine } from '../../src/views/tierServiceViews';
import { serviceCostSentences } from '../../src/views/serviceCostView';
import { workedCase } from '../domain/project/workedCase';
import { ctxEn, ctxZh } from './translate';

// The DHL case's hotline answers 99.96% within 13 s (Erlang C, 16 agents: workedCaseNumbers.test.ts). Rounded
// to one decimal that read "100%", the level the case exists to show no queue reaches.
describe('the DHL case’s 99.96% is never written as 100%', () => {
  it('in the class A service line, in both languages', () => {
    for (const [language, ctx] of [
      ['en', ctxEn],
      ['zh-CN', ctxZh],
    ] as const) {
      const service = projectTierService(workedCase('dhl-call-centre', language))!;
      const a = service.classes.find((c) => c.class === 'A')!;
      expect(classServiceLine(a, ctx)).toContain('99.96%');
    }
  });

  it('in the sentence on today', () => {
    const hotline = workedCase('dhl-call-centre').serviceModels[0]!;
    const result = evaluateModel(hotline);
    if (!result.ok) throw new Error(result.error.message);
    expect(serviceCostSentences(result.value, ctxEn).today).toContain('99.96%');
  });
});
