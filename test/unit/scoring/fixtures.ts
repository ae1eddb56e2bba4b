/**
 * Shared test data: a facility that meets best practice everywhere, a facility nobody knows
 * anything about, report builders and a fixed "now". Tests change one thing at a time from
 * these, so each expectation names the rule it checks.
 */
import type {
  CategoryResult,
  ComplianceReportData,
  FacilityData,
  Finding,
  RequirementProfile,
} from '../../../src/scoring/index.js';

export const NOW = new Date('2025-06-15T00:00:00Z');
const DAY = 86_400_000;

/** YYYY-MM-DD `days` before NOW (negative: after). */
export function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * DAY).toISOString().slice(0, 10);
}

/** YYYY-MM-DD about `months` (average months) before NOW. */
export function monthsAgo(months: number): string {
  return daysAgo(Math.round((months * 365.25) / 12));
}

export function bestPracticeFacility(id = 'fac-best', name = 'Best DC'): FacilityData {
  return {
    id,
    name,
    providerId: 'prov-1',
    country: 'DE',
    status: 'active',
    verifiedAt: daysAgo(30),
    power: {
      utilityFeeds: 2,
      diverseSubstations: true,
      upsTechnology: 'lithium-ion',
      upsRedundancy: '2N+1',
      upsRuntimeMinutes: 15,
      generatorCount: 4,
      generatorRedundancy: '2N+1',
      generatorFuelHours: 48,
      generatorTestInterval: 'monthly',
      lastLoadTestAt: monthsAgo(3),
      distribution: 'A+B',
      monitored24x7: true,
    },
    network: {
      model: 'carrier-neutral',
      carrierIds: ['c1', 'c2', 'c3'],
      diverseFiberEntries: 2,
      meetMeRooms: 2,
      internetExchanges: ['DE-CIX'],
    },
    climate: {
      temperatureMin: 18,
      temperatureMax: 27,
      humidityMinPct: 25,
      humidityMaxPct: 60,
      maxSwingPerHour: 2,
      coolingRedundancy: '2N+1',
      monitored24x7: true,
    },
    security: {
      accessMethods: ['badge', 'biometric', 'mantrap'],
      layers: 5,
      cctv: true,
      cctvRetentionDays: 90,
      guards: '24x7',
      cabinetLocks: 'electronic',
      cagesAvailable: true,
      accessLogRetentionDays: 90,
      packageHandling: 'held-securely',
    },
    remoteHands: {
      availability: '24x7',
      responseTimeMinutes: 15,
      hourlyRate: 200,
      currency: 'USD',
      minimumBillableMinutes: 15,
      billingIncrementMinutes: 15,
      includedMinutesPerMonth: 0,
    },
    sla: { powerUptimePct: 100, networkUptimePct: 100, creditPctPerHour: 5 },
    pricing: { currency: 'USD', cabinetMonthly: 800, perKwMonthly: 150, setupFee: 500, crossConnectMonthly: 250 },
  };
}

/** Nothing known beyond identity. */
export function unknownFacility(id = 'fac-unknown', name = 'Unknown DC'): FacilityData {
  return { id, name, providerId: 'prov-1' };
}

type Blocks = Pick<FacilityData, 'power' | 'network' | 'climate' | 'security' | 'remoteHands' | 'sla' | 'pricing'>;
type Patch = { [K in keyof Blocks]?: Partial<NonNullable<Blocks[K]>> } & Partial<Omit<FacilityData, keyof Blocks>>;

/** The best-practice facility with some fields replaced; a field set to undefined becomes unknown. */
export function facilityWith(patch: Patch, base: FacilityData = bestPracticeFacility()): FacilityData {
  const result: FacilityData = { ...base };
  for (const [key, value] of Object.entries(patch) as [keyof FacilityData, unknown][]) {
    const current = base[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object') {
      const merged: Record<string, unknown> = { ...(current as object) };
      for (const [field, fieldValue] of Object.entries(value)) {
        if (fieldValue === undefined) delete merged[field];
        else merged[field] = fieldValue;
      }
      (result as unknown as Record<string, unknown>)[key] = merged;
    } else if (value === undefined) {
      delete (result as unknown as Record<string, unknown>)[key];
    } else {
      (result as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return result;
}

export function socReport(patch: Partial<ComplianceReportData> = {}): ComplianceReportData {
  return {
    id: 'soc2-2025',
    providerId: 'prov-1',
    facilityIds: [],
    framework: 'SOC2',
    reportType: 'type2',
    standard: 'SSAE18',
    periodStart: monthsAgo(14),
    periodEnd: monthsAgo(2),
    issuedAt: monthsAgo(1),
    auditor: 'Example CPA LLP',
    opinion: 'unqualified',
    exceptionsCount: 0,
    trustServicesCriteria: ['security', 'availability'],
    ...patch,
  };
}

export function isoCertificate(patch: Partial<ComplianceReportData> = {}): ComplianceReportData {
  return {
    id: 'iso-2024',
    providerId: 'prov-1',
    facilityIds: [],
    framework: 'ISO27001',
    reportType: 'certificate',
    standard: 'none',
    issuedAt: monthsAgo(12),
    ...patch,
  };
}

export function bestPracticeReports(): ComplianceReportData[] {
  return [socReport(), isoCertificate()];
}

export const ALL_WEIGHTS_EQUAL = {
  power: 1,
  network: 1,
  climate: 1,
  security: 1,
  remoteHands: 1,
  sla: 1,
  compliance: 1,
  cost: 1,
} as const;

/** Every category counts; the best-practice facility fits the budget. */
export function fullProfile(patch: Partial<RequirementProfile> = {}): RequirementProfile {
  return {
    id: 'profile-full',
    name: 'Everything counts',
    weights: { ...ALL_WEIGHTS_EQUAL },
    footprint: { cabinets: 2, kw: 8, crossConnects: 2, remoteHandsIncidentsPerMonth: 2, averageIncidentMinutes: 20 },
    budget: { targetMonthly: 5000, maxMonthly: 8000 },
    ...patch,
  };
}

export function findingOf(result: { findings: Finding[] }, code: string): Finding | undefined {
  return result.findings.find((finding) => finding.code === code);
}

/** The codes and impacts only, for compact expectations. */
export function codesAndImpacts(result: { findings: Finding[] }): [string, number][] {
  return result.findings.map((finding) => [finding.code, finding.impact]);
}

export function impactSum(result: CategoryResult | { findings: Finding[] }): number {
  return result.findings.reduce((sum, finding) => sum + finding.impact, 0);
}
