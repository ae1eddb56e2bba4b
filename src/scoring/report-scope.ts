/**
 * Which compliance reports speak for a facility (DOMAIN.md "Compliance reports": the buyer
 * must check that the scope covers *this* facility). The API reuses this filter.
 */
import type { ComplianceReportData, FacilityData } from './model.js';

/**
 * A report covers a facility when it comes from the facility's provider and either lists the
 * facility or lists none (an estate-wide report). A report listing only other facilities of
 * the same provider does not count; a report from another provider never does.
 */
export function reportCoversFacility(
  facility: Pick<FacilityData, 'id' | 'providerId'>,
  report: Pick<ComplianceReportData, 'providerId' | 'facilityIds'>,
): boolean {
  if (report.providerId !== facility.providerId) return false;
  const ids = report.facilityIds;
  return !Array.isArray(ids) || ids.length === 0 || ids.includes(facility.id);
}

/** The reports that cover `facility`, in their input order. */
export function reportsCoveringFacility<R extends Pick<ComplianceReportData, 'providerId' | 'facilityIds'>>(
  facility: Pick<FacilityData, 'id' | 'providerId'>,
  reports: readonly R[],
): R[] {
  const covering: R[] = [];
  for (const report of reports) if (reportCoversFacility(facility, report)) covering.push(report);
  return covering;
}
