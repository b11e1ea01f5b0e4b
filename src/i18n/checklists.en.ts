/** The course's tick lists (the TOWS page and the report). */
export const checklistsEn = {
  noteLabel: 'How: {{item}}',
  formulationMoves: {
    heading: 'The course’s formulation moves',
    intro:
      'Moves the course names for formulating a service strategy. Tick the ones your strategy makes and say how in a sentence; they go into the report.',
    placeholder: 'How the strategy makes this move',
    none: 'No formulation move is ticked yet.',
    items: {
      entryBarriers: 'Entry barriers',
      lowCostOperations: 'Low-cost operations',
      pricing: 'Pricing',
      newServices: 'New services',
      mergers: 'Mergers',
    },
  },
};
