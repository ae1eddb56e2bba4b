/**
 * Category weights normalised to sum to 1 over the categories a scorecard includes. When cost
 * is left out (no budget), its weight is dropped and the rest are scaled up proportionally.
 */
import { CATEGORY_NAMES } from './categories.js';
import type { CategoryWeights } from './profile.js';
import { ProfileValidationError, type ProfileProblem } from './profile-validation.js';

export function normaliseWeights(weights: CategoryWeights, includeCost: boolean): CategoryWeights {
  if (typeof weights !== 'object' || weights === null) {
    throw new ProfileValidationError([{ field: 'weights', message: 'Weights are required: one non-negative number per category.' }]);
  }
  // Plain property reads: this runs for every buildScorecard call.
  const { power, network, climate, security, remoteHands, sla, compliance } = weights;
  const cost = includeCost ? weights.cost : 0;
  const total = power + network + climate + security + remoteHands + sla + compliance + cost;
  if (!(total > 0 && Number.isFinite(total)) || !allNonNegative(weights, includeCost)) {
    throw new ProfileValidationError(weightProblems(weights, includeCost));
  }
  return {
    power: power / total,
    network: network / total,
    climate: climate / total,
    security: security / total,
    remoteHands: remoteHands / total,
    sla: sla / total,
    compliance: compliance / total,
    cost: cost / total,
  };
}

function allNonNegative(weights: CategoryWeights, includeCost: boolean): boolean {
  return (
    weights.power >= 0 &&
    weights.network >= 0 &&
    weights.climate >= 0 &&
    weights.security >= 0 &&
    weights.remoteHands >= 0 &&
    weights.sla >= 0 &&
    weights.compliance >= 0 &&
    (!includeCost || weights.cost >= 0)
  );
}

function weightProblems(weights: CategoryWeights, includeCost: boolean): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  for (const category of CATEGORY_NAMES) {
    if (category === 'cost' && !includeCost) continue;
    const weight: unknown = weights?.[category];
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      problems.push({ field: `weights.${category}`, message: 'Must be a non-negative number.' });
    }
  }
  if (problems.length === 0) {
    problems.push({
      field: 'weights',
      message: includeCost
        ? 'All weights are zero: at least one category must count.'
        : 'Every category that can be scored has weight zero (cost is not scored without a budget).',
    });
  }
  return problems;
}
