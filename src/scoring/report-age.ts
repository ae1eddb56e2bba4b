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
 * How far past the period end a bridge letter is credited: management's letter covers the gap
 * until the next audited period, typically up to about 3 months (DOMAIN.md). A letter claiming
 * more is management's word alone, not assurance, so a three-year-old report stays stale.
 */
export const MAX_BRIDGE_MONTHS = 3;

/**
 * The date a report's age is measured from, NaN when unknown. SOC reports: the period end, or
 * where a bridge letter covers the gap after it, the letter's end (at most MAX_BRIDGE_MONTHS
 * later). Certificates and attestations: the issue date.
 */
export function reportReferenceMs(report: ComplianceReportData): number {
  if (report.framework === 'ISO27001' || report.framework === 'PCI-DSS') return parseIsoDate(report.issuedAt);
  const periodEnd = parseIsoDate(report.periodEnd);
  const bridge = parseIsoDate(report.bridgeLetterThrough);
  if (Number.isNaN(bridge) || Number.isNaN(periodEnd)) return periodEnd;
  return Math.max(periodEnd, Math.min(bridge, periodEnd + MAX_BRIDGE_MONTHS * MONTH_MS));
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
