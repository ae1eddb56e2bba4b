import { addressOf, locationOf } from '../facilities/facility.mapper.js';
import type { CarrierEntity } from '../carriers/carrier.entity.js';
import type { ComplianceReportEntity } from '../compliance/compliance-report.entity.js';
import type { FacilityEntity } from '../facilities/facility.entity.js';
import type { ProfileEntity } from '../profiles/profile.entity.js';
import { completeWeights } from '../profiles/profile.mapper.js';
import type { ProviderEntity } from '../providers/provider.entity.js';
import type {
  ExportedCarrierDto,
  ExportedComplianceReportDto,
  ExportedFacilityDto,
  ExportedProfileDto,
  ExportedProviderDto,
} from './dto/export-document.dto.js';

/*
 * Stored records as export records: the stored values, unconverted (climate stays Celsius),
 * so that importing the document stores exactly the same values again.
 */

const stamps = (entity: { id: string; version: number; createdAt: string; updatedAt: string }) => ({
  id: entity.id,
  version: entity.version,
  createdAt: entity.createdAt,
  updatedAt: entity.updatedAt,
});

export function exportProvider(entity: ProviderEntity): ExportedProviderDto {
  return {
    ...stamps(entity),
    name: entity.name,
    website: entity.website,
    headquartersCountry: entity.headquartersCountry,
    notes: entity.notes,
    peeringdbId: entity.peeringdbId,
  };
}

export function exportCarrier(entity: CarrierEntity): ExportedCarrierDto {
  return { ...stamps(entity), name: entity.name, website: entity.website, peeringdbId: entity.peeringdbId };
}

export function exportFacility(entity: FacilityEntity, carrierIds: string[]): ExportedFacilityDto {
  return {
    ...stamps(entity),
    providerId: entity.providerId,
    name: entity.name,
    code: entity.code,
    address: addressOf(entity),
    location: locationOf(entity),
    status: entity.status,
    verifiedAt: entity.verifiedAt,
    carrierIds: [...carrierIds].sort(),
    power: entity.power,
    network: entity.network,
    climate: entity.climate,
    security: entity.security,
    remoteHands: entity.remoteHands,
    sla: entity.sla,
    pricing: entity.pricing,
    peeringdbId: entity.peeringdbId,
  };
}

export function exportComplianceReport(entity: ComplianceReportEntity, facilityIds: string[]): ExportedComplianceReportDto {
  return {
    ...stamps(entity),
    providerId: entity.providerId,
    facilityIds: [...facilityIds].sort(),
    framework: entity.framework,
    reportType: entity.reportType,
    standard: entity.standard,
    periodStart: entity.periodStart,
    periodEnd: entity.periodEnd,
    issuedAt: entity.issuedAt,
    auditor: entity.auditor,
    opinion: entity.opinion,
    exceptionsCount: entity.exceptionsCount,
    trustServicesCriteria: entity.trustServicesCriteria,
    ndaRequired: entity.ndaRequired,
    bridgeLetterThrough: entity.bridgeLetterThrough,
  };
}

export function exportProfile(entity: ProfileEntity): ExportedProfileDto {
  return {
    ...stamps(entity),
    name: entity.name,
    description: entity.description,
    weights: completeWeights(entity.weights),
    requirements: entity.requirements,
    footprint: entity.footprint,
    budget: entity.budget,
  };
}

/** Stable order: by id (code-point order, the same on every database and locale). */
export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
