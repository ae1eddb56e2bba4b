import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsOmittable } from '../../common/optional.js';
import { PageQuery } from '../../common/pagination.js';
import { IsIsoDate, LowercaseIds } from '../../common/validators.js';
import {
  AUDIT_STANDARDS,
  type AuditStandard,
  FRAMEWORKS,
  type Framework,
  OPINIONS,
  type Opinion,
  REPORT_TYPES,
  type ReportType,
  TRUST_SERVICES_CRITERIA,
  type TrustServicesCriterion,
} from '../../scoring/model.js';

const frameworkProp = { enum: FRAMEWORKS, enumName: 'Framework', example: 'SOC2' } as const;
const reportTypeProp = { enum: REPORT_TYPES, enumName: 'ReportType', example: 'type2' } as const;

/** Optional report fields, shared by create and update. */
class ReportDetailsInput {
  @ApiPropertyOptional({ type: [String], format: 'uuid', nullable: true, description: 'Facilities in scope; empty, null or absent = all of the provider\'s facilities' })
  @LowercaseIds() @IsOptional() @IsUUID('all', { each: true }) @ArrayUnique() @ArrayMaxSize(1000)
  facilityIds?: string[] | null;

  @ApiPropertyOptional({ enum: AUDIT_STANDARDS, enumName: 'AuditStandard', example: 'SSAE18', nullable: true })
  @IsOptional() @IsIn(AUDIT_STANDARDS)
  standard?: AuditStandard | null;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2025-10-01', nullable: true })
  @IsOptional() @IsIsoDate()
  periodStart?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-09-30', nullable: true, description: 'Age is measured from here' })
  @IsOptional() @IsIsoDate()
  periodEnd?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-11-01', nullable: true })
  @IsOptional() @IsIsoDate()
  issuedAt?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Ledger & Vale LLP', maxLength: 200, nullable: true })
  @IsOptional() @IsString() @MaxLength(200)
  auditor?: string | null;

  @ApiPropertyOptional({ enum: OPINIONS, enumName: 'Opinion', example: 'unqualified', nullable: true })
  @IsOptional() @IsIn(OPINIONS)
  opinion?: Opinion | null;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 10000, example: 0, nullable: true })
  @IsOptional() @IsInt() @Min(0) @Max(10000)
  exceptionsCount?: number | null;

  @ApiPropertyOptional({ enum: TRUST_SERVICES_CRITERIA, enumName: 'TrustServicesCriterion', isArray: true, nullable: true, example: ['security', 'availability'] })
  @IsOptional() @IsIn(TRUST_SERVICES_CRITERIA, { each: true }) @ArrayUnique() @ArrayMaxSize(TRUST_SERVICES_CRITERIA.length)
  trustServicesCriteria?: TrustServicesCriterion[] | null;

  @ApiPropertyOptional({ type: Boolean, example: true, nullable: true })
  @IsOptional() @IsBoolean()
  ndaRequired?: boolean | null;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-12-31', nullable: true, description: 'A bridge letter covers the gap after periodEnd up to this date' })
  @IsOptional() @IsIsoDate()
  bridgeLetterThrough?: string | null;
}

export class CreateComplianceReportDto extends ReportDetailsInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  providerId: string;

  @ApiProperty(frameworkProp)
  @IsIn(FRAMEWORKS)
  framework: Framework;

  @ApiProperty(reportTypeProp)
  @IsIn(REPORT_TYPES)
  reportType: ReportType;
}

export class UpdateComplianceReportDto extends ReportDetailsInput {
  @ApiPropertyOptional(frameworkProp)
  @IsOmittable() @IsIn(FRAMEWORKS)
  framework?: Framework;

  @ApiPropertyOptional(reportTypeProp)
  @IsOmittable() @IsIn(REPORT_TYPES)
  reportType?: ReportType;
}

export class ComplianceReportDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  providerId: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Empty: covers all of the provider\'s facilities' })
  facilityIds: string[];

  @ApiProperty(frameworkProp)
  framework: Framework;

  @ApiProperty(reportTypeProp)
  reportType: ReportType;

  @ApiProperty({ enum: AUDIT_STANDARDS, enumName: 'AuditStandard', nullable: true })
  standard: AuditStandard | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  periodStart: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  periodEnd: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  issuedAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  auditor: string | null;

  @ApiProperty({ enum: OPINIONS, enumName: 'Opinion', nullable: true })
  opinion: Opinion | null;

  @ApiProperty({ type: 'integer', nullable: true })
  exceptionsCount: number | null;

  @ApiProperty({ enum: TRUST_SERVICES_CRITERIA, enumName: 'TrustServicesCriterion', isArray: true })
  trustServicesCriteria: TrustServicesCriterion[];

  @ApiProperty({ type: Boolean, nullable: true })
  ndaRequired: boolean | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  bridgeLetterThrough: string | null;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class ComplianceReportPageDto {
  @ApiProperty({ type: [ComplianceReportDto] })
  items: ComplianceReportDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiPropertyOptional()
  nextCursor?: string;
}

export class ListComplianceReportsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID('all')
  providerId?: string;

  @ApiPropertyOptional({ enum: FRAMEWORKS, enumName: 'Framework' })
  @IsOptional() @IsIn(FRAMEWORKS)
  framework?: Framework;
}
