import type { MessageTree } from './en';

/** 客户（简体中文）。 */
export const customersZh: Pick<MessageTree, 'customers'> = {
  customers: {
    heading: '客户：一个客户值多少',
    intro:
      '制定服务战略要在客户细分的基础上。先算清一个客户的价值：终身消费多少，口碑能带来或赶走多少客户，留住他值多少。',
    course: {
      heading: '终身消费（课程中的计算）',
      spend: '每次消费',
      visits: '每年光顾次数',
      years: '作为客户的年数',
      formula: '每次 {{spend}} × 每年 {{visits}} 次 × {{years}} 年 = {{value}}',
    },
    wom: {
      heading: '口碑效应',
      toldIfSatisfied: '满意的客户会告诉的人数',
      toldIfDissatisfied: '不满意的客户会告诉的人数',
      conversion: '听者中受影响的比例（%）',
      customer: '一个客户',
      customers: '客户数',
      value: '其价值',
      satisfied: '满意：带来新客户',
      dissatisfied: '不满意：赶走客户',
      stake:
        '一个客户关系到的价值：{{value}}。满意时，他连同口碑带来的客户共值 {{satisfied}}；不满意时，他离开，抱怨又损失 {{lost}}。',
    },
    ltv: {
      heading: '基于客户保持率的终身价值',
      margin: '每期利润',
      retention: '每期客户保持率（%）',
      discount: '每期贴现率（%）',
      infinite: '不设终点（无限期）',
      periods: '期数',
      atStart: '第一期利润在期初获得',
      acquisition: '获取该客户的成本',
      result: '客户终身价值：{{value}}',
      formulaInfinite: 'm·r / (1 + i − r) − 获客成本',
      formulaInfiniteAtStart: 'm·(1 + i) / (1 + i − r) − 获客成本',
      formulaFinite: 't = 1…{{periods}} 求和 m·r^t / (1 + i)^t − 获客成本',
      formulaFiniteAtStart: 't = 1…{{periods}} 求和 m·r^(t−1) / (1 + i)^(t−1) − 获客成本',
      multiple: '每期利润在客户生命周期内相当于 {{multiple}} 倍。',
      neverEnds: '保持率为 100% 且不贴现时，价值会无限增长：请填写期数或贴现率。',
      winKeep:
        '获取这个客户要花 {{cost}}，占留住他所带来价值的 {{share}}%。保持率每提高 1 个百分点，价值增加 {{point}}。',
    },
  },
};
