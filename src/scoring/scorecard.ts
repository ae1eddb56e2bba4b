/**
 * One facility's scorecard under one requirement profile: every category score with its
 * reasons, the weighted overall, whether the hard requirements are met, how much of the data
 * was known, the estimated tier, warnings and the monthly cost.
 *
 * overall = sum(weight x score) over the included categories, with weights normalised to 1.
 * Cost is included only when the profile has a budget; otherwise `categories.cost` is absent,
 * `excludedCategories` lists it, a `cost.excluded` warning says so, and the other weights
 * are scaled up proportionally. The monthly cost estimate is still shown when the profile has
 * a footprint.
 * confidence = known scored fields / scored fields, summed over the included categories (a
 * field scored in two categories, like the remote-hands rate, counts in both).
 * Outputs are rounded here, at the edge: scores to 0.1, weights to 4 decimals, confidence to
 * 2 decimals, money to cents (see rounding.ts).
 */
import type { CategoryName, FacilityCategoryName } from './categories.js';
import { scoreClimate } from './climate-scorer.js';
import { scoreComplianceAt } from './compliance-scorer.js';
import { scoreCost } from './cost-scorer.js';
import { timeOf } from './dates.js';
import type { ComplianceReportData, FacilityData } from './model.js';
import { estimateMonthlyCost, type MonthlyCostEstimate } from './monthly-cost.js';
import { scoreNetwork } from './network-scorer.js';
import { scorePowerAt } from './power-scorer.js';
import type { CategoryWeights, RequirementProfile } from './profile.js';
import { ProfileValidationError, validateProfile } from './profile-validation.js';
import { scoreRemoteHands } from './remote-hands-scorer.js';
import { checkRequirementsAt, type UnmetRequirement } from './requirements-check.js';
import { roundRatio, roundScore, roundWeight } from './rounding.js';
import type { CategoryResult, Finding } from './score-sheet.js';
import { scoreSecurity } from './security-scorer.js';
import { scoreSla } from './sla-scorer.js';
import { estimateTier, type TierEstimate } from './tier-estimate.js';
import { collectWarnings, type ScorecardWarning } from './warnings.js';
import { normaliseWeights } from './weights.js';

export interface CategoryScore {
  /** 0..100, 0.1 resolution; equals max(0, 100 + sum of finding impacts). */
  score: number;
  /** Normalised weight (all included categories sum to 1), 4 decimals. */
  weight: number;
  findings: Finding[];
  missing: string[];
}

export type ScorecardCategories = { [K in FacilityCategoryName]: CategoryScore } & { cost?: CategoryScore };

export interface Scorecard {
  facilityId: string;
  facilityName: string;
  profileId: string;
  /** 0..100, 0.1 resolution. */
  overall: number;
  /** True when no hard requirement is unmet. */
  eligible: boolean;
  unmetRequirements: UnmetRequirement[];
  /** Share of the scored fields that were known, 0..1, 2 decimals. */
  confidence: number;
  estimatedTier: TierEstimate;
  categories: ScorecardCategories;
  /** Categories left out of this scorecard (only ever `cost`, when the profile has no budget). */
  excludedCategories: CategoryName[];
  warnings: ScorecardWarning[];
  /** Estimate for the profile's footprint; null when the profile has no footprint. */
  monthlyCost: MonthlyCostEstimate | null;
}

/** A profile checked and turned into what scoring needs; reuse it across many facilities. */
export interface PreparedProfile {
  readonly profile: RequirementProfile;
  readonly includeCost: boolean;
  /** Normalised, full precision. */
  readonly weights: CategoryWeights;
}

/** Validates the profile (throws ProfileValidationError) and normalises its weights. */
export function prepareProfile(profile: RequirementProfile): PreparedProfile {
  const problems = validateProfile(profile);
  if (problems.length > 0) throw new ProfileValidationError(problems);
  const includeCost = profile.budget != null;
  return { profile, includeCost, weights: normaliseWeights(profile.weights, includeCost) };
}

