import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsNumber, IsOptional, IsString, Max, Min } from 'class-validator';

/*
 * PeeringDB API objects in PeeringDB's own shape (snake_case), as `GET /api/<type>` returns
 * them. Only the fields the import reads are declared and checked; PeeringDB's many other
 * fields are accepted and ignored, so a response can be posted as downloaded.
 */

const pdbId = (description: string) => ({ type: 'integer' as const, minimum: 1, example: 1, description });
const MAX_ID = 2_000_000_000;

class PeeringDbObject {
  @ApiProperty(pdbId('PeeringDB id'))
  @IsInt() @Min(1) @Max(MAX_ID)
  id: number;

  @ApiPropertyOptional({ example: 'ok', description: 'Only `ok` records are imported (a `deleted` fac decommissions its facility)' })
  @IsOptional() @IsString()
  status?: string;
}

export class PeeringDbOrgDto extends PeeringDbObject {
  @ApiProperty({ example: 'Northwind Colocation' })
  @IsString()
  name: string;

  @ApiPropertyOptional({ nullable: true, example: 'https://northwind-colo.example' })
  @IsOptional() @IsString()
  website?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'US', description: 'Becomes the provider\'s headquarters country' })
  @IsOptional() @IsString()
  country?: string | null;
}

export class PeeringDbCarrierDto extends PeeringDbObject {
  @ApiProperty({ example: 'Meridian Fiber' })
  @IsString()
  name: string;

  @ApiPropertyOptional({ nullable: true, example: 'https://meridian-fiber.example' })
  @IsOptional() @IsString()
  website?: string | null;
}

export class PeeringDbFacDto extends PeeringDbObject {
  @ApiProperty(pdbId('The operating organisation (an `org`)'))
  @IsInt() @Min(1) @Max(MAX_ID)
  org_id: number;

  @ApiProperty({ example: 'Northwind SEA1' })
  @IsString()
  name: string;

  @ApiPropertyOptional({ nullable: true, example: '400 Harbor Way' })
  @IsOptional() @IsString()
  address1?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Building 2' })
  @IsOptional() @IsString()
  address2?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Seattle' })
  @IsOptional() @IsString()
  city?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'WA' })
  @IsOptional() @IsString()
  state?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '98101' })
  @IsOptional() @IsString()
  zipcode?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'US' })
  @IsOptional() @IsString()
  country?: string | null;

  @ApiPropertyOptional({ example: 47.6062, nullable: true, description: '0,0 means unknown in PeeringDB data' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false })
  latitude?: number | null;

  @ApiPropertyOptional({ example: -122.3321, nullable: true })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false })
  longitude?: number | null;

  @ApiPropertyOptional({ example: true, nullable: true, description: 'Becomes `power.diverseSubstations`' })
  @IsOptional() @IsBoolean()
  diverse_serving_substations?: boolean | null;
}

export class PeeringDbCarrierFacDto extends PeeringDbObject {
  @ApiProperty(pdbId('The carrier'))
  @IsInt() @Min(1) @Max(MAX_ID)
  carrier_id: number;

  @ApiProperty(pdbId('The facility (a `fac`)'))
  @IsInt() @Min(1) @Max(MAX_ID)
  fac_id: number;
}

export const PEERINGDB_TYPES = ['org', 'fac', 'carrier', 'carrierfac'] as const;
export type PeeringDbType = (typeof PEERINGDB_TYPES)[number];

export const PEERINGDB_RECORD_TYPES: Record<PeeringDbType, new () => PeeringDbObject> = {
  org: PeeringDbOrgDto,
  fac: PeeringDbFacDto,
  carrier: PeeringDbCarrierDto,
  carrierfac: PeeringDbCarrierFacDto,
};

class OrgResponseDto {
  @ApiProperty({ type: [PeeringDbOrgDto] })
  data: PeeringDbOrgDto[];
}

class FacResponseDto {
  @ApiProperty({ type: [PeeringDbFacDto] })
  data: PeeringDbFacDto[];
}

class CarrierResponseDto {
  @ApiProperty({ type: [PeeringDbCarrierDto] })
  data: PeeringDbCarrierDto[];
}

class CarrierFacResponseDto {
  @ApiProperty({ type: [PeeringDbCarrierFacDto] })
  data: PeeringDbCarrierFacDto[];
}

/** The request body: PeeringDB API responses, one per object type, each optional. */
export class PeeringDbImportDto {
  @ApiPropertyOptional({ type: OrgResponseDto, description: '`GET /api/org` response: becomes providers' })
  org?: OrgResponseDto;

  @ApiPropertyOptional({ type: FacResponseDto, description: '`GET /api/fac` response: becomes facilities' })
  fac?: FacResponseDto;

  @ApiPropertyOptional({ type: CarrierResponseDto, description: '`GET /api/carrier` response: becomes carriers' })
  carrier?: CarrierResponseDto;

  @ApiPropertyOptional({ type: CarrierFacResponseDto, description: '`GET /api/carrierfac` response: carriers present in facilities' })
  carrierfac?: CarrierFacResponseDto;
}

export class PeeringDbCountsDto {
  @ApiProperty({ type: 'integer' })
  created: number;

  @ApiProperty({ type: 'integer' })
  updated: number;

  @ApiProperty({ type: 'integer' })
  unchanged: number;
}

export class SkippedRecordDto {
  @ApiProperty({ enum: PEERINGDB_TYPES, enumName: 'PeeringDbType' })
  type: PeeringDbType;

  @ApiProperty({ type: 'integer', example: 42, description: 'PeeringDB id of the skipped record' })
  id: number;

  @ApiProperty({ example: 'org 42 is neither in this import nor imported before' })
  reason: string;
}

export class PeeringDbImportResultDto {
  @ApiProperty({ description: 'true: nothing was written, the counts say what would change' })
  dryRun: boolean;

  @ApiProperty({ type: PeeringDbCountsDto, description: 'From `org`' })
  providers: PeeringDbCountsDto;

  @ApiProperty({ type: PeeringDbCountsDto, description: 'From `fac`' })
  facilities: PeeringDbCountsDto;

  @ApiProperty({ type: PeeringDbCountsDto, description: 'From `carrier`' })
  carriers: PeeringDbCountsDto;

  @ApiProperty({ type: PeeringDbCountsDto, description: 'From `carrierfac` (a link is never "updated")' })
  carrierLinks: PeeringDbCountsDto;

  @ApiProperty({ type: [SkippedRecordDto], description: 'Records not imported, with the reason; sorted by type, then id' })
  skipped: SkippedRecordDto[];
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class PeeringDbImportQuery {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Count what would change, write nothing' })
  @IsOptional() @Transform(toBoolean) @IsBoolean()
  dryRun?: boolean;
}
