// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { planDay } from '../../src/domain/service-cost/dayPlan';
import { clockTime, dayServiceLevelView, dayStaffingView } from '../../src/views/dayPlanViews';
import { example } from './example';
import { ctxEn, ctxZh } from './translate';

function hotline(language: 'en' | 'zh-CN' = 'en') {
  const model = example(language).serviceModels[0]!;
  if (model.kind !== 'callCentre' || !model.dayPlan) throw new Error('the example hotline has a day plan');
  const day = planDay(model, model.dayPlan);
  if (!day.ok) throw new Error(day.error.message);
  return { model, plan: model.dayPlan, day: day.value };
}

describe('the day-plan views (the example hotline: the course’s DHL day, 2,200 calls in 48 half-hours)', () => {
  it('calls on the left; agents needed, staff to schedule and the roster on the right; ticks every 3 hours', () => {
    const { model, plan, day } = hotline();
    const view = dayStaffingView(model, plan, day, ctxEn);
    expect(view.series.map((s) => [s.id, Boolean(s.right)])).toEqual([
      ['calls', false],
      ['required', true],
      ['scheduled', true],
      ['rostered', true],
    ]);
    expect(view.series[1]!.values.every((v) => v === 11)).toBe(true);
    expect(view.series[2]!.values.every((v) => v === 16)).toBe(true);
    expect(view.x.ticks).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24]);
    expect(view.x.format(13.5)).toBe('13:30');
    expect(view.summary).toBe(
      'The busiest interval, at 00:00, needs 16 staff scheduled; the day’s service level is 95.8%.',
    );
    const rows = view.table().rows;
    expect(rows).toHaveLength(49);
    expect(rows[1]).toEqual(['00:00', 45.84, 240, 11, 16, expect.any(Number), 13, 9, expect.any(Number)]);
  });

  it('service level per interval against the target, with the roster’s below it; in Chinese', () => {
    const { model, plan, day } = hotline('zh-CN');
    const view = dayServiceLevelView(model, plan, day, ctxZh);
    expect(view.title).toBe('客服热线（全天候，每天 2,200 个来电）：全天各时段的服务水平');
    expect(view.series.map((s) => s.name)).toEqual(['目标 95.0%', '按所需人数', '按排班表']);
    const roster = view.series[2]!.values as number[];
    expect(Math.max(...roster)).toBeLessThan(95);
    expect(view.y).toMatchObject({ max: 100, unit: '%' });
  });

  it('clock times wrap past midnight', () => {
    expect(clockTime(0)).toBe('00:00');
    expect(clockTime(1440 + 90)).toBe('01:30');
    expect(clockTime(-30)).toBe('23:30');
  });
});
