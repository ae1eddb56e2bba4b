/**
 * The eight scored categories, in the one order used everywhere (weights, scorecards,
 * comparisons, tie-breaks), so outputs never depend on object key order.
 */
export const CATEGORY_NAMES = [
  'power',
  'network',
  'climate',
  'security',
  'remoteHands',
  'sla',
  'compliance',
  'cost',
] as const;
export type CategoryName = (typeof CATEGORY_NAMES)[number];

/**
 * Categories scored from the facility alone. Cost also needs the profile's footprint and
 * budget, and is left out of a scorecard when the profile has no budget.
 */
export type FacilityCategoryName = Exclude<CategoryName, 'cost'>;
