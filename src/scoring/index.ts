/**
 * dcscore scoring core: plain TypeScript, no framework. Everything here is a pure function of
 * its inputs; the current time is always passed in as `now`.
 *
 * Scorecards, ranking, comparison
 * - buildScorecard(facility, reports, profile, now): one facility's Scorecard: overall 0..100,
 *   per-category score/weight/findings/missing, eligibility and unmet requirements,
 *   confidence, derived tier, warnings, monthly cost estimate.
 * - rankFacilities(entries, profile, now, { includeFindings? }): Ranking: eligible first, by
 *   overall, then name, then id; items carry category scores and weights (findings on
 *   request); plus the top two's margin and where the winner leads or trails.
 * - compareFacilities(entries, profile, now): FacilityComparison: scorecards in the given
 *   order, category scores side by side, and the attributes that differ.
 * - prepareProfile(profile) / evaluateFacility(facility, reports, prepared, nowMs): the same
 *   scorecard for callers scoring many facilities with one profile (prepare once), plus the
 *   unrounded overall and per-category contributions.
 *
 * Category scorers (each returns { score, findings, missing, knownFields, scoredFields };
 * score = max(0, 100 + sum of impacts))
 * - scorePower(facility, now), scoreNetwork(facility), scoreClimate(facility),
 *   scoreSecurity(facility), scoreRemoteHands(facility), scoreSla(facility),
 *   scoreCompliance(facility, reports, now), scoreCost(facility, footprint, budget)
 *   (the cost result also carries the monthly estimate). An optional last argument
 *   `keepFindings: false` returns the same score and counts without findings (rankings).
 *
 * Supporting rules
 * - reportsCoveringFacility(facility, reports) / reportCoversFacility: report scope filter.
 * - estimateMonthlyCost(facility, footprint): monthly cost lines, total, currency.
 * - billedMinutes / incidentCost: remote-hands billing (minimum, increment).
 * - estimateTier(facility): { tier 1-4 | null, basis: 'derived', explanation }.
 * - checkRequirements(facility, reports, requirements, context, now): unmet hard requirements.
 * - validateProfile(profile): [{ field, message }] problems (empty when valid);
 *   ProfileValidationError is what the scoring functions throw for an invalid profile.
 * - normaliseWeights(weights, includeCost): weights summing to 1.
 * - PROFILE_PRESETS / getPreset(id): the read-only presets.
 * - roundScore / roundMoney / roundWeight / roundRatio / roundTo: output rounding.
 *
 * Rules chosen where the brief left room (details in each file):
 * - Unknown costs points: a facility field that is unknown loses a "mid-bad" amount: less
 *   than the best known value, never more than the worst, typically about half the worst.
 *   Monotonicity holds among known values. Compliance reports are the exception: having no
 *   report counts as the worst case (a report's losses are capped there), so adding a report
 *   never lowers a score.
 * - Hybrid networks satisfy a carrier-neutral requirement (and score 3 points below neutral).
 * - Without a budget, cost is absent from `categories`, listed in `excludedCategories`, and a
 *   `cost.excluded` warning is added; its weight is spread proportionally. `monthlyCost` is
 *   shown whenever the profile has a footprint (flagged `complete: false` when a price is
 *   missing; null when no needed price is known).
 * - Included remote-hands minutes are subtracted from the month's billed minutes after each
 *   incident's minimum and rounding.
 * - Rounding at the edge: scores and overall to 0.1, weights to 4 decimals, confidence to 2,
 *   money to cents per line (total = sum of lines). Ranking compares the shown overall.
 */
export { CATEGORY_NAMES, type CategoryName, type FacilityCategoryName } from './categories.js';
export * from './model.js';
export { prepareFacility } from './canonical-input.js';
export type { Finding, CategoryResult } from './score-sheet.js';

export { scorePower, POWER_REDUNDANCY_IMPACT } from './power-scorer.js';
export { scoreNetwork, NETWORK_MODEL_IMPACT } from './network-scorer.js';
export {
  scoreClimate,
  ASHRAE_RECOMMENDED_C,
  ASHRAE_A1_ALLOWABLE_C,
  ASHRAE_RECOMMENDED_RH,
  ASHRAE_A1_ALLOWABLE_RH,
  MAX_SWING_C_PER_HOUR,
  COOLING_REDUNDANCY_IMPACT,
} from './climate-scorer.js';
export { scoreSecurity, EVIDENCE_RETENTION_DAYS } from './security-scorer.js';
export { scoreRemoteHands } from './remote-hands-scorer.js';
export { scoreSla, slaImpact, allowedDowntimePerYear } from './sla-scorer.js';
export {
  scoreCompliance,
  NO_SOC_REPORT_IMPACT,
  NO_ISO_CERTIFICATE_IMPACT,
  ISO_CERTIFICATE_MONTHS,
} from './compliance-scorer.js';
export { scoreCost, BUDGET_AT_MAX_SCORE, UNKNOWN_LINE_IMPACT, type CostResult } from './cost-scorer.js';

export { reportsCoveringFacility, reportCoversFacility } from './report-scope.js';
export { reportAgeMonths, reportReferenceMs, VALIDITY_MONTHS } from './report-age.js';
export {
  estimateMonthlyCost,
  type MonthlyCostEstimate,
  type CostLine,
  type CostItem,
  type RemoteHandsBilling,
} from './monthly-cost.js';
export { billedMinutes, incidentCost, TYPICAL_SHORT_INCIDENT_MINUTES } from './remote-hands-billing.js';
export { estimateTier, type TierEstimate, type Tier } from './tier-estimate.js';
export {
  checkRequirements,
  NETWORK_MODEL_SATISFIED_BY,
  type UnmetRequirement,
  type RequirementValue,
  type RequirementContext,
} from './requirements-check.js';

export type { RequirementProfile, CategoryWeights, Requirements, RequiredReport, Footprint, Budget } from './profile.js';
export { validateProfile, ProfileValidationError, type ProfileProblem } from './profile-validation.js';
export { normaliseWeights } from './weights.js';
export { PROFILE_PRESETS, PRESET_IDS, getPreset, isPresetId, type ProfilePreset, type PresetId } from './presets.js';

export {
  buildScorecard,
  prepareProfile,
  evaluateFacility,
  type Scorecard,
  type CategoryScore,
  type ScorecardCategories,
  type PreparedProfile,
  type Evaluation,
} from './scorecard.js';
export { DATA_STALE_MONTHS, REPORT_EXPIRY_WARNING_DAYS, type ScorecardWarning } from './warnings.js';
export {
  rankFacilities,
  type Ranking,
  type RankedFacility,
  type RankedCategory,
  type RankedCategories,
  type RankOptions,
  type ScoringEntry,
  type TopTwoComparison,
  type ContributionDifference,
} from './ranking.js';
export {
  compareFacilities,
  type FacilityComparison,
  type CategoryComparison,
  type AttributeDifference,
  type AttributeValue,
} from './comparison.js';
export { roundTo, roundScore, roundMoney, roundWeight, roundRatio } from './rounding.js';
