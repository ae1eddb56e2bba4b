import type { FieldError } from '../common/problem-details.js';
import type { ComplianceReportEntity } from './compliance-report.entity.js';

/** Which report types make sense for which framework; anything else is a data-entry mistake. */
export const ALLOWED_REPORT_TYPES: Record<string, readonly string[]> = {
  SOC1: ['type1', 'type2'],
  SOC2: ['type1', 'type2'],
  SOC3: ['type2', 'attestation'],
  ISO27001: ['certificate'],
  'PCI-DSS': ['attestation', 'certificate'],
};

type ReportFields = Pick<ComplianceReportEntity, 'framework' | 'reportType' | 'periodStart' | 'periodEnd' | 'bridgeLetterThrough'>;

/**
 * Cross-field rules of one report that need no database: the API checks them on the merged
 * record of every create and PATCH, the whole-dataset import on every imported report.
 */
export function reportRuleErrors(report: ReportFields): FieldError[] {
  const errors: FieldError[] = [];
  const allowed = ALLOWED_REPORT_TYPES[report.framework] ?? [];
  if (!allowed.includes(report.reportType)) {
    errors.push({ field: 'reportType', message: `a ${report.framework} report is one of: ${allowed.join(', ')}` });
  }
  if (report.periodStart && report.periodEnd && report.periodEnd < report.periodStart) {
    errors.push({ field: 'periodEnd', message: 'periodEnd must not be before periodStart' });
  }
  if (report.bridgeLetterThrough && report.periodEnd && report.bridgeLetterThrough < report.periodEnd) {
    errors.push({ field: 'bridgeLetterThrough', message: 'bridgeLetterThrough must not be before periodEnd' });
  }
  return errors;
}
