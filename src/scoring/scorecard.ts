/**
 * One facility's scorecard under one requirement profile: every category score with its
 * reasons, the weighted overall, whether the hard requirements are met, how much of the data
 * was known, the estimated tier, warnings and the monthly cost.
 *
 * overall = sum(weight x score) over the included categories, with weights normalised to 1.
 * Cost is included only when the profile has a budget; otherwise `categories.cost` is absent,
 * `excludedCategories` lists it, a `cost.excluded` warning says so, and the other weights
 * are scaled up proportionally. The monthly cost estimate is still shown when the profile has
 * a footprint (null when none of the needed prices is known).
 * confidence = known scored fields / scored fields, summed over the included categories (a
 * field scored in two categories, like the remote-hands rate, counts in both).
 * Outputs are rounded here, at the edge: scores to 0.1, weights to 4 decimals, confidence to
 * 2 decimals, money to cents (see rounding.ts).
 */
import type { CategoryName, FacilityCategoryName } from './categories.js';
import { canonicalFacility, canonicalReport } from './canonical-input.js';
import { scoreClimate } from './climate-scorer.js';
import { scoreComplianceAt } from './compliance-scorer.js';
import { scoreCost } from './cost-scorer.js';
import { timeOf } from './dates.js';
import type { ComplianceReportData, FacilityData } from './model.js';
import { estimateMonthlyCost, type MonthlyCostEstimate } from './monthly-cost.js';
import { scoreNetwork } from './network-scorer.js';
import { scorePowerAt } from './power-scorer.js';
import type { Budget, CategoryWeights, RequirementProfile } from './profile.js';
import { ProfileValidationError, type ProfileProblem } from './profile-validation.js';
import { scoreRemoteHands } from './remote-hands-scorer.js';
import { reportCoversFacility } from './report-scope.js';
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
  /**
   * Estimate for the profile's footprint (possibly incomplete: see `complete`); null when the
   * profile has no footprint or none of the needed prices is known.
   */
  monthlyCost: MonthlyCostEstimate | null;
}

/** A profile checked and turned into what scoring needs; reuse it across many facilities. */
export interface PreparedProfile {
  readonly profile: RequirementProfile;
  readonly includeCost: boolean;
  /** Normalised, full precision. */
  readonly weights: CategoryWeights;
  /** The same, rounded for output once rather than per facility. */
  readonly shownWeights: CategoryWeights;
}

/**
 * Checks what scoring cannot do without and normalises the weights; throws
 * ProfileValidationError otherwise. It deliberately skips the rest of validateProfile (kept
 * off the hot path: buildScorecard prepares the profile on every call); the API runs
 * validateProfile on every profile it accepts.
 * The result is remembered per profile object together with the values it was derived from
 * (weights, budget bounds, whether there is a footprint); a later call with the same object
 * reuses it only if those values are unchanged, so mutating a profile is always seen.
 */
export function prepareProfile(profile: RequirementProfile): PreparedProfile {
  const cached = preparations.get(profile);
  if (cached !== undefined && isUnchanged(cached, profile)) return cached.prepared;
  const budget = profile.budget ?? undefined;
  const includeCost = budget !== undefined;
  if (budget !== undefined) {
    const problems = budgetProblems(budget, profile.footprint != null);
    if (problems.length > 0) throw new ProfileValidationError(problems);
  }
  const weights = normaliseWeights(profile.weights, includeCost);
  const prepared: PreparedProfile = { profile, includeCost, weights, shownWeights: roundWeights(weights) };
  preparations.set(profile, {
    prepared,
    rawWeights: { ...profile.weights },
    targetMonthly: budget?.targetMonthly,
    maxMonthly: budget?.maxMonthly,
    hasFootprint: profile.footprint != null,
  });
  return prepared;
}

interface Preparation {
  prepared: PreparedProfile;
  rawWeights: CategoryWeights;
  /** undefined when there was no budget. */
  targetMonthly: number | undefined;
  maxMonthly: number | undefined;
  hasFootprint: boolean;
}

const preparations = new WeakMap<RequirementProfile, Preparation>();

function isUnchanged(cached: Preparation, profile: RequirementProfile): boolean {
  const w = profile.weights;
  const r = cached.rawWeights;
  const budget = profile.budget ?? undefined;
  return (
    w !== null &&
    typeof w === 'object' &&
    w.power === r.power &&
    w.network === r.network &&
    w.climate === r.climate &&
    w.security === r.security &&
    w.remoteHands === r.remoteHands &&
    w.sla === r.sla &&
    w.compliance === r.compliance &&
    w.cost === r.cost &&
    budget?.targetMonthly === cached.targetMonthly &&
    budget?.maxMonthly === cached.maxMonthly &&
    (budget !== undefined) === cached.prepared.includeCost &&
    (profile.footprint != null) === cached.hasFootprint
  );
}

function roundWeights(weights: CategoryWeights): CategoryWeights {
  return {
    power: roundWeight(weights.power),
    network: roundWeight(weights.network),
    climate: roundWeight(weights.climate),
    security: roundWeight(weights.security),
    remoteHands: roundWeight(weights.remoteHands),
    sla: roundWeight(weights.sla),
    compliance: roundWeight(weights.compliance),
    cost: roundWeight(weights.cost),
  };
}

