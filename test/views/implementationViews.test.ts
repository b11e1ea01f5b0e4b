// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { strategyParts } from '../../src/domain/implementation/strategyParts';
import { complaintParetoView } from '../../src/views/complaintParetoView';
import { strategyPartsTexts } from '../../src/views/strategyPartsTexts';
import { timelineView } from '../../src/views/timelineView';
import { example } from './example';
import { ctxEn, ctxZh } from './translate';

describe('the implementation views', () => {
  it('the complaint Pareto ranks the example’s causes, vital few in their own series, CSV with shares', () => {
    const view = complaintParetoView(example().implementation.recovery.complaints, ctxEn)!;
    expect(view.title).toBe('3 of 7 causes give 80.3% of complaints');
    expect(view.categories[0]).toBe('Late delivery');
    expect(view.series.find((s) => s.id === 'vital')!.values).toEqual([
      412,
      168,
      121,
      null,
      null,
      null,
      null,
    ]);
    expect(view.y2).toMatchObject({ min: 0, max: 100, unit: '%' });
    const rows = view.table().rows;
    expect(rows[1]).toEqual(['Late delivery', 412, 47.19, 47.19, 'Yes']);
    expect(complaintParetoView([], ctxEn)).toBeNull();
  });

  it('the timeline of the example in Chinese: month labels, bars described, today marked', () => {
    const view = timelineView(example('zh-CN').implementation.actions, '2027-02-01', ctxZh)!;
    // October 2026 to September 2027: every other month labelled, the year where it changes.
    expect(view.ticks.map((x) => x.text)).toEqual([
      '2026年10月',
      '',
      '12月',
      '',
      '2027年2月',
      '',
      '4月',
      '',
      '6月',
      '',
      '8月',
      '',
    ]);
    expect(view.rows).toHaveLength(6);
    expect(view.rows[0]!.description).toBe(
      '每小时在线坐席增加 2 名（9 → 11）：2027-01-04 至 2027-03-31，进行中',
    );
    expect(view.today?.text).toBe('今天');
    expect(view.undated).toBeNull();
  });

  it('the six parts read as sentences in both languages: no key, no empty placeholder', () => {
    for (const [language, ctx] of [
      ['en', ctxEn],
      ['zh-CN', ctxZh],
    ] as const) {
      const project = example(language);
      const texts = strategyPartsTexts(strategyParts(project), project, ctx);
      const lines = texts.flatMap((p) => [
        p.title,
        p.about,
        ...p.facts.map((f) => f.text),
        ...p.missing.map((m) => m.text),
      ]);
      for (const line of lines) {
        expect(line).not.toMatch(/summary\.|\{\{|undefined|NaN/);
      }
      expect(texts[4]!.facts.map((f) => f.text)).toContain(
        language === 'en'
          ? '873 complaints counted; the top cause, “Late delivery”, gives 47.2%; 3 causes give 80.3%.'
          : '共统计投诉 873 件；首要原因“延迟送达”占 47.2%；3 个原因合计占 80.3%。',
      );
      expect(texts[2]!.facts.map((f) => f.text)).toContain(
        language === 'en' ? '4 service-level models; scenarios: 1.' : '4 个服务水平模型和 1 个方案。',
      );
    }
  });
});
