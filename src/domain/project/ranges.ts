/**
 * The range of every number a model takes, in one place: the schema refuses a file outside it (with the
 * path), and the editor's fields refuse typing outside it. Wide enough for any real service operation; narrow
 * enough that no computation on them can hold the page.
 */
export const RANGES = {
  callsPerInterval: { min: 0, max: 100_000 },
  /** Up to a day; the editor never allowed less than a second. */
  intervalSec: { min: 1, max: 86_400 },
  handleTimeSec: { min: 1, max: 86_400 },
  targetAnswerSec: { min: 0, max: 86_400 },
  costPerAgentHour: { min: 0, max: 1_000_000 },
  valuePerCallInTime: { min: 0, max: 10_000_000 },
  agents: { min: 0, max: 100_000 },
  /** Callers' mean patience before they hang up: a second to an hour. */
  patienceSec: { min: 1, max: 3600 },
  demandPerPeriod: { min: 0, max: 1e9 },
  demandStdDevPerPeriod: { min: 0.001, max: 1e9 },
  leadTimePeriods: { min: 0.001, max: 10_000 },
  leadTimeStdDevPeriods: { min: 0, max: 10_000 },
  orderQuantity: { min: 1, max: 1e9 },
  holdingCostPerUnitPerPeriod: { min: 0, max: 1_000_000 },
  safetyStock: { min: -1e9, max: 1e9 },
  /** A generic curve's parameters (a, b, k, …). */
  curveParam: { min: -1e9, max: 1e9 },
  /** Customers: money a visit or a customer costs, visits, years, people told, margins and horizons. */
  money: { min: 0, max: 1e9 },
  visitsPerYear: { min: 0, max: 10_000 },
  customerYears: { min: 0, max: 100 },
  peopleTold: { min: 0, max: 10_000 },
  margin: { min: -1e9, max: 1e9 },
  /** A share or rate typed as a percentage and kept as a fraction. */
  fraction: { min: 0, max: 1 },
  periods: { min: 1, max: 1000 },
  /** A model's periods in a year: 1 for a yearly model, 17,520 for 30-minute intervals around the clock. */
  periodsPerYear: { min: 1, max: 1_000_000 },
  /** Calls answered in time for each customer they keep. */
  callsPerCustomerKept: { min: 1, max: 1_000_000 },
  segmentValue: { min: 0, max: 1e12 },
  segmentCustomers: { min: 1, max: 1e9 },
  /** Customers counted at a funnel stage or in a frequency segment (0: none yet). */
  stageCustomers: { min: 0, max: 1e9 },
  /** An RFM import: rows and customers counted, days since a purchase, purchases, and sums of money. */
  importRows: { min: 0, max: 1e10 },
  recencyDays: { min: 0, max: 100_000 },
  purchases: { min: 1, max: 1e10 },
  moneyTotal: { min: -1e15, max: 1e15 },
  /** A satisfaction survey's scale ends (1–5, 1–7, 0–10, …) and an attribute's importance (any scale). */
  surveyScale: { min: 0, max: 100 },
  importance: { min: 0, max: 100 },
  /** Complaints counted with one cause (service recovery). */
  complaints: { min: 0, max: 1e9 },
} as const;

/**
 * The most offered traffic a call centre is computed for (calls per second × handle time), as many Erlangs
 * as the most agents the model holds; above it the model says so instead of computing.
 */
export const MAX_TRAFFIC_ERLANGS = RANGES.agents.max;
