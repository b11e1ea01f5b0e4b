import type { MessageTree } from './en';

/** 定位页面上的目标营销策略建议（简体中文）。 */
export const targetingZh: MessageTree['targeting'] = {
  heading: '目标营销策略：哪种策略合适',
  intro:
    '回答选择无差异营销、差异化营销或集中性营销时需要考虑的六个条件；建议会说明多数条件指向哪种策略，以及原因。',
  conditions: {
    resources: '企业资源',
    product: '产品同质性',
    market: '市场同质性',
    lifecycle: '产品生命周期阶段',
    competitorStrategy: '竞争者的目标营销策略',
    competitors: '竞争者数目',
  },
  options: {
    resources: { limited: '资源有限', ample: '资源雄厚' },
    product: { uniform: '产品同质', varied: '产品差异大' },
    market: { uniform: '顾客需求相近', varied: '顾客需求各异' },
    lifecycle: {
      introduction: '导入期',
      growth: '成长期',
      maturity: '成熟期',
      decline: '衰退期',
    },
    competitorStrategy: {
      undifferentiated: '竞争者对整个市场一视同仁',
      segmented: '竞争者针对细分市场',
    },
    competitors: { few: '竞争者少', many: '竞争者多' },
  },
  strategies: {
    undifferentiated: '无差异营销',
    differentiated: '差异化营销',
    concentrated: '集中性营销',
  },
  unanswered: '（未回答）',
  none: '回答各项条件，即可看到它们指向哪种策略。',
  verdict: '建议采用{{name}}：已回答的 {{answered}} 个条件中有 {{votes}} 个支持它。',
  tie: '没有唯一答案：{{name}}得到同样的支持（已回答的 {{answered}} 个条件中各有 {{votes}} 个）。',
  or: '或',
  condition: '条件',
  answer: '回答',
  favours: '支持的策略',
  reportHeading: '目标营销策略',
};
