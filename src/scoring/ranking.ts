/**
 * Ranks facilities under one profile and explains the top of the list.
 *
 * Order: eligible facilities first, then ineligible ones with their reasons; within each
 * group by overall descending, then name ascending (case-insensitive by character code, then
 * exact; no locale collation, so the order is the same on every machine), then id
 * ascending. The overall compared is the rounded one a person sees (0.1 resolution): two
 * facilities shown with the same score are ordered by name, never by an invisible
 * difference. Facility ids are expected to be unique; with unique ids the output does not
 * depend on the input order.
 *
 * Items carry each category's score and weight; the findings behind them stay out of the
 * ranking unless `includeFindings` is set, because a ranking may hold 10,000 facilities and
 * their findings would dominate its memory, time and response size (buildScorecard or
 * compareFacilities give the full story for the facilities a reader opens).
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
import type { CategoryWeights, RequirementProfile } from './profile.js';
import type { UnmetRequirement } from './requirements-check.js';
import { roundScore, roundTo } from './rounding.js';
import type { Finding } from './score-sheet.js';
import {
  evaluateFacility,
  prepareProfile,
  scoreFacility,
  type FacilityScores,
  type PreparedProfile,
  type Scorecard,
} from './scorecard.js';
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
  categories: RankedCategories;
  monthlyCost: MonthlyCostEstimate | null;
}

export interface RankedCategory {
  score: number;
  weight: number;
  /** Only with `includeFindings`. */
  findings?: Finding[];
  /** Only with `includeFindings`. */
  missing?: string[];
}

/** Included categories only: `cost` is absent when the profile has no budget. */
export type RankedCategories = Partial<Record<CategoryName, RankedCategory>>;

export interface RankOptions {
  /** Also return each category's findings and missing fields (default false). */
  includeFindings?: boolean;
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

export function rankFacilities(
  entries: readonly ScoringEntry[],
  profile: RequirementProfile,
  now: Date,
  options: RankOptions = {},
): Ranking {
  const nowMs = timeOf(now);
  const prepared = prepareProfile(profile);
  const includeFindings = options.includeFindings === true;

  // Only the ranked item survives each iteration. Without findings, the facility is scored
  // without them (and without the tier and warnings a ranked item does not show).
  const rows: RankRow[] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const item = includeFindings
      ? fullItem(evaluateFacility(entry.facility, entry.reports, prepared, nowMs).scorecard)
      : leanItem(scoreFacility(entry.facility, entry.reports, prepared, nowMs, false), prepared.shownWeights);
    rows[i] = { item, nameKey: item.facilityName.toLowerCase(), entry };
  }
  rows.sort(compareRows);

  const items: RankedFacility[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const item = rows[i]!.item;
    item.rank = i + 1;
    items[i] = item;
  }

  return {
    profileId: profile.id,
    items,
    topTwo: rows.length >= 2 ? compareTopTwo(rows[0]!.entry, rows[1]!.entry, prepared, nowMs) : null,
    excludedCategories: prepared.includeCost ? [] : ['cost'],
    warnings: prepared.includeCost ? [] : [COST_EXCLUDED_WARNING],
  };
}

interface RankRow {
  item: RankedFacility;
  /** Lower-cased name, computed once rather than in every comparison. */
  nameKey: string;
  entry: ScoringEntry;
}

/** An item carrying each category as the scorecard has it, findings and missing fields included. */
function fullItem(card: Scorecard): RankedFacility {
  return {
    rank: 0,
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

/** An item with each category's score and weight only; the same values as the scorecard's. */
function leanItem(scores: FacilityScores, shownWeights: CategoryWeights): RankedFacility {
  const { results } = scores;
  // Written out in CATEGORY_NAMES order (the key order of the response), like a scorecard's.
  const categories: RankedCategories = {
    power: { score: results.power.score, weight: shownWeights.power },
    network: { score: results.network.score, weight: shownWeights.network },
    climate: { score: results.climate.score, weight: shownWeights.climate },
    security: { score: results.security.score, weight: shownWeights.security },
    remoteHands: { score: results.remoteHands.score, weight: shownWeights.remoteHands },
    sla: { score: results.sla.score, weight: shownWeights.sla },
    compliance: { score: results.compliance.score, weight: shownWeights.compliance },
  };
  if (results.cost !== undefined) categories.cost = { score: results.cost.score, weight: shownWeights.cost };
  return {
    rank: 0,
    facilityId: scores.facility.id,
    facilityName: scores.facility.name,
    overall: scores.overall,
    eligible: scores.unmetRequirements.length === 0,
    unmetRequirements: scores.unmetRequirements,
    confidence: scores.confidence,
    categories,
    monthlyCost: scores.monthlyCost,
  };
}

function compareRows(a: RankRow, b: RankRow): number {
  const x = a.item;
  const y = b.item;
  if (x.eligible !== y.eligible) return x.eligible ? -1 : 1;
  if (x.overall !== y.overall) return y.overall - x.overall;
  if (a.nameKey !== b.nameKey) return a.nameKey < b.nameKey ? -1 : 1;
  if (x.facilityName !== y.facilityName) return x.facilityName < y.facilityName ? -1 : 1;
  return x.facilityId < y.facilityId ? -1 : x.facilityId > y.facilityId ? 1 : 0;
}

/** Re-scores the top two (cheap) for their unrounded contributions. */
function compareTopTwo(
  winnerEntry: ScoringEntry,
  runnerUpEntry: ScoringEntry,
  prepared: PreparedProfile,
  nowMs: number,
): TopTwoComparison {
  const winner = scoreFacility(winnerEntry.facility, winnerEntry.reports, prepared, nowMs, false);
  const runnerUp = scoreFacility(runnerUpEntry.facility, runnerUpEntry.reports, prepared, nowMs, false);
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
    winnerId: winner.facility.id,
    runnerUpId: runnerUp.facility.id,
    margin: roundScore(winner.overall - runnerUp.overall),
    winnerLeads: leads,
    winnerTrails: trails,
  };
}
