/**
 * The four cost–service relationships of logistics cost management (course material: 客户服务与成本的
 * 四种关系): keep service and lower cost; keep cost and raise service; raise service by adding cost; raise
 * service while lowering cost. A move from a baseline operating point to a scenario is one of them, or a
 * trade of service for cost, or a worse position (less service for the same or more cost).
 */
export type CostServiceMove =
  | 'keep-service-lower-cost'
  | 'keep-cost-raise-service'
  | 'raise-service-add-cost'
  | 'raise-service-lower-cost'
  | 'lower-service-lower-cost'
  | 'worse'
  | 'no-change';

export interface OperatingPoint {
  /** 0–1 */
  serviceLevel: number;
  cost: number;
}

/**
 * Classifies the move from `baseline` to `scenario`. Changes within the tolerances count as "kept":
 * by default 0.1 percentage point of service and 0.5% of the baseline cost.
 */
export function classifyMove(
  baseline: OperatingPoint,
  scenario: OperatingPoint,
  tolerance = { serviceLevel: 0.001, costShare: 0.005 },
): CostServiceMove {
  for (const p of [baseline, scenario])
    if (!Number.isFinite(p.serviceLevel) || !Number.isFinite(p.cost))
      throw new RangeError('operating points must be finite numbers');
  const ds = scenario.serviceLevel - baseline.serviceLevel;
  const dc = scenario.cost - baseline.cost;
  const sameService = Math.abs(ds) <= tolerance.serviceLevel;
  const sameCost = Math.abs(dc) <= tolerance.costShare * Math.abs(baseline.cost);
  if (sameService && sameCost) return 'no-change';
  if (sameService) return dc < 0 ? 'keep-service-lower-cost' : 'worse';
  if (sameCost) return ds > 0 ? 'keep-cost-raise-service' : 'worse';
  if (ds > 0) return dc > 0 ? 'raise-service-add-cost' : 'raise-service-lower-cost';
  return dc < 0 ? 'lower-service-lower-cost' : 'worse';
}
