import type { CreateCarrierDto } from '../carriers/dto/carrier.dto.js';
import type { CreateComplianceReportDto } from '../compliance/dto/compliance-report.dto.js';
import type { CreateFacilityDto } from '../facilities/dto/create-facility.dto.js';
import type { CreateProviderDto } from '../providers/dto/provider.dto.js';

/**
 * The demo dataset refers to records by short keys; the seed turns them into ids.
 * Dates in reports and facilities are given as offsets in days before the seed runs, so the
 * demo keeps its meaning (a "fresh" report stays fresh) whenever it is loaded.
 */
export interface DemoProvider extends CreateProviderDto {
  key: string;
}

export interface DemoCarrier extends CreateCarrierDto {
  key: string;
}

export interface DemoFacility extends Omit<CreateFacilityDto, 'providerId' | 'verifiedAt' | 'network' | 'power'> {
  key: string;
  providerKey: string;
  /** Days before the seed date that the data was last verified. */
  verifiedDaysAgo?: number;
  carrierKeys?: string[];
  network?: Omit<NonNullable<CreateFacilityDto['network']>, 'carrierIds'>;
  power?: Omit<NonNullable<CreateFacilityDto['power']>, 'lastLoadTestAt'> & { lastLoadTestDaysAgo?: number };
}

export interface DemoReport
  extends Omit<CreateComplianceReportDto, 'providerId' | 'facilityIds' | 'periodStart' | 'periodEnd' | 'issuedAt' | 'bridgeLetterThrough'> {
  providerKey: string;
  /** Empty or absent: the report covers the provider's whole estate. */
  facilityKeys?: string[];
  /** Days before the seed date that the audit period ended; the period starts a year earlier (Type 2). */
  periodEndDaysAgo: number;
  periodLengthDays?: number;
  issuedDaysAfterPeriodEnd?: number;
  /** Days after the period end that a bridge letter covers. */
  bridgeLetterDays?: number;
}

export interface DemoDataset {
  providers: DemoProvider[];
  carriers: DemoCarrier[];
  facilities: DemoFacility[];
  reports: DemoReport[];
}
