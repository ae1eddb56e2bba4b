/**
 * fast-check generators for the property tests: facilities with any field unknown or any
 * value in range, compliance reports, profiles, and "improvements" that make exactly one
 * attribute better (the monotonicity property: improving never lowers a score).
 */
import fc from 'fast-check';
import {
  ACCESS_METHODS,
  AUDIT_STANDARDS,
  CABINET_LOCKS,
  DISTRIBUTIONS,
  FRAMEWORKS,
  GUARD_COVERAGES,
  NETWORK_MODELS,
  OPINIONS,
  PACKAGE_HANDLING,
  REDUNDANCY_LEVELS,
  REMOTE_HANDS_AVAILABILITY,
  REPORT_TYPES,
  TEST_INTERVALS,
  UPS_TECHNOLOGIES,
  type ComplianceReportData,
  type FacilityData,
  type RequirementProfile,
} from '../../../src/scoring/index.js';
import { daysAgo } from './fixtures.js';

/** Mostly known, sometimes unknown. */
function opt<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq: 5 });
}

/** Integers (boundaries are integers) and some fractions. */
function num(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(
    { arbitrary: fc.integer({ min, max }), weight: 3 },
    { arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), weight: 1 },
  );
}

function block<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined, freq: 12 });
}

const dateArb = fc.integer({ min: -60, max: 1500 }).map(daysAgo);

