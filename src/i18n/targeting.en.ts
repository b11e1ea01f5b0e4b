/** The targeting advisor on the positioning page (English). */
export const targetingEn = {
  heading: 'Target marketing: which strategy fits',
  intro:
    'Answer the six conditions the marketing texts weigh when choosing undifferentiated, differentiated or concentrated marketing; the advice says which strategy most of them point to, and why.',
  conditions: {
    resources: 'The firm’s resources',
    product: 'The product or service',
    market: 'The market',
    lifecycle: 'Life-cycle stage',
    competitorStrategy: 'Competitors’ strategy',
    competitors: 'Number of competitors',
  },
  options: {
    resources: { limited: 'Limited resources', ample: 'Ample resources' },
    product: { uniform: 'A uniform product', varied: 'A product that can vary' },
    market: { uniform: 'Buyers with the same needs', varied: 'Buyers whose needs differ' },
    lifecycle: {
      introduction: 'Introduction stage',
      growth: 'Growth stage',
      maturity: 'Maturity stage',
      decline: 'Decline stage',
    },
    competitorStrategy: {
      undifferentiated: 'Competitors serve the whole market alike',
      segmented: 'Competitors serve segments',
    },
    competitors: { few: 'Few competitors', many: 'Many competitors' },
  },
  strategies: {
    undifferentiated: 'undifferentiated marketing',
    differentiated: 'differentiated marketing',
    concentrated: 'concentrated marketing',
  },
  unanswered: '(not answered)',
  none: 'Answer the conditions to see which strategy they point to.',
  verdict: 'Points to {{name}}: {{votes}} of the {{answered}} conditions answered favour it.',
  tie: 'No single answer: {{name}} are favoured equally ({{votes}} of the {{answered}} conditions answered each).',
  or: ' or ',
  condition: 'Condition',
  answer: 'Answer',
  favours: 'Favours',
  reportHeading: 'Target marketing',
} as const;
