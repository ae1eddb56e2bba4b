import type { ComplianceReportEntity } from './compliance-report.entity.js';

/** Newest period end first (unknown last), then id: the order reports are listed and scored in. */
export const newestPeriodFirst = (a: ComplianceReportEntity, b: ComplianceReportEntity): number =>
  (b.periodEnd ?? '').localeCompare(a.periodEnd ?? '') || a.id.localeCompare(b.id);
