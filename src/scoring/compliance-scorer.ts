/**
 * Compliance: what independent assurance covers this facility (DOMAIN.md "Compliance
 * reports"). Two parts:
 * - SOC: the best SOC 2 / SOC 3 report covering the facility. Level SOC 2 Type 2 > Type 1 >
 *   SOC 3 > none, then the checks a buyer makes: opinion, age of the period end (stale after
 *   12 months unless a bridge letter covers the gap), the obsolete SAS 70 standard (and an
 *   SSAE 16 label on a report dated after SSAE 18 replaced it), and exceptions in the tests
 *   of controls (Type 2 only: Type 1 and SOC 3 have no such tests).
 * - ISO 27001: a certificate issued within the last 3 years.
 * SOC 1 (financial-reporting controls) and PCI DSS are not scored; they can still be
 * demanded through a profile's requiredReports.
 *
 * Having no report on file is the worst case, not a "mid-bad" unknown: a report's losses are
 * capped at the cost of having none, so adding a report never lowers the score and
 * withholding a poor one never raises it. The best report is the one losing the fewest
 * points (ties: report id ascending).
 * Best practice (score 100): a current SOC 2 Type 2 under SSAE 18 or ISAE 3402 (SSAE 16 for
 * reports dated before 2017-05-01) with an unqualified opinion and no exceptions, plus a current ISO 27001 certificate.
 */
import { formatMonths, monthsBetween, parseIsoDate } from './dates.js';
import { isKnownNumber, lookup } from './known-values.js';
import type { ComplianceReportData, FacilityData, Opinion } from './model.js';
import { reportReferenceMs } from './report-age.js';
import { reportCoversFacility } from './report-scope.js';
import { ScoreSheet, type CategoryResult } from './score-sheet.js';

/**
 * DOMAIN.md: SSAE 18 applies to reports dated on or after 2017-05-01. A report dated then or
 * later that says SSAE 16 names a standard it cannot follow: the buyer should check which one
 * it does, so it costs what an unstated standard costs.
 */
export const SSAE18_EFFECTIVE = '2017-05-01';
const SSAE18_EFFECTIVE_MS = parseIsoDate(SSAE18_EFFECTIVE);

/**
 * The date a SOC report is dated (its opinion's date): `issuedAt`, else the period end, which
 * it cannot precede. Undefined when neither is known.
 */
function reportDate(report: ComplianceReportData): string | undefined {
  return report.issuedAt ?? report.periodEnd;
}

function mislabelledSsae16(report: ComplianceReportData): boolean {
  return report.standard === 'SSAE16' && parseIsoDate(reportDate(report)) >= SSAE18_EFFECTIVE_MS;
}

/** What having no SOC 2 / SOC 3 report costs; also the most a single report can cost. */
export const NO_SOC_REPORT_IMPACT = -40;
/** What having no current ISO 27001 certificate costs (an expired one counts the same). */
export const NO_ISO_CERTIFICATE_IMPACT = -8;
/** DOMAIN.md: ISO 27001 certificates last 3 years. */
export const ISO_CERTIFICATE_MONTHS = 36;

export const OPINION_IMPACT: Readonly<Record<Opinion, number>> = {
  unqualified: 0,
  qualified: -12,
  adverse: -30,
  disclaimer: -30,
};

const OPINION_MESSAGE: Readonly<Record<Opinion, string>> = {
  unqualified: '',
  qualified: "The auditor's opinion is qualified: some controls did not work as described.",
  adverse: "The auditor's opinion is adverse: the controls do not achieve their objectives.",
  disclaimer: 'The auditor disclaimed an opinion: it could not gather enough evidence to conclude.',
};

/** The losses of one SOC report, before the cap. */
interface SocLosses {
  level: number;
  opinion: number;
  age: number;
  ageMonths: number;
  standard: number;
  exceptions: number;
  /** Exceptions are only scored for a SOC 2 Type 2. */
  exceptionsScored: boolean;
}

export function scoreCompliance(
  facility: FacilityData,
  reports: readonly ComplianceReportData[],
  now: Date,
): CategoryResult {
  return scoreComplianceAt(facility, reports, now.getTime());
}

