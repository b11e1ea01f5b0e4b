import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalPdf from '@stdlib/stats-base-dists-normal-pdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

/**
 * Safety stock and inventory service level under normally distributed lead-time demand, as in
 * S. Chopra and P. Meindl, Supply Chain Management (ch. "Managing Uncertainty in a Supply Chain: Safety
 * Inventory"): σ_L = √L · σ_D, cycle service level CSL = Φ(ss / σ_L), expected shortage per cycle
 * ESC = σ_L · G(ss / σ_L), fill rate = 1 − ESC / Q.
 */

/** z such that Φ(z) = p, for 0 < p < 1 (z(0.95) = 1.6449). */
export function inverseNormalCdf(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`a probability strictly between 0 and 1 is needed (got ${p})`);
  return normalQuantile(p, 0, 1);
}

/** Standard normal loss function G(z) = φ(z) − z(1 − Φ(z)): expected shortfall beyond z, in σ units. */
export function normalLossFunction(z: number): number {
  if (!Number.isFinite(z)) throw new RangeError(`z must be a finite number (got ${z})`);
  return normalPdf(z, 0, 1) - z * (1 - normalCdf(z, 0, 1));
}

interface LeadTimeDemand {
  demandStdDevPerPeriod: number;
  leadTimePeriods: number;
  /** When the lead time itself varies: its standard deviation (periods) and the mean demand per period. */
  leadTimeStdDevPeriods?: number;
  demandPerPeriod?: number;
}

/**
 * Standard deviation of demand over the lead time: √L · σ_D, or with an uncertain lead time
 * √(L·σ_D² + D²·s_L²) (Chopra and Meindl, "impact of lead time uncertainty on safety inventory").
 */
export function leadTimeStdDev({
  demandStdDevPerPeriod,
  leadTimePeriods,
  leadTimeStdDevPeriods = 0,
  demandPerPeriod = 0,
}: LeadTimeDemand): number {
  if (!Number.isFinite(demandStdDevPerPeriod) || demandStdDevPerPeriod <= 0)
    throw new RangeError(`the standard deviation of demand must be > 0 (got ${demandStdDevPerPeriod})`);
  if (!Number.isFinite(leadTimePeriods) || leadTimePeriods <= 0)
    throw new RangeError(`the lead time must be > 0 periods (got ${leadTimePeriods})`);
  if (!Number.isFinite(leadTimeStdDevPeriods) || leadTimeStdDevPeriods < 0)
    throw new RangeError(`the lead time's standard deviation must be ≥ 0 (got ${leadTimeStdDevPeriods})`);
  if (!Number.isFinite(demandPerPeriod) || demandPerPeriod < 0)
    throw new RangeError(`demand must be ≥ 0 (got ${demandPerPeriod})`);
  return Math.sqrt(
    leadTimePeriods * demandStdDevPerPeriod ** 2 + demandPerPeriod ** 2 * leadTimeStdDevPeriods ** 2,
  );
}

function checkStock(safetyStock: number): void {
  if (!Number.isFinite(safetyStock))
    throw new RangeError(`safety stock must be a finite number (got ${safetyStock})`);
}

/** Cycle service level: the probability of no stock-out in a replenishment cycle, Φ(ss / σ_L). */
export function cycleServiceLevel(input: { safetyStock: number } & LeadTimeDemand): number {
  checkStock(input.safetyStock);
  return normalCdf(input.safetyStock / leadTimeStdDev(input), 0, 1);
}

/** Fill rate: the share of demand met from stock, 1 − σ_L · G(ss / σ_L) / Q. */
export function fillRate(input: { safetyStock: number; orderQuantity: number } & LeadTimeDemand): number {
  checkStock(input.safetyStock);
  if (!Number.isFinite(input.orderQuantity) || input.orderQuantity <= 0)
    throw new RangeError(`the order quantity must be > 0 (got ${input.orderQuantity})`);
  const sigma = leadTimeStdDev(input);
  return Math.max(0, 1 - (sigma * normalLossFunction(input.safetyStock / sigma)) / input.orderQuantity);
}

/** Safety stock for a cycle service level 0 < CSL < 1: Φ⁻¹(CSL) · σ_L. */
export function safetyStockForCycleServiceLevel(
  input: { cycleServiceLevel: number } & LeadTimeDemand,
): number {
  if (!(input.cycleServiceLevel > 0 && input.cycleServiceLevel < 1))
    throw new RangeError(
      `the cycle service level must be above 0 and below 1 (got ${input.cycleServiceLevel}); 1 needs infinite stock`,
    );
  return inverseNormalCdf(input.cycleServiceLevel) * leadTimeStdDev(input);
}

/**
 * Safety stock for a fill rate 0 < fr < 1: solves σ_L · G(ss / σ_L) = (1 − fr) · Q for ss by bisection
 * (G falls strictly, so the root is unique).
 */
export function safetyStockForFillRate(
  input: { fillRate: number; orderQuantity: number } & LeadTimeDemand,
): number {
  if (!(input.fillRate > 0 && input.fillRate < 1))
    throw new RangeError(
      `the fill rate must be above 0 and below 1 (got ${input.fillRate}); 1 needs infinite stock`,
    );
  if (!Number.isFinite(input.orderQuantity) || input.orderQuantity <= 0)
    throw new RangeError(`the order quantity must be > 0 (got ${input.orderQuantity})`);
  const sigma = leadTimeStdDev(input);
  const targetLoss = ((1 - input.fillRate) * input.orderQuantity) / sigma;
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i += 1) {
    const mid = (lo + hi) / 2;
    if (normalLossFunction(mid) > targetLoss) lo = mid;
    else hi = mid;
  }
  return ((lo + hi) / 2) * sigma;
}
