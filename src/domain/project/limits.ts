/** Size limits that keep a project file small enough to load quickly and safely. */
export const LIMITS = {
  fileBytes: 5 * 1024 * 1024,
  nameChars: 200,
  textChars: 1000,
  noteChars: 5000,
  itemsPerQuadrant: 200,
  strategiesPerCell: 100,
  linksPerStrategy: 400,
  serviceModels: 60,
  alternatives: 20,
  criteria: 50,
  competitors: 20,
  /** Structural limits checked before the schema, so hostile files fail fast. */
  maxDepth: 24,
  maxArrayLength: 2000,
  maxStringChars: 20000,
  maxKeysPerObject: 200,
  maxNodes: 100000,
} as const;