/** `reports` may include reports that do not cover the facility; they are ignored. */
export function scoreComplianceAt(
  facility: FacilityData,
  reports: readonly ComplianceReportData[],
  nowMs: number,
  keepFindings = true,
): CategoryResult {
  const sheet = new ScoreSheet(keepFindings);

  let bestSoc: ComplianceReportData | undefined;
  let bestSocLosses: SocLosses | undefined;
  let bestSocTotal = Number.NEGATIVE_INFINITY;
  let bestIso: ComplianceReportData | undefined;
  let bestIsoImpact = Number.NEGATIVE_INFINITY;

  for (const report of reports) {
    if (!reportCoversFacility(facility, report)) continue;
    if (isSocForScoring(report)) {
      const losses = socLosses(report, nowMs);
      const total = cappedTotal(losses);
      if (total > bestSocTotal || (total === bestSocTotal && bestSoc !== undefined && report.id < bestSoc.id)) {
        bestSoc = report;
        bestSocLosses = losses;
        bestSocTotal = total;
      }
    } else if (report.framework === 'ISO27001') {
      const impact = isoImpact(report, nowMs);
      if (impact > bestIsoImpact || (impact === bestIsoImpact && bestIso !== undefined && report.id < bestIso.id)) {
        bestIso = report;
        bestIsoImpact = impact;
      }
    }
  }

  if (bestSoc === undefined || bestSocLosses === undefined) {
    sheet.unknown(
      'reports.soc',
      'compliance.soc.unknown',
      NO_SOC_REPORT_IMPACT,
      'No SOC 2 or SOC 3 report on file covers this facility: nobody independent has tested its controls.',
    );
  } else {
    recordSoc(sheet, bestSoc, bestSocLosses);
  }

  if (bestIso === undefined) {
    sheet.unknown(
      'reports.iso27001',
      'compliance.iso27001.unknown',
      NO_ISO_CERTIFICATE_IMPACT,
      'No ISO 27001 certificate on file covers this facility.',
    );
  } else {
    recordIso(sheet, bestIso, bestIsoImpact);
  }

  return sheet.result();
}

function isSocForScoring(report: ComplianceReportData): boolean {
  if (report.framework === 'SOC3') return true;
  return report.framework === 'SOC2' && (report.reportType === 'type1' || report.reportType === 'type2');
}

function socLosses(report: ComplianceReportData, nowMs: number): SocLosses {
  const isType2 = report.framework === 'SOC2' && report.reportType === 'type2';
  const level = report.framework === 'SOC3' ? -20 : isType2 ? 0 : -12;

  const opinion = report.opinion == null ? -6 : (lookup(OPINION_IMPACT, report.opinion) ?? -6);

  const ageMonths = monthsBetween(reportReferenceMs(report), nowMs);
  const age = Number.isNaN(ageMonths) ? -8 : ageMonths <= 12 ? 0 : ageMonths <= 18 ? -10 : ageMonths <= 24 ? -16 : -22;

  const standard =
    report.standard === 'SAS70'
      ? -15
      : mislabelledSsae16(report)
        ? -2
        : report.standard === 'SSAE18' || report.standard === 'SSAE16' || report.standard === 'ISAE3402'
          ? 0
          : -2;

  let exceptions = 0;
  if (isType2) {
    const count = report.exceptionsCount;
    exceptions = !isKnownNumber(count) ? -4 : count <= 0 ? 0 : count <= 2 ? -3 : count <= 5 ? -7 : -12;
  }

  return { level, opinion, age, ageMonths, standard, exceptions, exceptionsScored: isType2 };
}

function cappedTotal(losses: SocLosses): number {
  const total = losses.level + losses.opinion + losses.age + losses.standard + losses.exceptions;
  return total < NO_SOC_REPORT_IMPACT ? NO_SOC_REPORT_IMPACT : total;
}

/** The SOC report's name in messages and its finding codes, spelled out once per framework. */
const SOC2_TEXT = socText('SOC 2', 'compliance.soc2');
const SOC3_TEXT = socText('SOC 3', 'compliance.soc3');

function socText(name: string, prefix: string) {
  return {
    name,
    codes: {
      opinion: `${prefix}.opinion`,
      opinionUnknown: `${prefix}.opinion.unknown`,
      stale: `${prefix}.stale`,
      ageUnknown: `${prefix}.age.unknown`,
      obsolete: `${prefix}.obsolete`,
      standardMismatch: `${prefix}.standard.mismatch`,
      standardUnknown: `${prefix}.standard.unknown`,
      exceptions: `${prefix}.exceptions`,
      exceptionsUnknown: `${prefix}.exceptions.unknown`,
    },
  } as const;
}

/**
 * Records the chosen report's findings in a fixed order (level, opinion, age, standard,
 * exceptions). Once the losses reach the cost of having no report, later findings are kept
 * for the buyer to read but cost nothing more (impact 0).
 */
