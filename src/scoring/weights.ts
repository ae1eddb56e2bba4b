/**
 * Category weights normalised to sum to 1 over the categories a scorecard includes. When cost
 * is left out (no budget), its weight is dropped and the rest are scaled up proportionally.
 */
import { CATEGORY_NAMES, type CategoryName } from './categories.js';
import type { CategoryWeights } from './profile.js';
import { ProfileValidationError } from './profile-validation.js';

export function normaliseWeights(weights: CategoryWeights, includeCost: boolean): CategoryWeights {
  let total = 0;
  for (const category of CATEGORY_NAMES) {
    if (category === 'cost' && !includeCost) continue;
    const weight = weights[category];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new ProfileValidationError([{ field: `weights.${category}`, message: 'Must be a non-negative number.' }]);
    }
    total += weight;
  }
  if (total === 0) {
    throw new ProfileValidationError([
      {
        field: 'weights',
        message: includeCost
          ? 'All weights are zero: at least one category must count.'
          : 'Every category that can be scored has weight zero (cost is not scored without a budget).',
      },
    ]);
  }
  const normalised = {} as Record<CategoryName, number>;
  for (const category of CATEGORY_NAMES) {
    normalised[category] = category === 'cost' && !includeCost ? 0 : weights[category] / total;
  }
  return normalised;
}