function budgetProblems(budget: Budget, hasFootprint: boolean): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const { targetMonthly, maxMonthly } = budget;
  if (!(Number.isFinite(targetMonthly) && targetMonthly >= 0)) {
    problems.push({ field: 'budget.targetMonthly', message: 'Must be a non-negative number.' });
  }
  if (!(Number.isFinite(maxMonthly) && maxMonthly >= targetMonthly)) {
    problems.push({ field: 'budget.maxMonthly', message: 'Must be a number no lower than the target.' });
  }
  if (!hasFootprint) problems.push({ field: 'footprint', message: 'A budget needs a footprint to price.' });
  return problems;
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
  input: FacilityData,
  inputReports: readonly ComplianceReportData[],
  prepared: PreparedProfile,
  nowMs: number,
): Evaluation {
  const { profile, shownWeights, includeCost } = prepared;
  const scores = scoreFacility(input, inputReports, prepared, nowMs, true);
  const { facility, reports, results, estimate } = scores;

  const categories: ScorecardCategories = {
    power: categoryScore(results.power, shownWeights.power),
    network: categoryScore(results.network, shownWeights.network),
    climate: categoryScore(results.climate, shownWeights.climate),
    security: categoryScore(results.security, shownWeights.security),
    remoteHands: categoryScore(results.remoteHands, shownWeights.remoteHands),
    sla: categoryScore(results.sla, shownWeights.sla),
    compliance: categoryScore(results.compliance, shownWeights.compliance),
  };
  if (results.cost !== undefined) categories.cost = categoryScore(results.cost, shownWeights.cost);

  const scorecard: Scorecard = {
    facilityId: facility.id,
    facilityName: facility.name,
    profileId: profile.id,
    overall: scores.overall,
    eligible: scores.unmetRequirements.length === 0,
    unmetRequirements: scores.unmetRequirements,
    confidence: scores.confidence,
    estimatedTier: estimateTier(facility),
    categories,
    excludedCategories: includeCost ? [] : ['cost'],
    warnings: collectWarnings(facility, reports, nowMs, { costExcluded: !includeCost, monthlyCost: estimate }),
    monthlyCost: scores.monthlyCost,
  };
  return { scorecard, overallRaw: scores.overallRaw, contributions: scores.contributions };
}

/** Category results as the scorers return them; `cost` only when the profile has a budget. */
export type CategoryResults = { [K in FacilityCategoryName]: CategoryResult } & { cost?: CategoryResult };

/** What a scorecard and a ranked facility have in common: everything but tier and warnings. */
export interface FacilityScores {
  /** The fixed-shape copy the scorers read (see canonical-input.ts). */
  facility: FacilityData;
  /** The reports covering the facility, fixed-shape copies. */
  reports: ComplianceReportData[];
  results: CategoryResults;
  /** The footprint's estimate as scored (null without a footprint). */
  estimate: MonthlyCostEstimate | null;
  /** The estimate as shown: null also when no needed price is known. */
  monthlyCost: MonthlyCostEstimate | null;
  /** Unrounded weight x score per included category (0 for an excluded one). */
  contributions: Record<CategoryName, number>;
  overallRaw: number;
  /** Rounded for output. */
  overall: number;
  confidence: number;
  unmetRequirements: UnmetRequirement[];
}

/**
 * Scores every category, weighs them and checks the hard requirements. With `keepFindings`
 * false the category results carry no findings (rankings show only scores); every number is
 * the same either way.
 */
export function scoreFacility(
  input: FacilityData,
  inputReports: readonly ComplianceReportData[],
  prepared: PreparedProfile,
  nowMs: number,
  keepFindings: boolean,
): FacilityScores {
  const { profile, weights, includeCost } = prepared;
  // Fixed-shape copies first: see canonical-input.ts (speed only, same values).
  const facility = canonicalFacility(input);
  const reports: ComplianceReportData[] = [];
  for (const report of inputReports) if (reportCoversFacility(facility, report)) reports.push(canonicalReport(report));

  const power = scorePowerAt(facility, nowMs, keepFindings);
  const network = scoreNetwork(facility, keepFindings);
  const climate = scoreClimate(facility, keepFindings);
  const security = scoreSecurity(facility, keepFindings);
  const remoteHands = scoreRemoteHands(facility, keepFindings);
  const sla = scoreSla(facility, keepFindings);
  const compliance = scoreComplianceAt(facility, reports, nowMs, keepFindings);

  let estimate: MonthlyCostEstimate | null = null;
  let cost: CategoryResult | undefined;
  if (includeCost) {
    const costResult = scoreCost(facility, profile.footprint, profile.budget!, keepFindings);
    estimate = costResult.estimate;
    cost = costResult;
  } else if (profile.footprint != null) {
    estimate = estimateMonthlyCost(facility, profile.footprint);
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

  const unmetRequirements = checkRequirementsAt(
    facility,
    reports,
    profile.requirements,
    { monthlyCost: estimate, budgetCurrency: profile.budget?.currency },
    nowMs,
  );

  return {
    facility,
    reports,
    results: { power, network, climate, security, remoteHands, sla, compliance, cost },
    estimate,
    monthlyCost: estimate !== null && nothingPriced(estimate) ? null : estimate,
    contributions,
    overallRaw,
    overall: roundScore(overallRaw),
    confidence: scored === 0 ? 1 : roundRatio(known / scored),
    unmetRequirements,
  };
}

/** Lines are needed but none has a known price: a total of 0 would only mislead. */
function nothingPriced(estimate: MonthlyCostEstimate): boolean {
  if (estimate.lines.length === 0) return false;
  for (const line of estimate.lines) if (line.amount !== null) return false;
  return true;
}

function categoryScore(result: CategoryResult, shownWeight: number): CategoryScore {
  return { score: result.score, weight: shownWeight, findings: result.findings, missing: result.missing };
}
