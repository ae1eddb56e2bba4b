/**
 * How old a compliance report is, measured from the date its assurance runs to
 * (DOMAIN.md "Compliance reports").
 */
import { MONTH_MS, monthsBetween, parseIsoDate } from './dates.js';
import type { ComplianceReportData, Framework } from './model.js';

/**
 * Months after its reference date that a report stays current: SOC reports cover a period
 * and buyers expect the next one within a year; ISO 27001 certificates last 3 years; PCI DSS
 * attestation is annual (all DOMAIN.md).
 */
export const VALIDITY_MONTHS: Readonly<Record<Framework, number>> = {
  SOC1: 12,
  SOC2: 12,
  SOC3: 12,
  ISO27001: 36,
  'PCI-DSS': 12,
};

/**
 * The date a report's age is measured from, NaN when unknown. SOC reports: the later of the
 * period end and the bridge letter (a bridge letter from management covers the gap after the
 * period, so the clock restarts where it ends). Certificates and attestations: the issue date.
 */
export function reportReferenceMs(report: ComplianceReportData): number {
  if (report.framework === 'ISO27001' || report.framework === 'PCI-DSS') return parseIsoDate(report.issuedAt);
  const periodEnd = parseIsoDate(report.periodEnd);
  const bridge = parseIsoDate(report.bridgeLetterThrough);
  if (Number.isNaN(bridge)) return periodEnd;
  if (Number.isNaN(periodEnd)) return bridge;
  return bridge > periodEnd ? bridge : periodEnd;
}

/** Fractional months since the reference date; NaN when unknown, 0 or less when in the future. */
export function reportAgeMonths(report: ComplianceReportData, nowMs: number): number {
  return monthsBetween(reportReferenceMs(report), nowMs);
}

/** When the report stops being current (reference + validity), NaN when unknown. */
export function reportStaleAtMs(report: ComplianceReportData): number {
  return reportReferenceMs(report) + VALIDITY_MONTHS[report.framework] * MONTH_MS;
}

/** A short human label, e.g. "SOC 2 Type 2", "ISO 27001 certificate". */
export function reportLabel(report: Pick<ComplianceReportData, 'framework' | 'reportType'>): string {
  const framework = FRAMEWORK_LABEL[report.framework] ?? report.framework;
  const type = TYPE_LABEL[report.reportType] ?? report.reportType;
  return `${framework} ${type}`;
}

const FRAMEWORK_LABEL: Readonly<Record<string, string>> = {
  SOC1: 'SOC 1',
  SOC2: 'SOC 2',
  SOC3: 'SOC 3',
  ISO27001: 'ISO 27001',
  'PCI-DSS': 'PCI DSS',
};

const TYPE_LABEL: Readonly<Record<string, string>> = {
  type1: 'Type 1',
  type2: 'Type 2',
  certificate: 'certificate',
  attestation: 'attestation',
};
