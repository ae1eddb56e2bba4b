/**
 * Side-by-side comparison of a few facilities under one profile: their scorecards, the
 * category scores in columns, and the attributes whose values differ (so a reader sees at
 * once what sets them apart). Facilities stay in the order given; categories and attributes
 * follow a fixed order. Unknown attributes show as null; an unknown next to a known value
 * counts as a difference.
 */
import { CATEGORY_NAMES, type CategoryName } from './categories.js';
import { timeOf } from './dates.js';
import { countDistinct } from './known-values.js';
import type { FacilityData } from './model.js';
import type { RequirementProfile } from './profile.js';
import type { ScoringEntry } from './ranking.js';
import { reportLabel } from './report-age.js';
import { reportCoversFacility } from './report-scope.js';
import { evaluateFacility, prepareProfile, type Scorecard } from './scorecard.js';

export type AttributeValue = string | number | boolean | string[] | null;

export interface CategoryComparison {
  category: CategoryName;
  weight: number;
  /** Category score per facility id. */
  scores: Record<string, number>;
}

export interface AttributeDifference {
  /** Dotted path, e.g. `power.upsRedundancy`, or a derived value such as `network.carrierCount`. */
  field: string;
  /** Value per facility id; null when unknown. */
  values: Record<string, AttributeValue>;
}

export interface FacilityComparison {
  profileId: string;
  /** Full scorecards, in the order given. */
  facilities: Scorecard[];
  /** Included categories in the fixed category order. */
  categories: CategoryComparison[];
  /** Only attributes whose values differ between the facilities. */
  differences: AttributeDifference[];
}

type Accessor = (entry: ScoringEntry, card: Scorecard) => AttributeValue;

const field =
  <B extends keyof FacilityData>(block: B, key: string): Accessor =>
  (entry) => {
    const value = (entry.facility[block] as Record<string, unknown> | undefined)?.[key];
    return normalise(value);
  };

/** The attributes compared, in output order. Arrays are compared as sorted sets. */
const ATTRIBUTES: readonly (readonly [string, Accessor])[] = [
  ['country', (e) => normalise(e.facility.country)],
  ['status', (e) => normalise(e.facility.status)],
  ['verifiedAt', (e) => normalise(e.facility.verifiedAt)],
  ['estimatedTier', (_e, card) => card.estimatedTier.tier],
  ['monthlyCost.total', (_e, card) => (card.monthlyCost === null ? null : card.monthlyCost.total)],
  ['monthlyCost.complete', (_e, card) => (card.monthlyCost === null ? null : card.monthlyCost.complete)],
  ...['utilityFeeds', 'diverseSubstations', 'upsTechnology', 'upsRedundancy', 'upsRuntimeMinutes', 'generatorCount',
    'generatorRedundancy', 'generatorFuelHours', 'generatorTestInterval', 'lastLoadTestAt', 'distribution', 'monitored24x7',
  ].map((key) => [`power.${key}`, field('power', key)] as const),
  ['network.model', field('network', 'model')],
  [
    'network.carrierCount',
    (e) => {
      const ids = e.facility.network?.carrierIds;
      return Array.isArray(ids) ? countDistinct(ids) : null;
    },
  ],
  ['network.diverseFiberEntries', field('network', 'diverseFiberEntries')],
  ['network.meetMeRooms', field('network', 'meetMeRooms')],
  ['network.internetExchanges', field('network', 'internetExchanges')],
  ...['temperatureMin', 'temperatureMax', 'humidityMinPct', 'humidityMaxPct', 'maxSwingPerHour', 'coolingRedundancy',
    'monitored24x7',
  ].map((key) => [`climate.${key}`, field('climate', key)] as const),
  ...['accessMethods', 'layers', 'cctv', 'cctvRetentionDays', 'guards', 'cabinetLocks', 'cagesAvailable',
    'accessLogRetentionDays', 'packageHandling',
  ].map((key) => [`security.${key}`, field('security', key)] as const),
  ...['availability', 'responseTimeMinutes', 'hourlyRate', 'currency', 'minimumBillableMinutes', 'billingIncrementMinutes',
    'includedMinutesPerMonth',
  ].map((key) => [`remoteHands.${key}`, field('remoteHands', key)] as const),
  ...['powerUptimePct', 'networkUptimePct', 'creditPctPerHour'].map((key) => [`sla.${key}`, field('sla', key)] as const),
  ...['currency', 'cabinetMonthly', 'perKwMonthly', 'crossConnectMonthly', 'setupFee'].map(
    (key) => [`pricing.${key}`, field('pricing', key)] as const,
  ),
  [
    'reports',
    (e) => {
      const labels: string[] = [];
      for (const report of e.reports) {
        if (reportCoversFacility(e.facility, report)) labels.push(reportLabel(report));
      }
      return normalise(labels);
    },
  ],
];

export function compareFacilities(
  entries: readonly ScoringEntry[],
  profile: RequirementProfile,
  now: Date,
): FacilityComparison {
  const nowMs = timeOf(now);
  const prepared = prepareProfile(profile);
  const cards = entries.map((entry) => evaluateFacility(entry.facility, entry.reports, prepared, nowMs).scorecard);

  const categories: CategoryComparison[] = [];
  for (const category of CATEGORY_NAMES) {
    if (category === 'cost' && !prepared.includeCost) continue;
    const scores: Record<string, number> = {};
    let weight = 0;
    for (const card of cards) {
      const score = card.categories[category]!;
      scores[card.facilityId] = score.score;
      weight = score.weight;
    }
    categories.push({ category, weight, scores });
  }

  const differences: AttributeDifference[] = [];
  for (const [name, read] of ATTRIBUTES) {
    const values: Record<string, AttributeValue> = {};
    let first: string | undefined;
    let differs = false;
    for (let i = 0; i < entries.length; i++) {
      const value = read(entries[i]!, cards[i]!);
      values[cards[i]!.facilityId] = value;
      const key = comparisonKey(value);
      if (first === undefined) first = key;
      else if (key !== first) differs = true;
    }
    if (differs) differences.push({ field: name, values });
  }

  return { profileId: profile.id, facilities: cards, categories, differences };
}

function normalise(value: unknown): AttributeValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) {
    const distinct = [...new Set(value.filter((v): v is string => typeof v === 'string'))];
    return distinct.sort();
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

function comparisonKey(value: AttributeValue): string {
  if (value === null) return '\u0000null';
  if (Array.isArray(value)) return `\u0000[${value.join('\u0001')}]`;
  return `${typeof value}:${String(value)}`;
}