export const facilityArb: fc.Arbitrary<FacilityData> = fc.record({
  id: fc.constant('fac-x'),
  name: fc.constant('Facility X'),
  providerId: fc.constant('prov-1'),
  country: opt(fc.constantFrom('DE', 'NL', 'US')),
  status: opt(fc.constantFrom('active' as const, 'planned' as const)),
  verifiedAt: opt(dateArb),
  power: block(
    fc.record({
      utilityFeeds: opt(fc.integer({ min: 0, max: 4 })),
      diverseSubstations: opt(fc.boolean()),
      upsTechnology: opt(fc.constantFrom(...UPS_TECHNOLOGIES)),
      upsRedundancy: opt(fc.constantFrom(...REDUNDANCY_LEVELS)),
      upsRuntimeMinutes: opt(num(0, 30)),
      generatorCount: opt(fc.integer({ min: 0, max: 6 })),
      generatorRedundancy: opt(fc.constantFrom(...REDUNDANCY_LEVELS)),
      generatorFuelHours: opt(num(0, 96)),
      generatorTestInterval: opt(fc.constantFrom(...TEST_INTERVALS)),
      lastLoadTestAt: opt(dateArb),
      distribution: opt(fc.constantFrom(...DISTRIBUTIONS)),
      monitored24x7: opt(fc.boolean()),
    }),
  ),
  network: block(
    fc.record({
      model: opt(fc.constantFrom(...NETWORK_MODELS)),
      carrierIds: opt(fc.array(fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5'), { maxLength: 6 })),
      diverseFiberEntries: opt(fc.integer({ min: 0, max: 4 })),
      meetMeRooms: opt(fc.integer({ min: 0, max: 3 })),
      internetExchanges: opt(fc.array(fc.constantFrom('DE-CIX', 'AMS-IX', 'LINX'), { maxLength: 3 })),
    }),
  ),
  climate: block(
    fc.record({
      temperatureMin: opt(num(5, 30)),
      temperatureMax: opt(num(15, 45)),
      humidityMinPct: opt(num(0, 60)),
      humidityMaxPct: opt(num(30, 100)),
      maxSwingPerHour: opt(num(0, 20)),
      coolingRedundancy: opt(fc.constantFrom(...REDUNDANCY_LEVELS)),
      monitored24x7: opt(fc.boolean()),
    }),
  ),
  security: block(
    fc.record({
      accessMethods: opt(fc.array(fc.constantFrom(...ACCESS_METHODS), { maxLength: 7 })),
      layers: opt(fc.integer({ min: 0, max: 6 })),
      cctv: opt(fc.boolean()),
      cctvRetentionDays: opt(num(0, 400)),
      guards: opt(fc.constantFrom(...GUARD_COVERAGES)),
      cabinetLocks: opt(fc.constantFrom(...CABINET_LOCKS)),
      cagesAvailable: opt(fc.boolean()),
      accessLogRetentionDays: opt(num(0, 400)),
      packageHandling: opt(fc.constantFrom(...PACKAGE_HANDLING)),
    }),
  ),
  remoteHands: block(
    fc.record({
      availability: opt(fc.constantFrom(...REMOTE_HANDS_AVAILABILITY)),
      responseTimeMinutes: opt(num(0, 300)),
      hourlyRate: opt(num(0, 400)),
      currency: opt(fc.constantFrom('USD', 'EUR')),
      minimumBillableMinutes: opt(fc.integer({ min: 0, max: 120 })),
      billingIncrementMinutes: opt(fc.constantFrom(0, 1, 5, 6, 10, 15, 30, 60)),
      includedMinutesPerMonth: opt(fc.integer({ min: 0, max: 240 })),
    }),
  ),
  sla: block(
    fc.record({
      powerUptimePct: opt(fc.oneof(fc.constantFrom(98, 99, 99.5, 99.9, 99.95, 99.99, 99.999, 100), num(95, 100))),
      networkUptimePct: opt(fc.oneof(fc.constantFrom(98, 99, 99.5, 99.9, 99.95, 99.99, 99.999, 100), num(95, 100))),
      creditPctPerHour: opt(num(0, 20)),
    }),
  ),
  pricing: block(
    fc.record({
      currency: opt(fc.constantFrom('USD', 'EUR')),
      cabinetMonthly: opt(num(0, 3000)),
      perKwMonthly: opt(num(0, 400)),
      setupFee: opt(num(0, 5000)),
      crossConnectMonthly: opt(num(0, 500)),
    }),
  ),
});

const reportArb: fc.Arbitrary<Omit<ComplianceReportData, 'id'>> = fc.record({
  providerId: fc.constantFrom('prov-1', 'prov-1', 'prov-2'),
  facilityIds: fc.constantFrom([], [], ['fac-x'], ['fac-other'], ['fac-other', 'fac-x']),
  framework: fc.constantFrom(...FRAMEWORKS),
  reportType: fc.constantFrom(...REPORT_TYPES),
  standard: opt(fc.constantFrom(...AUDIT_STANDARDS)),
  periodEnd: opt(dateArb),
  bridgeLetterThrough: opt(dateArb),
  issuedAt: opt(dateArb),
  opinion: opt(fc.constantFrom(...OPINIONS)),
  exceptionsCount: opt(fc.integer({ min: 0, max: 12 })),
});

export const reportsArb: fc.Arbitrary<ComplianceReportData[]> = fc
  .array(reportArb, { maxLength: 4 })
  .map((reports) => reports.map((report, i) => ({ ...report, id: `r${i}` })));

const weightsArb = fc.record({
  power: fc.integer({ min: 0, max: 5 }),
  network: fc.integer({ min: 0, max: 5 }),
  climate: fc.integer({ min: 0, max: 5 }),
  security: fc.integer({ min: 0, max: 5 }),
  remoteHands: fc.integer({ min: 0, max: 5 }),
  sla: fc.integer({ min: 0, max: 5 }),
  compliance: fc.integer({ min: 0, max: 5 }),
  cost: fc.integer({ min: 0, max: 5 }),
});

/** Valid profiles: with or without a budget, always with a footprint, no requirements. */
export const profileArb: fc.Arbitrary<RequirementProfile> = fc
  .record({
    weights: weightsArb,
    footprint: fc.record({
      cabinets: fc.integer({ min: 0, max: 4 }),
      kw: num(0, 20),
      crossConnects: fc.integer({ min: 0, max: 4 }),
      remoteHandsIncidentsPerMonth: num(0, 5),
      averageIncidentMinutes: fc.integer({ min: 0, max: 90 }),
    }),
    budget: fc.option(
      fc
        .record({ target: fc.integer({ min: 0, max: 8000 }), span: fc.integer({ min: 0, max: 6000 }) })
        .map(({ target, span }) => ({ targetMonthly: target, maxMonthly: target + span })),
      { nil: undefined, freq: 3 },
    ),
  })
  .filter(({ weights, budget }) => {
    const withoutCost = weights.power + weights.network + weights.climate + weights.security + weights.remoteHands + weights.sla + weights.compliance;
    return withoutCost > 0 || (budget !== undefined && weights.cost > 0);
  })
  .map((profile) => ({ id: 'generated', name: 'Generated', ...profile }));

// --- improvements -------------------------------------------------------------------------

export interface Scenario {
  facility: FacilityData;
  reports: ComplianceReportData[];
}

/** Makes one attribute better, or returns null when it does not apply (unknown or already best). */
export type Improvement = (scenario: Scenario, step: number) => Scenario | null;

type BlockName = 'power' | 'network' | 'climate' | 'security' | 'remoteHands' | 'sla' | 'pricing';

function withField(scenario: Scenario, name: BlockName, field: string, improve: (value: never) => unknown): Scenario | null {
  const current = scenario.facility[name] as Record<string, unknown> | undefined;
  const value = current?.[field];
  if (value === undefined || value === null) return null;
  const next = improve(value as never);
  if (next === null || next === undefined) return null;
  return { ...scenario, facility: { ...scenario.facility, [name]: { ...current, [field]: next } } };
}

function ladder<T>(order: readonly T[]) {
  return (value: T): T | null => {
    const index = order.indexOf(value);
    return index >= 0 && index < order.length - 1 ? order[index + 1]! : null;
  };
}

const up = (value: number, step: number) => value + step;
const down = (value: number, step: number) => Math.max(0, value - step);
const laterBy = (date: string, step: number) => new Date(Date.parse(date) + step * 86_400_000).toISOString().slice(0, 10);
const setTrue = (value: boolean) => (value ? null : true);

function fieldImprovements(): [string, Improvement][] {
  const field = (name: BlockName, key: string, improve: (value: never, step: number) => unknown): [string, Improvement] => [
    `${name}.${key}`,
    (s, step) => withField(s, name, key, (v) => improve(v, step)),
  ];
  return [
    field('power', 'utilityFeeds', (v: number, k) => up(v, Math.ceil(k))),
    field('power', 'diverseSubstations', setTrue),
    field('power', 'upsTechnology', (v: string) => (v === 'none' ? 'lithium-ion' : null)),
    field('power', 'upsRedundancy', ladder(REDUNDANCY_LEVELS)),
    field('power', 'upsRuntimeMinutes', up),
    field('power', 'generatorCount', (v: number, k) => up(v, Math.ceil(k))),
    field('power', 'generatorRedundancy', ladder(REDUNDANCY_LEVELS)),
    field('power', 'generatorFuelHours', up),
    field('power', 'generatorTestInterval', ladder(['never', 'annually', 'quarterly', 'monthly', 'weekly'] as const)),
    field('power', 'lastLoadTestAt', (v: string, k) => laterBy(v, Math.ceil(k * 30))),
    field('power', 'distribution', ladder(['single', 'A+B'] as const)),
    field('power', 'monitored24x7', setTrue),
    field('network', 'model', ladder(['carrier-controlled', 'hybrid', 'carrier-neutral'] as const)),
    field('network', 'carrierIds', (v: string[], k) => [...v, `new-carrier-${Math.ceil(k)}`]),
    field('network', 'diverseFiberEntries', (v: number, k) => up(v, Math.ceil(k))),
    field('network', 'meetMeRooms', (v: number, k) => up(v, Math.ceil(k))),
    field('network', 'internetExchanges', (v: string[]) => [...v, 'NEW-IX']),
    field('climate', 'temperatureMin', up),
    field('climate', 'temperatureMax', (v: number, k) => v - k),
    field('climate', 'humidityMinPct', up),
    field('climate', 'humidityMaxPct', (v: number, k) => v - k),
    field('climate', 'maxSwingPerHour', down),
    field('climate', 'coolingRedundancy', ladder(REDUNDANCY_LEVELS)),
    field('climate', 'monitored24x7', setTrue),
    field('security', 'accessMethods', (v: string[], k) => {
      const missing = ACCESS_METHODS.filter((m) => !v.includes(m));
      return missing.length === 0 ? null : [...v, missing[Math.floor(k) % missing.length]];
    }),
    field('security', 'layers', (v: number, k) => up(v, Math.ceil(k))),
    field('security', 'cctv', setTrue),
    field('security', 'cctvRetentionDays', (v: number, k) => up(v, k * 10)),
    field('security', 'guards', ladder(GUARD_COVERAGES)),
    field('security', 'cabinetLocks', ladder(CABINET_LOCKS)),
    field('security', 'cagesAvailable', setTrue),
    field('security', 'accessLogRetentionDays', (v: number, k) => up(v, k * 10)),
    field('security', 'packageHandling', ladder(PACKAGE_HANDLING)),
    field('remoteHands', 'availability', ladder(REMOTE_HANDS_AVAILABILITY)),
    field('remoteHands', 'responseTimeMinutes', (v: number, k) => down(v, k * 5)),
    field('remoteHands', 'hourlyRate', (v: number, k) => down(v, k * 10)),
    field('remoteHands', 'minimumBillableMinutes', (v: number, k) => down(v, Math.ceil(k * 5))),
    // A finer increment bills less only if the old one is a multiple of it (see billedMinutes).
    field('remoteHands', 'billingIncrementMinutes', (v: number, k) =>
      v <= 0 ? null : v % 2 === 0 && k < 1.5 ? v / 2 : k < 3 ? 1 : 0,
    ),
    field('remoteHands', 'includedMinutesPerMonth', (v: number, k) => up(v, Math.ceil(k * 10))),
    field('sla', 'powerUptimePct', (v: number, k) => (v >= 100 ? null : v + (100 - v) * Math.min(1, k / 5))),
    field('sla', 'networkUptimePct', (v: number, k) => (v >= 100 ? null : v + (100 - v) * Math.min(1, k / 5))),
    field('sla', 'creditPctPerHour', up),
    field('pricing', 'cabinetMonthly', (v: number, k) => down(v, k * 50)),
    field('pricing', 'perKwMonthly', (v: number, k) => down(v, k * 10)),
    field('pricing', 'crossConnectMonthly', (v: number, k) => down(v, k * 20)),
    field('pricing', 'setupFee', (v: number, k) => down(v, k * 100)),
  ];
}

function withReport(
  scenario: Scenario,
  step: number,
  improve: (report: ComplianceReportData) => Partial<ComplianceReportData> | null,
): Scenario | null {
  if (scenario.reports.length === 0) return null;
  const index = Math.floor(step * 7) % scenario.reports.length;
  const patch = improve(scenario.reports[index]!);
  if (patch === null) return null;
  const reports = scenario.reports.slice();
  reports[index] = { ...reports[index]!, ...patch };
  return { ...scenario, reports };
}

function reportImprovements(): [string, Improvement][] {
  const opinionBetter = ladder(['adverse', 'qualified', 'unqualified'] as const);
  return [
    ['report.periodEnd', (s, k) => withReport(s, k, (r) => (r.periodEnd ? { periodEnd: laterBy(r.periodEnd, Math.ceil(k * 60)) } : null))],
    [
      'report.bridgeLetterThrough',
      (s, k) =>
        withReport(s, k, (r) => {
          const from = r.bridgeLetterThrough ?? r.periodEnd;
          return from ? { bridgeLetterThrough: laterBy(from, Math.ceil(k * 30)) } : null;
        }),
    ],
    ['report.issuedAt', (s, k) => withReport(s, k, (r) => (r.issuedAt ? { issuedAt: laterBy(r.issuedAt, Math.ceil(k * 60)) } : null))],
    [
      'report.opinion',
      (s, k) =>
        withReport(s, k, (r) => {
          const from = r.opinion === 'disclaimer' ? 'adverse' : r.opinion;
          const next = from ? opinionBetter(from) : null;
          return next ? { opinion: next } : null;
        }),
    ],
    [
      'report.exceptionsCount',
      (s, k) => withReport(s, k, (r) => (r.exceptionsCount ? { exceptionsCount: Math.max(0, r.exceptionsCount - Math.ceil(k)) } : null)),
    ],
    ['report.standard', (s, k) => withReport(s, k, (r) => (r.standard === 'SAS70' ? { standard: 'SSAE18' } : null))],
    [
      'report.level',
      (s, k) =>
        withReport(s, k, (r) => {
          if (r.framework === 'SOC3') return { framework: 'SOC2', reportType: 'type1' };
          if (r.framework === 'SOC2' && r.reportType === 'type1') return { reportType: 'type2' };
          return null;
        }),
    ],
    [
      'report.scope',
      (s, k) => withReport(s, k, (r) => (r.facilityIds.length > 0 && !r.facilityIds.includes('fac-x') ? { facilityIds: [] } : null)),
    ],
  ];
}

export const IMPROVEMENTS: readonly [string, Improvement][] = [...fieldImprovements(), ...reportImprovements()];

/** A report to add: adding evidence never lowers a score. */
export const extraReportArb = reportArb.map((report) => ({ ...report, id: 'r-extra' }));
