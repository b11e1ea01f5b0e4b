/** Customers (English). */
export const customersEn = {
  customers: {
    heading: 'Customers: what a customer is worth',
    intro:
      'Set the service strategy on the basis of customer segments. Start with what one customer is worth: what they spend over their life, what their word of mouth wins or loses, and what keeping them is worth.',
    course: {
      heading: 'Lifetime spend (the course’s calculator)',
      spend: 'Spend per visit',
      visits: 'Visits per year',
      years: 'Years as a customer',
      formula: '{{spend}} a visit × {{visits}} visits a year × {{years}} years = {{value}}',
    },
    wom: {
      heading: 'Word of mouth',
      toldIfSatisfied: 'People a satisfied customer tells',
      toldIfDissatisfied: 'People a dissatisfied customer tells',
      conversion: 'Listeners who act on it (%)',
      customer: 'One customer',
      customers: 'Customers',
      value: 'Their value',
      satisfied: 'Satisfied: wins new customers',
      dissatisfied: 'Dissatisfied: drives customers away',
      stake:
        'At stake with one customer: {{value}}. Satisfied, they are worth {{satisfied}} with the customers their praise wins; dissatisfied, they leave and their complaints cost {{lost}}.',
    },
    ltv: {
      heading: 'Lifetime value from retention',
      margin: 'Margin per period',
      retention: 'Retention rate per period (%)',
      discount: 'Discount rate per period (%)',
      infinite: 'No end (an infinite horizon)',
      periods: 'Periods',
      atStart: 'The first margin comes at the start of the first period',
      acquisition: 'Cost of winning the customer',
      result: 'Lifetime value: {{value}}',
      formulaInfinite: 'm·r / (1 + i − r) − acquisition cost',
      formulaInfiniteAtStart: 'm·(1 + i) / (1 + i − r) − acquisition cost',
      formulaFinite: 'Σ over t = 1…{{periods}} of m·r^t / (1 + i)^t − acquisition cost',
      formulaFiniteAtStart: 'Σ over t = 1…{{periods}} of m·r^(t−1) / (1 + i)^(t−1) − acquisition cost',
      multiple: 'Each period’s margin is worth {{multiple}} times over the customer’s life.',
      neverEnds:
        'With 100% retention and no discounting the value never stops growing: give a number of periods, or a discount rate.',
      winKeep:
        'Winning this customer costs {{cost}}: {{share}}% of what keeping them brings. Each point of retention is worth {{point}}.',
    },
  },
};
