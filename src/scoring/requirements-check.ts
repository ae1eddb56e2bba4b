/**
 * Hard requirements: a facility that misses any is ineligible, whatever its score. Each miss
 * says what was required and what the facility has; an unknown value never satisfies a
 * requirement (actual: null), because "we don't know" is not "yes".
 */
import { countDistinct, isKnownNumber } from './known-values.js';
import type { ComplianceReportData, FacilityData, NetworkModel, Redundancy } from './model.js';
import type { MonthlyCostEstimate } from './monthly-cost.js';
import type { Requirements, RequiredReport } from './profile.js';
import { redundancyRank } from './redundancy.js';
import { formatMonths } from './dates.js';
import { reportAgeMonths, reportLabel, VALIDITY_MONTHS } from './report-age.js';
import { reportCoversFacility } from './report-scope.js';
import { formatMoney, formatNumber } from './rounding.js';

export type RequirementValue = string | number | boolean | string[];

export interface UnmetRequirement {
  /** The key in the profile's requirements, e.g. `minPowerRedundancy`. */
  requirement: keyof Requirements;
  /** The facility field it was checked against, e.g. `power.upsRedundancy`. */
  field: string;
  expected: RequirementValue;
  /** What the facility has; null when unknown. */
  actual: RequirementValue | null;
  message: string;
}

/**
 * Which facility models meet a required model. Hybrid meets carrier-neutral (customers can
 * still buy from any carrier present) and carrier-controlled (the operator sells its own
 * network there too); a required hybrid is met only by hybrid.
 */
export const NETWORK_MODEL_SATISFIED_BY: Readonly<Record<NetworkModel, readonly NetworkModel[]>> = {
  'carrier-neutral': ['carrier-neutral', 'hybrid'],
  'carrier-controlled': ['carrier-controlled', 'hybrid'],
  hybrid: ['hybrid'],
};

export interface RequirementContext {
  /** Estimate for the profile's footprint; null when the profile has none. */
  monthlyCost: MonthlyCostEstimate | null;
  /** The profile budget's currency, if it names one. */
  budgetCurrency?: string;
}

export function checkRequirements(
  facility: FacilityData,
  reports: readonly ComplianceReportData[],
  requirements: Requirements | undefined,
  context: RequirementContext,
  now: Date,
): UnmetRequirement[] {
  return checkRequirementsAt(facility, reports, requirements, context, now.getTime());
}

/** `reports` may include reports that do not cover the facility; they are ignored. */
export function checkRequirementsAt(
  facility: FacilityData,
  reports: readonly ComplianceReportData[],
  requirements: Requirements | undefined,
  context: RequirementContext,
  nowMs: number,
): UnmetRequirement[] {
  const unmet: UnmetRequirement[] = [];
  if (!requirements) return unmet;
  const r = requirements;
  const power = facility.power ?? undefined;
  const network = facility.network ?? undefined;
  const sla = facility.sla ?? undefined;

  if (r.minPowerRedundancy != null) {
    checkRedundancy(unmet, 'power.upsRedundancy', 'UPS redundancy', power?.upsRedundancy, r.minPowerRedundancy);
    checkRedundancy(unmet, 'power.generatorRedundancy', 'Generator redundancy', power?.generatorRedundancy, r.minPowerRedundancy);
  }
  if (r.minGeneratorFuelHours != null) {
    checkMinimum(unmet, 'minGeneratorFuelHours', 'power.generatorFuelHours', 'Generator fuel', power?.generatorFuelHours, r.minGeneratorFuelHours, ' hours');
  }
  if (r.networkModel != null) {
    const model = network?.model;
    const allowed = NETWORK_MODEL_SATISFIED_BY[r.networkModel] ?? [r.networkModel];
    if (model == null || !allowed.includes(model)) {
      unmet.push({
        requirement: 'networkModel',
        field: 'network.model',
        expected: r.networkModel,
        actual: model ?? null,
        message:
          model == null
            ? `The network model is unknown; the profile requires ${r.networkModel}.`
            : `The site is ${model}; the profile requires ${r.networkModel}.`,
      });
    }
  }
  if (r.minCarriers != null) {
    const ids = network?.carrierIds;
    const carriers = Array.isArray(ids) ? countDistinct(ids) : undefined;
    checkMinimum(unmet, 'minCarriers', 'network.carrierIds', 'Distinct carriers', carriers, r.minCarriers, '');
  }
  if (r.minDiverseFiberEntries != null) {
    checkMinimum(unmet, 'minDiverseFiberEntries', 'network.diverseFiberEntries', 'Diverse fiber entries', network?.diverseFiberEntries, r.minDiverseFiberEntries, '');
  }
  if (r.requiredReports != null) {
    for (const required of r.requiredReports) checkReport(unmet, facility, reports, required, nowMs);
  }
  if (r.minPowerSlaPct != null) {
    checkMinimum(unmet, 'minPowerSlaPct', 'sla.powerUptimePct', 'The power SLA', sla?.powerUptimePct, r.minPowerSlaPct, ' %');
  }
  if (r.minNetworkSlaPct != null) {
    checkMinimum(unmet, 'minNetworkSlaPct', 'sla.networkUptimePct', 'The network SLA', sla?.networkUptimePct, r.minNetworkSlaPct, ' %');
  }
  if (r.remoteHands24x7 === true) {
    const availability = facility.remoteHands?.availability;
    if (availability !== '24x7') {
      unmet.push({
        requirement: 'remoteHands24x7',
        field: 'remoteHands.availability',
        expected: '24x7',
        actual: availability ?? null,
        message:
          availability == null
            ? 'Remote hands availability is unknown; the profile requires 24x7.'
            : `Remote hands are available ${availability}; the profile requires 24x7.`,
      });
    }
  }
  if (r.maxMonthlyCost != null) checkCost(unmet, r.maxMonthlyCost, context);
  if (r.countries != null) {
    const country = typeof facility.country === 'string' ? facility.country.toUpperCase() : null;
    if (country === null || !r.countries.includes(country)) {
      unmet.push({
        requirement: 'countries',
        field: 'country',
        expected: r.countries,
        actual: country,
        message:
          country === null
            ? `The facility's country is unknown; the profile allows ${r.countries.join(', ')}.`
            : `The facility is in ${country}; the profile allows ${r.countries.join(', ')}.`,
      });
    }
  }
  return unmet;
}

