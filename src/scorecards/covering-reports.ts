import type { EntityManager } from 'typeorm';
import { ComplianceReportEntity } from '../compliance/compliance-report.entity.js';
import { toComplianceReportData } from '../compliance/compliance-report.mapper.js';
import { newestPeriodFirst } from '../compliance/report-order.js';
import { IN_CHUNK, LeanSelect, bindList } from '../database/lean-select.js';
import type { FacilityEntity } from '../facilities/facility.entity.js';
import { type ComplianceReportData, reportsCoveringFacility } from '../scoring/index.js';

const reports = new LeanSelect(ComplianceReportEntity);

/**
 * The compliance reports covering each facility, as the scoring core reads them: the same
 * rows and order as ComplianceService.listForFacility (periodEnd newest first, then id; scope
 * ids sorted), read with plain SQL in two statements per 500 providers, and each report
 * mapped once and shared by every facility it covers (the core never mutates its inputs).
 */
export async function loadCoveringReports(
  manager: EntityManager,
  facilities: ReadonlyArray<Pick<FacilityEntity, 'id' | 'providerId'>>,
): Promise<Map<string, ComplianceReportData[]>> {
  const covering = new Map<string, ComplianceReportData[]>();
  const providerIds = [...new Set(facilities.map((f) => f.providerId))];
  if (providerIds.length === 0) return covering;
  const rows = await reports.whereIn(manager, 'providerId', providerIds);
  rows.sort(newestPeriodFirst);

  const scopes = new Map<string, string[]>();
  const ids = rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const chunk = ids.slice(i, i + IN_CHUNK);
    const links = (await manager.query(
      `SELECT "reportId", "facilityId" FROM "report_facilities" WHERE "reportId" IN (${bindList(manager, chunk.length)}) ORDER BY "facilityId" ASC`,
      chunk,
    )) as Array<{ reportId: string; facilityId: string }>;
    for (const { reportId, facilityId } of links) {
      const scope = scopes.get(reportId);
      if (scope) scope.push(facilityId);
      else scopes.set(reportId, [facilityId]);
    }
  }

  const byProvider = new Map<string, ComplianceReportData[]>();
  for (const report of rows) {
    const data = toComplianceReportData({ report, facilityIds: scopes.get(report.id) ?? [] });
    const list = byProvider.get(report.providerId);
    if (list) list.push(data);
    else byProvider.set(report.providerId, [data]);
  }
  for (const facility of facilities) {
    const candidates = byProvider.get(facility.providerId) ?? [];
    covering.set(facility.id, reportsCoveringFacility(facility, candidates));
  }
  return covering;
}
