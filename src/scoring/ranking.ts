/**
 * Ranks facilities under one profile and explains the top of the list.
 *
 * Order: eligible facilities first, then ineligible ones with their reasons; within each
 * group by overall descending, then name ascending (English collation, then exact
 * characters), then id ascending. The overall compared is the rounded one a person sees
 * (0.1 resolution): two facilities shown with the same score are ordered by name, never by
 * an invisible difference. Facility ids are expected to be unique; with unique ids the
 * output does not depend on the input order.
 *
 * For the top two: the margin (difference of their shown overalls) and, per category, the
 * difference in contribution (weight x score, in overall points): where the winner leads
 * and where it trails, i.e. where choosing it means compromising. Categories with no
 * difference are left out of both lists.
 */
import { CATEGORY_NAMES, type CategoryName } from './categories.js';
import { timeOf } from './dates.js';
import type { ComplianceReportData, FacilityData } from './model.js';
import type { MonthlyCostEstimate } from './monthly-cost.js';
import type { RequirementProfile } from './profile.js';
import type { UnmetRequirement } from './requirements-check.js';
import { roundScore, roundTo } from './rounding.js';
import { evaluateFacility, prepareProfile, type Evaluation, type ScorecardCategories } from './scorecard.js';
import { COST_EXCLUDED_WARNING, type ScorecardWarning } from './warnings.js';

/** One facility to score, with the compliance reports of its provider (or any superset). */
export interface ScoringEntry {
  facility: FacilityData;
  reports: readonly ComplianceReportData[];
}

export interface RankedFacility {
  /** 1-based position in the ranking. */
  rank: number;
  facilityId: string;
  facilityName: string;
  overall: number;
  eligible: boolean;
  unmetRequirements: UnmetRequirement[];
  confidence: number;
  categories: ScorecardCategories;
  monthlyCost: MonthlyCostEstimate | null;
}

export interface ContributionDifference {
  category: CategoryName;
  /** weight x score of the winner, in overall points (2 decimals). */
  winner: number;
  /** weight x score of the runner-up, in overall points (2 decimals). */
  runnerUp: number;
  /** winner - runnerUp (2 decimals). */
  difference: number;
}

export interface TopTwoComparison {
  winnerId: string;
  runnerUpId: string;
  /** Winner's overall minus the runner-up's (as shown, 0.1 resolution). */
  margin: number;
  /** Categories where the winner earns more points, largest lead first. */
  winnerLeads: ContributionDifference[];
  /** Categories where the runner-up earns more: what choosing the winner gives up, largest first. */
  winnerTrails: ContributionDifference[];
}

export interface Ranking {
  profileId: string;
  items: RankedFacility[];
  /** Null with fewer than two facilities. */
  topTwo: TopTwoComparison | null;
  excludedCategories: CategoryName[];
  /** Profile-level notes, e.g. that cost was excluded. */
  warnings: ScorecardWarning[];
}

const NAME_COLLATOR = new Intl.Collator('en', { sensitivity: 'variant', numeric: true });

export function rankFacilities(
  entries: readonly ScoringEntry[],
  profile: RequirementProfile,
  now: Date,
): Ranking {
  const nowMs = timeOf(now);
  const prepared = prepareProfile(profile);
  const evaluations: Evaluation[] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    evaluations[i] = evaluateFacility(entry.facility, entry.reports, prepared, nowMs);
  }
  evaluations.sort(compareEvaluations);

  const items: RankedFacility[] = new Array(evaluations.length);
  for (let i = 0; i < evaluations.length; i++) {
    const card = evaluations[i]!.scorecard;
    items[i] = {
      rank: i + 1,
      facilityId: card.facilityId,
      facilityName: card.facilityName,
      overall: card.overall,
      eligible: card.eligible,
      unmetRequirements: card.unmetRequirements,
      confidence: card.confidence,
      categories: card.categories,
      monthlyCost: card.monthlyCost,
    };
  }

  return {
    profileId: profile.id,
    items,
    topTwo: evaluations.length >= 2 ? compareTopTwo(evaluations[0]!, evaluations[1]!) : null,
    excludedCategories: prepared.includeCost ? [] : ['cost'],
    warnings: prepared.includeCost ? [] : [COST_EXCLUDED_WARNING],
  };
}

function compareEvaluations(a: Evaluation, b: Evaluation): number {
  const x = a.scorecard;
  const y = b.scorecard;
  if (x.eligible !== y.eligible) return x.eligible ? -1 : 1;
  if (x.overall !== y.overall) return y.overall - x.overall;
  if (x.facilityName !== y.facilityName) {
    const byName = NAME_COLLATOR.compare(x.facilityName, y.facilityName);
    if (byName !== 0) return byName;
    return x.facilityName < y.facilityName ? -1 : 1;
  }
  return x.facilityId < y.facilityId ? -1 : x.facilityId > y.facilityId ? 1 : 0;
}

function compareTopTwo(winner: Evaluation, runnerUp: Evaluation): TopTwoComparison {
  const leads: ContributionDifference[] = [];
  const trails: ContributionDifference[] = [];
  for (const category of CATEGORY_NAMES) {
    const w = winner.contributions[category];
    const r = runnerUp.contributions[category];
    const difference = roundTo(w - r, 2);
    if (difference === 0) continue;
    const row = { category, winner: roundTo(w, 2), runnerUp: roundTo(r, 2), difference };
    (difference > 0 ? leads : trails).push(row);
  }
  // Largest gap first; CATEGORY_NAMES order breaks ties (sort is stable).
  leads.sort((a, b) => b.difference - a.difference);
  trails.sort((a, b) => a.difference - b.difference);
  return {
    winnerId: winner.scorecard.facilityId,
    runnerUpId: runnerUp.scorecard.facilityId,
    margin: roundScore(winner.scorecard.overall - runnerUp.scorecard.overall),
    winnerLeads: leads,
    winnerTrails: trails,
  };
}
