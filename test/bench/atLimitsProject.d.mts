/** A project at every count the schema allows, built from the example project. */
export function atLimitsProject(example: unknown, limits: Record<string, number>): Record<string, unknown>;
