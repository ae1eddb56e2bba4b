import { describe, expect, it } from 'vitest';
import {
  buildScorecard,
  CATEGORY_NAMES,
  getPreset,
  ProfileValidationError,
  type FacilityData,
  type RequirementProfile,
} from '../../../src/scoring/index.js';
import {
  bestPracticeFacility,
  bestPracticeReports,
  daysAgo,
  facilityWith,
  fullProfile,
  isoCertificate,
  monthsAgo,
  NOW,
  socReport,
  unknownFacility,
} from './fixtures.js';

const balanced = getPreset('balanced')!;

describe('buildScorecard', () => {
  it('gives a best-practice facility 100 everywhere, full confidence and an estimated Tier IV', () => {
    const card = buildScorecard(bestPracticeFacility(), bestPracticeReports(), fullProfile(), NOW);
    expect(card.overall).toBe(100);
    expect(card.eligible).toBe(true);
    expect(card.confidence).toBe(1);
    expect(card.estimatedTier.tier).toBe(4);
    for (const name of CATEGORY_NAMES) {
      expect(card.categories[name]).toMatchObject({ score: 100, findings: [], missing: [], weight: 0.125 });
    }
    expect(card.warnings).toEqual([]);
    expect(card.monthlyCost?.total).toBe(3500);
  });

  it('computes overall as the weighted sum of category scores', () => {
    const facility = facilityWith({ power: { upsRedundancy: 'N+1' }, network: { model: 'carrier-controlled' } });
    const profile = fullProfile({ weights: { power: 3, network: 1, climate: 0, security: 0, remoteHands: 0, sla: 0, compliance: 0, cost: 1 } });
    const card = buildScorecard(facility, bestPracticeReports(), profile, NOW);
    expect(card.categories.power).toMatchObject({ score: 88, weight: 0.6 });
    expect(card.categories.network).toMatchObject({ score: 80, weight: 0.2 });
    expect(card.categories.cost).toMatchObject({ score: 100, weight: 0.2 });
    expect(card.overall).toBe(0.6 * 88 + 0.2 * 80 + 0.2 * 100); // 88.8
    expect(card.categories.climate.weight).toBe(0);
  });

  it('leaves cost out without a budget, says so, and spreads its weight', () => {
    const card = buildScorecard(bestPracticeFacility(), bestPracticeReports(), balanced, NOW);
    expect(card.categories.cost).toBeUndefined();
    expect(card.excludedCategories).toEqual(['cost']);
    expect(card.warnings.map((w) => w.code)).toEqual(['cost.excluded']);
    // balanced: power 20 of the 90 points left once cost's 10 are gone
    expect(card.categories.power.weight).toBe(0.2222);
    const total = Object.values(card.categories).reduce((sum, c) => sum + c.weight, 0);
    expect(total).toBeCloseTo(1, 3);
    expect(card.monthlyCost).toBeNull();
  });

  it('shows an incomplete estimate when only some prices are known', () => {
    const facility = facilityWith({ pricing: { perKwMonthly: undefined } });
    const card = buildScorecard(facility, bestPracticeReports(), fullProfile(), NOW);
    expect(card.monthlyCost).toMatchObject({ complete: false, total: 2300, missing: ['pricing.perKwMonthly'] });
    expect(card.warnings.map((w) => w.code)).toEqual(['cost.incomplete']);
  });

  it('still estimates the monthly cost when a footprint is given without a budget', () => {
    const profile: RequirementProfile = { ...fullProfile(), budget: undefined };
    const card = buildScorecard(bestPracticeFacility(), [], profile, NOW);
    expect(card.categories.cost).toBeUndefined();
    expect(card.monthlyCost?.total).toBe(3500);
  });

  it('scores an unknown facility low, with zero confidence, no tier and a stale-data warning', () => {
    const card = buildScorecard(unknownFacility(), [], fullProfile(), NOW);
    expect(card.confidence).toBe(0);
    expect(card.estimatedTier.tier).toBeNull();
    expect(card.categories.power.score).toBe(13);
    expect(card.categories.power.missing).toHaveLength(12);
    expect(card.categories.cost?.missing).toEqual([
      'pricing.cabinetMonthly',
      'pricing.perKwMonthly',
      'pricing.crossConnectMonthly',
      'remoteHands.hourlyRate',
      'remoteHands.minimumBillableMinutes',
      'remoteHands.billingIncrementMinutes',
    ]);
    expect(card.warnings.map((w) => w.code)).toEqual(['facility.unverified', 'cost.incomplete']);
    expect(card.monthlyCost).toBeNull(); // nothing priced: no misleading total of 0
    expect(card.overall).toBeLessThan(50);
  });

  it('reports confidence as the share of scored fields that were known', () => {
    const facility = facilityWith({ power: { upsRedundancy: undefined, generatorRedundancy: undefined } });
    const card = buildScorecard(facility, bestPracticeReports(), fullProfile(), NOW);
    // power 12 + network 5 + climate 7 + security 9 + remote hands 5 + SLA 3
    // + compliance (SOC 5 + ISO 2) + cost (3 simple lines + 3 remote-hands fields) = 57
    expect(card.confidence).toBe(Math.round((55 / 57) * 100) / 100);
  });

  it('marks the facility ineligible and lists the unmet requirements', () => {
    const profile = fullProfile({ requirements: { minPowerRedundancy: '2N+1', countries: ['NL'] } });
    const facility = facilityWith({ power: { generatorRedundancy: '2N' } });
    const card = buildScorecard(facility, bestPracticeReports(), profile, NOW);
    expect(card.eligible).toBe(false);
    expect(card.unmetRequirements.map((r) => [r.requirement, r.field, r.actual])).toEqual([
      ['minPowerRedundancy', 'power.generatorRedundancy', '2N'],
      ['countries', 'country', 'DE'],
    ]);
  });

  it('warns about stale facility data, planned facilities and reports about to go stale', () => {
    const facility = facilityWith({ verifiedAt: monthsAgo(13), status: 'planned' });
    const reports = [socReport({ periodEnd: daysAgo(365 - 30) }), isoCertificate({ issuedAt: daysAgo(3 * 365 - 10) })];
    const card = buildScorecard(facility, reports, fullProfile(), NOW);
    expect(card.warnings.map((w) => w.code)).toEqual(['facility.stale', 'facility.status', 'report.expiring', 'report.expiring']);
    expect(card.warnings[2]?.message).toContain('ISO 27001 certificate (iso-2024) stops being current on');
    expect(card.warnings[3]?.message).toContain('SOC 2 Type 2 (soc2-2025)');
  });

  it('does not warn about a report that is already stale (a finding covers that) or far from it', () => {
    const reports = [socReport({ periodEnd: monthsAgo(20) }), isoCertificate({ issuedAt: monthsAgo(6) })];
    expect(buildScorecard(bestPracticeFacility(), reports, fullProfile(), NOW).warnings).toEqual([]);
  });

  it('ignores reports that do not cover the facility', () => {
    const reports = [socReport({ providerId: 'someone-else' }), isoCertificate({ facilityIds: ['another-site'] })];
    const card = buildScorecard(bestPracticeFacility(), reports, fullProfile(), NOW);
    expect(card.categories.compliance.score).toBe(52);
  });

  it('rounds outputs at the edge: scores to 0.1, weights to 4 decimals, money to cents', () => {
    const facility = facilityWith({ pricing: { cabinetMonthly: 1234.567 } });
    const profile = fullProfile({
      weights: { power: 1, network: 1, climate: 1, security: 1, remoteHands: 1, sla: 1, compliance: 1, cost: 0.5 },
      budget: { targetMonthly: 3000, maxMonthly: 7000 },
    });
    const card = buildScorecard(facility, bestPracticeReports(), profile, NOW);
    // 2 x 1234.567 = 2469.13; total 4369.13 is 34.2 % of the way from target to maximum: -20.5
    expect(card.categories.cost?.score).toBe(79.5);
    expect(card.categories.power.weight).toBe(0.1333);
    expect(card.overall).toBe(98.6); // (7 x 100 + 0.5 x 79.5) / 7.5 = 98.633...
    expect(card.monthlyCost?.lines[0]?.amount).toBe(2469.13);
  });

  it('is a pure function of its inputs', () => {
    const facility = bestPracticeFacility();
    const reports = bestPracticeReports();
    const snapshot = JSON.stringify([facility, reports]);
    const first = buildScorecard(facility, reports, fullProfile(), NOW);
    const second = buildScorecard(facility, reports, fullProfile(), new Date(NOW.getTime()));
    expect(second).toEqual(first);
    expect(JSON.stringify([facility, reports])).toBe(snapshot);
  });

  it('sees changes to a profile object between calls', () => {
    const profile = fullProfile();
    const facility = facilityWith({ power: { upsRedundancy: 'N' } });
    expect(buildScorecard(facility, bestPracticeReports(), profile, NOW).categories.power.weight).toBe(0.125);
    profile.weights.power = 9;
    expect(buildScorecard(facility, bestPracticeReports(), profile, NOW).categories.power.weight).toBe(0.5625);
    profile.budget!.maxMonthly = 1; // now below the target
    expect(() => buildScorecard(facility, bestPracticeReports(), profile, NOW)).toThrow(ProfileValidationError);
    profile.budget = undefined;
    const card = buildScorecard(facility, bestPracticeReports(), profile, NOW);
    expect(card.excludedCategories).toEqual(['cost']);
    expect(card.categories.power.weight).toBe(0.6); // 9 of 16 with cost, 9 of 15 without
  });

  it('scores omitted, undefined and null fields alike, and ignores extra keys', () => {
    const omitted = facilityWith({ power: { upsRedundancy: undefined }, sla: undefined });
    const asUndefined = { ...omitted, sla: undefined, power: { ...omitted.power, upsRedundancy: undefined } };
    const asNull = { ...omitted, sla: null, power: { ...omitted.power, upsRedundancy: null }, extra: 1 } as unknown as FacilityData;
    const withExtras = { ...omitted, power: { ...omitted.power, colour: 'blue' }, notes: 'x' } as unknown as FacilityData;
    const expected = buildScorecard(omitted, bestPracticeReports(), fullProfile(), NOW);
    expect(expected.categories.power.missing).toEqual(['power.upsRedundancy']);
    for (const variant of [asUndefined, asNull, withExtras]) {
      expect(buildScorecard(variant, bestPracticeReports(), fullProfile(), NOW)).toEqual(expected);
    }
  });

  it('refuses an invalid now', () => {
    expect(() => buildScorecard(bestPracticeFacility(), [], fullProfile(), new Date('not a date'))).toThrow(RangeError);
  });
});
