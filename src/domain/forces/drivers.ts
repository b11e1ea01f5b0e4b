import type { Force } from '../project/types';

/**
 * The drivers Porter lists for each force (M. E. Porter, "The Five Competitive Forces That Shape
 * Strategy", Harvard Business Review, January 2008), as message keys under `forces.driver.*`.
 */
export const SUGGESTED_DRIVERS: Record<Force, readonly string[]> = {
  entrants: [
    'economiesOfScale',
    'brand',
    'switchingCosts',
    'capitalRequirements',
    'accessToDistribution',
    'governmentPolicy',
    'expectedRetaliation',
  ],
  suppliers: [
    'supplierConcentration',
    'inputDifferentiation',
    'supplierSwitchingCosts',
    'substituteInputs',
    'forwardIntegration',
  ],
  buyers: [
    'buyerConcentration',
    'buyerVolume',
    'buyerSwitchingCosts',
    'buyerInformation',
    'priceSensitivity',
    'backwardIntegration',
  ],
  substitutes: ['relativePricePerformance', 'substituteSwitchingCosts', 'propensityToSubstitute'],
  rivalry: [
    'industryGrowth',
    'fixedCosts',
    'overcapacity',
    'productDifferentiation',
    'competitorConcentration',
    'exitBarriers',
  ],
};
