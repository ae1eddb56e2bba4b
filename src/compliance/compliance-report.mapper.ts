import type { ComplianceReportData } from '../scoring/model.js';
import type { ComplianceReportEntity } from './compliance-report.entity.js';
import type { ComplianceReportDto } from './dto/compliance-report.dto.js';

export interface ReportWithScope {
  report: ComplianceReportEntity;
  facilityIds: string[];
}

export function toComplianceReportDto({ report, facilityIds }: ReportWithScope): ComplianceReportDto {
  return {
    id: report.id,
    providerId: report.providerId,
    facilityIds,
    framework: report.framework,
    reportType: report.reportType,
    standard: report.standard,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    issuedAt: report.issuedAt,
    auditor: report.auditor,
    opinion: report.opinion,
    exceptionsCount: report.exceptionsCount,
    trustServicesCriteria: report.trustServicesCriteria ?? [],
    ndaRequired: report.ndaRequired,
    bridgeLetterThrough: report.bridgeLetterThrough,
    version: report.version,
    createdAt: report.createdAt,
    updatedAt: report.updatedAt,
  };
}

/** The report as the scoring core sees it: unknown fields are left out, not null. */
export function toComplianceReportData({ report, facilityIds }: ReportWithScope): ComplianceReportData {
  const data: ComplianceReportData = {
    id: report.id,
    providerId: report.providerId,
    facilityIds,
    framework: report.framework,
    reportType: report.reportType,
  };
  if (report.standard !== null) data.standard = report.standard;
  if (report.periodStart !== null) data.periodStart = report.periodStart;
  if (report.periodEnd !== null) data.periodEnd = report.periodEnd;
  if (report.issuedAt !== null) data.issuedAt = report.issuedAt;
  if (report.auditor !== null) data.auditor = report.auditor;
  if (report.opinion !== null) data.opinion = report.opinion;
  if (report.exceptionsCount !== null) data.exceptionsCount = report.exceptionsCount;
  if (report.trustServicesCriteria !== null) data.trustServicesCriteria = report.trustServicesCriteria;
  if (report.ndaRequired !== null) data.ndaRequired = report.ndaRequired;
  if (report.bridgeLetterThrough !== null) data.bridgeLetterThrough = report.bridgeLetterThrough;
  return data;
}
