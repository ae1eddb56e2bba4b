import { ApiProperty, OmitType } from '@nestjs/swagger';
import { FRAMEWORKS, REPORT_TYPES, AUDIT_STANDARDS, OPINIONS, TRUST_SERVICES_CRITERIA } from '../../scoring/model.js';
import type { AuditStandard, Framework, Opinion, ReportType, TrustServicesCriterion } from '../../scoring/model.js';
import { FACILITY_STATUSES, type FacilityStatus } from '../../scoring/model.js';
import { AddressDto, LocationDto } from '../../facilities/dto/create-facility.dto.js';
import {
  ClimateBlockDto,
  NetworkBlockDto,
  PowerBlockDto,
  PricingBlockDto,
  RemoteHandsBlockDto,
  SecurityBlockDto,
  SlaBlockDto,
} from '../../facilities/dto/facility-blocks.dto.js';
import { BudgetDto, FootprintDto, RequirementsDto, WeightsDto } from '../../profiles/dto/profile-parts.dto.js';

/*
 * The export document: every stored record as it is stored (climate in Celsius, a facility's
 * carriers and a report's scope as id lists), so that importing it reproduces the data exactly.
 * Records are sorted by id, id lists are sorted, dates are ISO-8601.
 */

export const EXPORT_FORMAT = 'dcscore-export';
export const EXPORT_VERSION = 1;

const nullableText = (example?: string) => ({ type: String, nullable: true, ...(example !== undefined && { example }) });
const peeringdbId = (type: string) => ({
  type: 'integer' as const,
  nullable: true,
  example: 1234,
  description: `PeeringDB ${type} id, set by the PeeringDB import`,
});

class ExportedRecord {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer', example: 3 })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class ExportedProviderDto extends ExportedRecord {
  @ApiProperty({ example: 'Northwind Colocation' })
  name: string;

  @ApiProperty(nullableText('https://northwind-colo.example'))
  website: string | null;

  @ApiProperty(nullableText('US'))
  headquartersCountry: string | null;

  @ApiProperty(nullableText())
  notes: string | null;

  @ApiProperty(peeringdbId('org'))
  peeringdbId: number | null;
}

export class ExportedCarrierDto extends ExportedRecord {
  @ApiProperty({ example: 'Meridian Fiber' })
  name: string;

  @ApiProperty(nullableText('https://meridian-fiber.example'))
  website: string | null;

  @ApiProperty(peeringdbId('carrier'))
  peeringdbId: number | null;
}

/** The network block as stored; the carriers are in the facility's `carrierIds`. */
export class ExportedNetworkDto extends OmitType(NetworkBlockDto, ['carrierIds'] as const) {}

/** The climate block as stored: always Celsius, so it carries no unit. */
export class ExportedClimateDto extends OmitType(ClimateBlockDto, ['temperatureUnit'] as const) {}

const block = (type: new () => object) => ({ type, nullable: true, description: 'null when nothing is known' });

export class ExportedFacilityDto extends ExportedRecord {
  @ApiProperty({ format: 'uuid' })
  providerId: string;

  @ApiProperty({ example: 'Harbor SEA1' })
  name: string;

  @ApiProperty(nullableText('SEA1'))
  code: string | null;

  @ApiProperty({ type: AddressDto })
  address: AddressDto;

  @ApiProperty({ type: LocationDto, nullable: true })
  location: LocationDto | null;

  @ApiProperty({ enum: FACILITY_STATUSES, enumName: 'FacilityStatus' })
  status: FacilityStatus;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  verifiedAt: string | null;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Carriers present, sorted by id' })
  carrierIds: string[];

  @ApiProperty(block(PowerBlockDto))
  power: PowerBlockDto | null;

  @ApiProperty(block(ExportedNetworkDto))
  network: ExportedNetworkDto | null;

  @ApiProperty(block(ExportedClimateDto))
  climate: ExportedClimateDto | null;

  @ApiProperty(block(SecurityBlockDto))
  security: SecurityBlockDto | null;

  @ApiProperty(block(RemoteHandsBlockDto))
  remoteHands: RemoteHandsBlockDto | null;

  @ApiProperty(block(SlaBlockDto))
  sla: SlaBlockDto | null;

  @ApiProperty(block(PricingBlockDto))
  pricing: PricingBlockDto | null;

  @ApiProperty(peeringdbId('fac'))
  peeringdbId: number | null;
}

export class ExportedComplianceReportDto extends ExportedRecord {
  @ApiProperty({ format: 'uuid' })
  providerId: string;

  @ApiProperty({ type: [String], format: 'uuid', description: "Sorted; empty: covers all of the provider's facilities" })
  facilityIds: string[];

  @ApiProperty({ enum: FRAMEWORKS, enumName: 'Framework' })
  framework: Framework;

  @ApiProperty({ enum: REPORT_TYPES, enumName: 'ReportType' })
  reportType: ReportType;

  @ApiProperty({ enum: AUDIT_STANDARDS, enumName: 'AuditStandard', nullable: true })
  standard: AuditStandard | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  periodStart: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  periodEnd: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  issuedAt: string | null;

  @ApiProperty(nullableText())
  auditor: string | null;

  @ApiProperty({ enum: OPINIONS, enumName: 'Opinion', nullable: true })
  opinion: Opinion | null;

  @ApiProperty({ type: 'integer', nullable: true })
  exceptionsCount: number | null;

  @ApiProperty({ enum: TRUST_SERVICES_CRITERIA, enumName: 'TrustServicesCriterion', isArray: true, nullable: true })
  trustServicesCriteria: TrustServicesCriterion[] | null;

  @ApiProperty({ type: Boolean, nullable: true })
  ndaRequired: boolean | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  bridgeLetterThrough: string | null;
}

export class ExportedProfileDto extends ExportedRecord {
  @ApiProperty({ example: 'Payments platform' })
  name: string;

  @ApiProperty(nullableText())
  description: string | null;

  @ApiProperty({ type: WeightsDto })
  weights: WeightsDto;

  @ApiProperty({ type: RequirementsDto })
  requirements: RequirementsDto;

  @ApiProperty({ type: FootprintDto, nullable: true })
  footprint: FootprintDto | null;

  @ApiProperty({ type: BudgetDto, nullable: true })
  budget: BudgetDto | null;
}

export class ExportDocumentDto {
  @ApiProperty({ enum: [EXPORT_FORMAT], description: 'Identifies the document' })
  format: typeof EXPORT_FORMAT;

  @ApiProperty({ type: 'integer', enum: [EXPORT_VERSION], description: 'Format version; a change that old importers cannot read bumps it' })
  version: typeof EXPORT_VERSION;

  @ApiProperty({ format: 'date-time' })
  exportedAt: string;

  @ApiProperty({ type: [ExportedProviderDto] })
  providers: ExportedProviderDto[];

  @ApiProperty({ type: [ExportedCarrierDto] })
  carriers: ExportedCarrierDto[];

  @ApiProperty({ type: [ExportedFacilityDto] })
  facilities: ExportedFacilityDto[];

  @ApiProperty({ type: [ExportedComplianceReportDto] })
  complianceReports: ExportedComplianceReportDto[];

  @ApiProperty({ type: [ExportedProfileDto] })
  profiles: ExportedProfileDto[];
}
