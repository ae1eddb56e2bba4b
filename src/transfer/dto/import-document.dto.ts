import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CreateCarrierDto } from '../../carriers/dto/carrier.dto.js';
import { CreateComplianceReportDto } from '../../compliance/dto/compliance-report.dto.js';
import { CreateFacilityDto } from '../../facilities/dto/create-facility.dto.js';
import { NetworkBlockDto } from '../../facilities/dto/facility-blocks.dto.js';
import { CreateProfileDto } from '../../profiles/dto/profile.dto.js';
import { CreateProviderDto } from '../../providers/dto/provider.dto.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-document.dto.js';

/*
 * The import document is the export document, validated with the API's own create DTOs plus
 * the fields every stored record has. `version`, `createdAt` and `updatedAt` are optional:
 * they are kept for records the import creates (a restore reproduces them) and ignored for
 * records it updates (those get the next version and the time of the import).
 */

export const IMPORT_MODES = ['merge', 'replace'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** A sanity cap per resource; the body limit bounds the document as a whole. */
const MAX_RECORDS = 100_000;

class RecordFields {
  @ApiProperty({ format: 'uuid', description: 'Kept: a record with this id is updated, any other is created' })
  @IsUUID('all')
  id: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Kept for created records; drop the stamps of a record edited by hand' })
  @IsOptional() @IsInt() @Min(1) @Max(2_000_000_000)
  version?: number;

  @ApiPropertyOptional({ format: 'date-time', description: 'Kept for created records' })
  @IsOptional() @IsISO8601({ strict: true })
  createdAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Kept for created records' })
  @IsOptional() @IsISO8601({ strict: true })
  updatedAt?: string;
}

class PeeringDbLink {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, nullable: true, description: 'PeeringDB id, unique per resource' })
  @IsOptional() @IsInt() @Min(1) @Max(2_000_000_000)
  peeringdbId?: number | null;
}

export class ImportProviderDto extends IntersectionType(CreateProviderDto, RecordFields, PeeringDbLink) {}

export class ImportCarrierDto extends IntersectionType(CreateCarrierDto, RecordFields, PeeringDbLink) {}

export class ImportNetworkDto extends OmitType(NetworkBlockDto, ['carrierIds'] as const) {}

export class ImportFacilityDto extends IntersectionType(
  OmitType(CreateFacilityDto, ['network'] as const),
  RecordFields,
  PeeringDbLink,
) {
  @ApiPropertyOptional({ type: ImportNetworkDto, nullable: true, description: 'The network block; carriers go in `carrierIds`' })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => ImportNetworkDto)
  network?: ImportNetworkDto | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 500, description: 'Carriers present (in the document or, when merging, in the database)' })
  @IsOptional() @IsUUID('all', { each: true }) @ArrayUnique() @ArrayMaxSize(500)
  carrierIds?: string[] | null;
}

export class ImportComplianceReportDto extends IntersectionType(CreateComplianceReportDto, RecordFields) {}

export class ImportProfileDto extends IntersectionType(CreateProfileDto, RecordFields) {}

const records = (type: new () => object, description: string) => ({ type: [type] as [new () => object], description });

export class ImportDocumentDto {
  @ApiProperty({ enum: [EXPORT_FORMAT] })
  @IsIn([EXPORT_FORMAT])
  format: typeof EXPORT_FORMAT;

  @ApiProperty({ type: 'integer', enum: [EXPORT_VERSION], description: 'Versions this server reads' })
  @IsIn([EXPORT_VERSION], { message: `version must be ${EXPORT_VERSION} (the export format this server reads)` })
  version: typeof EXPORT_VERSION;

  @ApiPropertyOptional({ format: 'date-time', description: 'Informational' })
  @IsOptional() @IsISO8601({ strict: true })
  exportedAt?: string;

  @ApiProperty(records(ImportProviderDto, 'Every provider (empty list: none)'))
  @IsArray() @ArrayMaxSize(MAX_RECORDS) @ValidateNested({ each: true }) @Type(() => ImportProviderDto)
  providers: ImportProviderDto[];

  @ApiProperty(records(ImportCarrierDto, 'Every carrier'))
  @IsArray() @ArrayMaxSize(MAX_RECORDS) @ValidateNested({ each: true }) @Type(() => ImportCarrierDto)
  carriers: ImportCarrierDto[];

  @ApiProperty(records(ImportFacilityDto, 'Every facility, with its carriers'))
  @IsArray() @ArrayMaxSize(MAX_RECORDS) @ValidateNested({ each: true }) @Type(() => ImportFacilityDto)
  facilities: ImportFacilityDto[];

  @ApiProperty(records(ImportComplianceReportDto, 'Every compliance report, with its scope'))
  @IsArray() @ArrayMaxSize(MAX_RECORDS) @ValidateNested({ each: true }) @Type(() => ImportComplianceReportDto)
  complianceReports: ImportComplianceReportDto[];

  @ApiProperty(records(ImportProfileDto, 'Every saved profile (presets are not stored and not exported)'))
  @IsArray() @ArrayMaxSize(MAX_RECORDS) @ValidateNested({ each: true }) @Type(() => ImportProfileDto)
  profiles: ImportProfileDto[];
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ImportQuery {
  @ApiPropertyOptional({
    enum: IMPORT_MODES,
    enumName: 'ImportMode',
    default: 'merge',
    description: '`merge` keeps records that the document does not list; `replace` deletes them',
  })
  @IsOptional() @IsIn(IMPORT_MODES)
  mode?: ImportMode;

  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Validate and count what would change, write nothing' })
  @IsOptional() @Transform(toBoolean) @IsBoolean()
  dryRun?: boolean;
}
