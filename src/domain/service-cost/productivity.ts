/**
 * Service productivity after Grönroos and Ojasalo (2004), "Service productivity: towards a
 * conceptualization of the transformation of inputs into economic results in services": revenue / cost
 * = external efficiency (revenue per output) × capacity efficiency (output per unit of capacity, e.g.
 * occupancy) × internal efficiency (capacity per unit of cost).
 */
export interface ProductivityInput {
  revenue: number;
  cost: number;
  /** Output produced, e.g. calls answered. */
  output: number;
  /** Capacity provided, e.g. agent-hours available. */
  capacity: number;
}

export interface Productivity {
  externalEfficiency: number;
  capacityEfficiency: number;
  internalEfficiency: number;
  /** revenue / cost: the product of the three. */
  productivity: number;
}

/** The three efficiencies and their product. All inputs must be > 0 (revenue ≥ 0). */
export function decomposeProductivity({ revenue, cost, output, capacity }: ProductivityInput): Productivity {
  if (!(Number.isFinite(revenue) && revenue >= 0))
    throw new RangeError(`revenue must be ≥ 0 (got ${revenue})`);
  for (const [name, v] of Object.entries({ cost, output, capacity }))
    if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`${name} must be > 0 (got ${v})`);
  return {
    externalEfficiency: revenue / output,
    capacityEfficiency: output / capacity,
    internalEfficiency: capacity / cost,
    productivity: revenue / cost,
  };
}

/** Each efficiency of a scenario relative to the baseline (1.10 = 10% better). */
export function compareProductivity(baseline: Productivity, scenario: Productivity): Productivity {
  return {
    externalEfficiency: scenario.externalEfficiency / baseline.externalEfficiency,
    capacityEfficiency: scenario.capacityEfficiency / baseline.capacityEfficiency,
    internalEfficiency: scenario.internalEfficiency / baseline.internalEfficiency,
    productivity: scenario.productivity / baseline.productivity,
  };
}
