/**
 * Every limit on a project, in one place: the schema (load), the editor (`capacity.ts`) and autosave all
 * read these, so that nothing an edit allows is refused when the project is saved or opened again.
 */
export const LIMITS = {
  /** A project as stored: its compact JSON in UTF-8 bytes. Checked on save and on load alike. */
  projectBytes: 12 * 1024 * 1024,
  /** A project file before it is read; pretty-printed JSON is larger than the compact form. */
  fileBytes: 30 * 1024 * 1024,
  nameChars: 200,
  textChars: 1000,
  noteChars: 5000,
  itemsPerQuadrant: 200,
  driversPerForce: 200,
  pestelFactors: 200,
  strategiesPerCell: 100,
  linksPerStrategy: 400,
  serviceModels: 60,
  /** A day plan's intervals: a day of quarter-hours. */
  daySlots: 96,
  alternatives: 20,
  criteria: 50,
  competitors: 20,
  valueFactors: 50,
  cpmFactors: 50,
  /** Customers or segments ranked for the ABC classes. */
  segments: 500,
  /** An RFM import keeps its most valuable customers' scores (the rest are in its cells and segments). */
  rfmCustomersKept: 1000,
  /** Service attributes rated in a satisfaction survey. */
  satisfactionAttributes: 50,
  /** …and the line numbers of its first bad rows (all are counted). */
  rfmBadLinesKept: 100,
  /** Strategic objectives and service standards. */
  objectives: 50,
  standards: 50,
  /** The implementation plan's actions, and the causes of complaints counted for service recovery. */
  actions: 100,
  complaintCauses: 50,
  /**
   * Keyed records. Each holds at most one key per live factor or player (deletions prune them); the limits
   * are at least the 200 keys older versions allowed, so no file that loaded before is refused now.
   */
  scoresPerAlternative: 1000,
  levelsPerValueCurve: 200,
  ratingsPerCpmFactor: 200,
  ahpJudgments: 1300,
  /** Workshops: provenance on an item, and the records of activities kept for the report. */
  contributorsPerItem: 20,
  /** On the other canvases' items (factors, drivers, strategies, value factors): 1,650 of them at the limits. */
  contributorsPerIdea: 5,
  contributorNameChars: 40,
  contributorRefChars: 120,
  participantsPerRecord: 1000,
  workshopRecords: 100,
  linesPerRecord: 50,
  /** QSPM cells (alternative × key factor) that keep a workshop's spread of scores for the Monte Carlo. */
  groupScoredCells: 400,
  /** Structural limits checked before the schema, so hostile files fail fast; each is above any count above. */
  maxDepth: 24,
  maxArrayLength: 2000,
  maxStringChars: 20000,
  maxKeysPerObject: 2000,
  maxNodes: 400_000,
} as const;
