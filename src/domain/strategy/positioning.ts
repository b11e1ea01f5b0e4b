/** Price and perceived quality (or value) are rated 0–10; a third of the scale each is low, medium, high. */
export type Level = 'low' | 'medium' | 'high';

export function levelOf(rating: number): Level {
  if (!Number.isFinite(rating) || rating < 0 || rating > 10)
    throw new RangeError(`a rating must be 0–10 (found ${rating})`);
  return rating < 10 / 3 ? 'low' : rating < 20 / 3 ? 'medium' : 'high';
}

/** Kotler's nine price–quality strategies. */
export const NINE_CELLS = {
  high: { high: 'premium', medium: 'highValue', low: 'superbValue' },
  medium: { high: 'overcharging', medium: 'mediumValue', low: 'goodValue' },
  low: { high: 'ripOff', medium: 'falseEconomy', low: 'economy' },
} as const satisfies Record<Level, Record<Level, string>>;

export type NineCell = (typeof NINE_CELLS)[Level][Level];

/** The cell of the price–quality matrix for a quality rating and a price rating (0–10 each). */
export function priceQualityCell(quality: number, price: number): NineCell {
  return NINE_CELLS[levelOf(quality)][levelOf(price)];
}

/**
 * Bowman's strategy clock: eight routes round a clock face of price (x) against perceived added value (y),
 * and the centre, which is no clear position. Routes 6–8 are the failure strategies.
 */
export const CLOCK_ROUTES = [
  'noFrills',
  'lowPrice',
  'hybrid',
  'differentiation',
  'focusedDifferentiation',
  'riskyHighMargins',
  'monopolyPricing',
  'lossOfMarketShare',
] as const;
export type ClockRoute = (typeof CLOCK_ROUTES)[number] | 'centre';

const CLOCK: Record<Level, Record<Level, ClockRoute>> = {
  // [price][value]
  low: { low: 'noFrills', medium: 'lowPrice', high: 'hybrid' },
  medium: { high: 'differentiation', medium: 'centre', low: 'lossOfMarketShare' },
  high: { high: 'focusedDifferentiation', medium: 'riskyHighMargins', low: 'monopolyPricing' },
};

/** The route of the strategy clock for a price rating and a perceived-value rating (0–10 each). */
export function clockRoute(price: number, value: number): ClockRoute {
  return CLOCK[levelOf(price)][levelOf(value)];
}

/** 1–8 as Bowman numbers the routes; null for the centre. */
export const clockNumber = (route: ClockRoute): number | null =>
  route === 'centre' ? null : CLOCK_ROUTES.indexOf(route) + 1;

/** Routes Bowman calls likely to fail (higher price without more value, or less value at the same price). */
export const isFailureRoute = (route: ClockRoute): boolean =>
  route === 'riskyHighMargins' || route === 'monopolyPricing' || route === 'lossOfMarketShare';