function recordSoc(sheet: ScoreSheet, report: ComplianceReportData, losses: SocLosses): void {
  const { name, codes } = report.framework === 'SOC3' ? SOC3_TEXT : SOC2_TEXT;
  let room = -NO_SOC_REPORT_IMPACT; // points this report may still take
  const take = (impact: number): number => {
    const taken = impact < -room ? -room : impact;
    room += taken;
    return taken === 0 ? 0 : taken;
  };

  sheet.known(); // the report itself
  if (losses.level < 0) {
    if (report.framework === 'SOC3') {
      sheet.record(
        'compliance.soc3.only',
        take(losses.level),
        'Only a SOC 3: a public summary without the tests of controls or their results; ask for the SOC 2 Type 2 under NDA.',
      );
    } else {
      sheet.record(
        'compliance.soc2.type1',
        take(losses.level),
        'Only a SOC 2 Type 1: it shows the controls were designed as of one date, not that they worked over time; a Type 2 tests them over 6-12 months.',
      );
    }
  }

  const opinion = report.opinion;
  if (opinion != null && lookup(OPINION_IMPACT, opinion) !== undefined) {
    sheet.known();
    if (losses.opinion < 0) {
      sheet.record(codes.opinion, take(losses.opinion), OPINION_MESSAGE[opinion]);
    }
  } else {
    sheet.unknown(
      'reports.soc.opinion',
      codes.opinionUnknown,
      take(losses.opinion),
      `The auditor's opinion in the ${name} report is not known.`,
    );
  }

  if (Number.isNaN(losses.ageMonths)) {
    sheet.unknown(
      'reports.soc.periodEnd',
      codes.ageUnknown,
      take(losses.age),
      `The ${name} report's period end is not known, so nobody can tell how current it is.`,
    );
  } else {
    sheet.known();
    if (losses.age < 0) {
      const bridge = report.bridgeLetterThrough
        ? ` and the bridge letter runs only to ${report.bridgeLetterThrough}`
        : ' and no bridge letter covers the gap';
      sheet.record(
        codes.stale,
        take(losses.age),
        `The ${name} report's period ended ${report.periodEnd ?? 'on an unknown date'}${bridge}: its assurance is ${formatMonths(losses.ageMonths)} old and controls may have changed since.`,
      );
    }
  }

  if (report.standard === 'SAS70') {
    sheet.known();
    sheet.record(
      codes.obsolete,
      take(losses.standard),
      `The ${name} report is under SAS 70, replaced by SSAE 16 in 2011 and SSAE 18 in 2017: it is obsolete.`,
    );
  } else if (mislabelledSsae16(report)) {
    sheet.known();
    sheet.record(
      codes.standardMismatch,
      take(losses.standard),
      `The ${name} report says SSAE 16 but is dated ${reportDate(report)}, after SSAE 18 replaced SSAE 16 (reports dated from ${SSAE18_EFFECTIVE}): check which standard it follows.`,
    );
  } else if (losses.standard < 0) {
    sheet.unknown(
      'reports.soc.standard',
      codes.standardUnknown,
      take(losses.standard),
      `The attestation standard of the ${name} report (SSAE 18, ISAE 3402, ...) is not stated.`,
    );
  } else {
    sheet.known();
  }

  if (losses.exceptionsScored) {
    const count = report.exceptionsCount;
    if (!isKnownNumber(count)) {
      sheet.unknown(
        'reports.soc.exceptionsCount',
        codes.exceptionsUnknown,
        take(losses.exceptions),
        'Whether the auditor found exceptions in the tests of controls is not known.',
      );
    } else {
      sheet.known();
      if (losses.exceptions < 0) {
        sheet.record(
          codes.exceptions,
          take(losses.exceptions),
          `The auditor found ${count} exception(s) in the tests of controls: read what failed and whether it was fixed.`,
        );
      }
    }
  }
}

function isoImpact(report: ComplianceReportData, nowMs: number): number {
  const age = monthsBetween(reportReferenceMs(report), nowMs);
  if (Number.isNaN(age)) return -4;
  return age > ISO_CERTIFICATE_MONTHS ? NO_ISO_CERTIFICATE_IMPACT : 0;
}

function recordIso(sheet: ScoreSheet, report: ComplianceReportData, impact: number): void {
  if (Number.isNaN(reportReferenceMs(report))) {
    sheet.known(); // the certificate itself
    sheet.unknown(
      'reports.iso27001.issuedAt',
      'compliance.iso27001.age.unknown',
      impact,
      'The ISO 27001 certificate has no issue date, so nobody can tell whether it is still valid (certificates last 3 years).',
    );
    return;
  }
  sheet.known();
  sheet.known();
  if (impact < 0) {
    sheet.lose(
      'compliance.iso27001.expired',
      impact,
      `The ISO 27001 certificate was issued ${report.issuedAt}, more than 3 years ago: it has expired unless renewed.`,
    );
  }
}