/** A scorecard together with the unrounded numbers ranking needs. */
export interface Evaluation {
  scorecard: Scorecard;
  /** Unrounded overall. */
  overallRaw: number;
  /** Unrounded weight x score per included category (0 for an excluded one). */
  contributions: Record<CategoryName, number>;
}

export function buildScorecard(
  facility: FacilityData,
  reports: readonly ComplianceReportData[],
  profile: RequirementProfile,
  now: Date,
): Scorecard {
  return evaluateFacility(facility, reports, prepareProfile(profile), timeOf(now)).scorecard;
}

/** `reports` may include reports that do not cover the facility; they are ignored. */
export function evaluateFacility(
  facility: FacilityData,
  reports: readonly ComplianceReportData[],
  prepared: PreparedProfile,
  nowMs: number,
): Evaluation {
  const { profile, weights, includeCost } = prepared;

  const power = scorePowerAt(facility, nowMs);
  const network = scoreNetwork(facility);
  const climate = scoreClimate(facility);
  const security = scoreSecurity(facility);
  const remoteHands = scoreRemoteHands(facility);
  const sla = scoreSla(facility);
  const compliance = scoreComplianceAt(facility, reports, nowMs);

  let monthlyCost: MonthlyCostEstimate | null = null;
  let cost: CategoryResult | undefined;
  if (includeCost) {
    const costResult = scoreCost(facility, profile.footprint, profile.budget!);
    monthlyCost = costResult.estimate;
    cost = costResult;
  } else if (profile.footprint != null) {
    monthlyCost = estimateMonthlyCost(facility, profile.footprint);
  }

  const contributions: Record<CategoryName, number> = {
    power: weights.power * power.score,
    network: weights.network * network.score,
    climate: weights.climate * climate.score,
    security: weights.security * security.score,
    remoteHands: weights.remoteHands * remoteHands.score,
    sla: weights.sla * sla.score,
    compliance: weights.compliance * compliance.score,
    cost: cost === undefined ? 0 : weights.cost * cost.score,
  };
  const overallRaw =
    contributions.power +
    contributions.network +
    contributions.climate +
    contributions.security +
    contributions.remoteHands +
    contributions.sla +
    contributions.compliance +
    contributions.cost;

  let known =
    power.knownFields +
    network.knownFields +
    climate.knownFields +
    security.knownFields +
    remoteHands.knownFields +
    sla.knownFields +
    compliance.knownFields;
  let scored =
    power.scoredFields +
    network.scoredFields +
    climate.scoredFields +
    security.scoredFields +
    remoteHands.scoredFields +
    sla.scoredFields +
    compliance.scoredFields;
  if (cost !== undefined) {
    known += cost.knownFields;
    scored += cost.scoredFields;
  }

  const categories: ScorecardCategories = {
    power: categoryScore(power, weights.power),
    network: categoryScore(network, weights.network),
    climate: categoryScore(climate, weights.climate),
    security: categoryScore(security, weights.security),
    remoteHands: categoryScore(remoteHands, weights.remoteHands),
    sla: categoryScore(sla, weights.sla),
    compliance: categoryScore(compliance, weights.compliance),
  };
  if (cost !== undefined) categories.cost = categoryScore(cost, weights.cost);

  const unmetRequirements = checkRequirementsAt(
    facility,
    reports,
    profile.requirements,
    { monthlyCost, budgetCurrency: profile.budget?.currency },
    nowMs,
  );

  const scorecard: Scorecard = {
    facilityId: facility.id,
    facilityName: facility.name,
    profileId: profile.id,
    overall: roundScore(overallRaw),
    eligible: unmetRequirements.length === 0,
    unmetRequirements,
    confidence: scored === 0 ? 1 : roundRatio(known / scored),
    estimatedTier: estimateTier(facility),
    categories,
    excludedCategories: includeCost ? [] : ['cost'],
    warnings: collectWarnings(facility, reports, nowMs, { costExcluded: !includeCost, monthlyCost }),
    monthlyCost,
  };
  return { scorecard, overallRaw, contributions };
}

function categoryScore(result: CategoryResult, weight: number): CategoryScore {
  return { score: result.score, weight: roundWeight(weight), findings: result.findings, missing: result.missing };
}
