/**
 * Things a reader of a scorecard should know that are not lost points: data that may be out
 * of date (DOMAIN.md "Oversight": data about a facility ages), reports about to go stale,
 * and how the cost category was handled.
 */
import { DAY_MS, formatIsoDay, formatMonths, monthsBetween, parseIsoDate } from './dates.js';
import type { ComplianceReportData, FacilityData } from './model.js';
import type { MonthlyCostEstimate } from './monthly-cost.js';
import { reportLabel, reportStaleAtMs } from './report-age.js';
import { reportCoversFacility } from './report-scope.js';

export interface ScorecardWarning {
  /** Stable and dotted, e.g. `facility.stale`, `report.expiring`, `cost.excluded`. */
  code: string;
  message: string;
}

/** Facility data not verified for this long is flagged as possibly stale. */
export const DATA_STALE_MONTHS = 12;
/** Reports going stale (or certificates expiring) within this many days are flagged. */
export const REPORT_EXPIRY_WARNING_DAYS = 60;

export interface WarningContext {
  costExcluded: boolean;
  monthlyCost: MonthlyCostEstimate | null;
}

export const COST_EXCLUDED_WARNING: ScorecardWarning = Object.freeze({
  code: 'cost.excluded',
  message: 'The profile has no budget, so cost is not scored; its weight was spread proportionally over the other categories.',
});

// Warnings whose text never varies are shared (frozen) rather than built per scorecard.
const UNVERIFIED_WARNING: ScorecardWarning = Object.freeze({
  code: 'facility.unverified',
  message: "Nobody has recorded when this facility's data was last verified: treat it as possibly out of date.",
});

const PLANNED_WARNING: ScorecardWarning = Object.freeze({
  code: 'facility.status',
  message: 'The facility is planned, not yet operating: its data describes intentions.',
});

const DECOMMISSIONED_WARNING: ScorecardWarning = Object.freeze({
  code: 'facility.status',
  message: 'The facility is decommissioned.',
});

/** In a fixed order: facility data, facility status, reports (by date, then id), cost. */
export function collectWarnings(
  facility: FacilityData,
  reports: readonly ComplianceReportData[],
  nowMs: number,
  context: WarningContext,
): ScorecardWarning[] {
  const warnings: ScorecardWarning[] = [];

  const verifiedMs = parseIsoDate(facility.verifiedAt);
  if (Number.isNaN(verifiedMs)) {
    warnings.push(UNVERIFIED_WARNING);
  } else {
    const age = monthsBetween(verifiedMs, nowMs);
    if (age > DATA_STALE_MONTHS) {
      warnings.push({
        code: 'facility.stale',
        message: `This facility's data was last verified on ${facility.verifiedAt}, ${formatMonths(age)} ago: re-check it before deciding.`,
      });
    }
  }

  if (facility.status === 'planned') warnings.push(PLANNED_WARNING);
  else if (facility.status === 'decommissioned') warnings.push(DECOMMISSIONED_WARNING);

  let expiring: { ms: number; report: ComplianceReportData }[] | undefined;
  const horizonMs = nowMs + REPORT_EXPIRY_WARNING_DAYS * DAY_MS;
  for (const report of reports) {
    if (!reportCoversFacility(facility, report)) continue;
    const staleAt = reportStaleAtMs(report);
    if (staleAt > nowMs && staleAt <= horizonMs) (expiring ??= []).push({ ms: staleAt, report });
  }
  if (expiring !== undefined) {
    if (expiring.length > 1) {
      expiring.sort((a, b) => a.ms - b.ms || (a.report.id < b.report.id ? -1 : a.report.id > b.report.id ? 1 : 0));
    }
    for (const { ms, report } of expiring) {
      warnings.push({
        code: 'report.expiring',
        message: `The ${reportLabel(report)} (${report.id}) stops being current on ${formatIsoDay(ms)}: ask for the next report or a bridge letter.`,
      });
    }
  }

  if (context.costExcluded) warnings.push(COST_EXCLUDED_WARNING);
  const estimate = context.monthlyCost;
  if (estimate !== null && !estimate.complete) {
    warnings.push({
      code: 'cost.incomplete',
      message: `The monthly cost estimate is incomplete (${estimate.missing.join(', ')} unknown); its total covers only the priced lines.`,
    });
  }
  return warnings;
}