function checkRedundancy(
  unmet: UnmetRequirement[],
  field: string,
  label: string,
  actual: Redundancy | null | undefined,
  required: Redundancy,
): void {
  const rank = redundancyRank(actual);
  if (rank >= 0 && rank >= redundancyRank(required)) return;
  unmet.push({
    requirement: 'minPowerRedundancy',
    field,
    expected: required,
    actual: rank >= 0 ? actual! : null,
    message:
      rank >= 0
        ? `${label} is ${actual}; the profile requires at least ${required}.`
        : `${label} is unknown; the profile requires at least ${required}.`,
  });
}

function checkMinimum(
  unmet: UnmetRequirement[],
  requirement: keyof Requirements,
  field: string,
  label: string,
  actual: number | null | undefined,
  required: number,
  unit: string,
): void {
  const known = isKnownNumber(actual);
  if (known && actual >= required) return;
  unmet.push({
    requirement,
    field,
    expected: required,
    actual: known ? actual : null,
    message: known
      ? `${label}: ${actual}${unit}; the profile requires at least ${required}${unit}.`
      : `${label}: unknown; the profile requires at least ${required}${unit}.`,
  });
}

function checkReport(
  unmet: UnmetRequirement[],
  facility: FacilityData,
  reports: readonly ComplianceReportData[],
  required: RequiredReport,
  nowMs: number,
): void {
  const maxAge = required.maxAgeMonths ?? VALIDITY_MONTHS[required.framework] ?? 12;
  let freshest: ComplianceReportData | undefined;
  let freshestAge = Number.NaN;
  for (const report of reports) {
    if (!reportCoversFacility(facility, report) || report.framework !== required.framework) continue;
    if (
      required.reportType !== undefined &&
      report.reportType !== required.reportType &&
      !(required.reportType === 'type1' && report.reportType === 'type2')
    ) {
      continue;
    }
    const age = reportAgeMonths(report, nowMs);
    const acceptableOpinion = report.opinion !== 'adverse' && report.opinion !== 'disclaimer';
    if (acceptableOpinion && age <= maxAge) return; // NaN ages compare false: unknown never satisfies
    // Remember the best near miss to show: known ages beat unknown, younger beats older.
    if (
      freshest === undefined ||
      (!Number.isNaN(age) && (Number.isNaN(freshestAge) || age < freshestAge)) ||
      (age === freshestAge && report.id < freshest.id)
    ) {
      freshest = report;
      freshestAge = age;
    }
  }
  const wanted = required.reportType ? reportLabel({ framework: required.framework, reportType: required.reportType }) : required.framework;
  const expected = `${wanted}, at most ${formatNumber(maxAge)} months old`;
  let actual: string | null = null;
  if (freshest !== undefined) {
    const opinion = freshest.opinion === 'adverse' || freshest.opinion === 'disclaimer' ? `, ${freshest.opinion} opinion` : '';
    actual = Number.isNaN(freshestAge)
      ? `${reportLabel(freshest)}, age unknown${opinion}`
      : `${reportLabel(freshest)}, ${formatMonths(freshestAge)} old${opinion}`;
  }
  unmet.push({
    requirement: 'requiredReports',
    field: `reports.${required.framework}`,
    expected,
    actual,
    message:
      actual === null
        ? `No ${wanted} covering this facility is on file; the profile requires one at most ${formatNumber(maxAge)} months old.`
        : `The best ${wanted} on file is ${actual}; the profile requires ${expected}.`,
  });
}

function checkCost(unmet: UnmetRequirement[], maxMonthlyCost: number, context: RequirementContext): void {
  const estimate = context.monthlyCost;
  const currency = estimate?.currency ?? context.budgetCurrency ?? null;
  let reason: string | null = null;
  if (estimate === null) reason = 'no footprint to price';
  else if (!estimate.complete) reason = `the estimate is incomplete (${estimate.missing.join(', ')} unknown)`;
  else if (context.budgetCurrency && estimate.currency && context.budgetCurrency !== estimate.currency) {
    reason = `prices are in ${estimate.currency}, the budget in ${context.budgetCurrency}`;
  }
  if (reason === null && estimate !== null && estimate.total <= maxMonthlyCost) return;
  unmet.push({
    requirement: 'maxMonthlyCost',
    field: 'monthlyCost.total',
    expected: maxMonthlyCost,
    actual: reason === null && estimate !== null ? estimate.total : null,
    message:
      reason === null && estimate !== null
        ? `The estimate is ${formatMoney(estimate.total, currency)} a month; the profile allows at most ${formatMoney(maxMonthlyCost, currency)}.`
        : `The monthly cost cannot be established (${reason}); the profile allows at most ${formatMoney(maxMonthlyCost, currency)}.`,
  });
}
