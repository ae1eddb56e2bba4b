import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsOmittable } from '../../common/optional.js';
import { IsIsoDate, ValidateNestedObject } from '../../common/validators.js';
import { FACILITY_STATUSES, type FacilityStatus } from '../../scoring/model.js';
import {
  ClimateBlockDto,
  NetworkBlockDto,
  PowerBlockDto,
  PricingBlockDto,
  RemoteHandsBlockDto,
  SecurityBlockDto,
  SlaBlockDto,
} from './facility-blocks.dto.js';

export class AddressDto {
  @ApiPropertyOptional({ example: '400 Harbor Way', maxLength: 200 })
  @IsOptional() @IsString() @MaxLength(200)
  line1?: string;

  @ApiPropertyOptional({ example: 'Building 2', maxLength: 200 })
  @IsOptional() @IsString() @MaxLength(200)
  line2?: string;

  @ApiPropertyOptional({ example: 'Seattle', maxLength: 100 })
  @IsOptional() @IsString() @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ example: 'WA', maxLength: 100 })
  @IsOptional() @IsString() @MaxLength(100)
  region?: string;

  @ApiPropertyOptional({ example: '98101', maxLength: 20 })
  @IsOptional() @IsString() @MaxLength(20)
  postalCode?: string;

  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2()
  country: string;
}

export class LocationDto {
  @ApiProperty({ minimum: -90, maximum: 90, example: 47.6062 })
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-90) @Max(90)
  latitude: number;

  @ApiProperty({ minimum: -180, maximum: 180, example: -122.3321 })
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-180) @Max(180)
  longitude: number;
}

const block = (type: new () => object, description: string) => ({ type, description, nullable: true });

/** Fields shared by create and update; the category blocks merge field by field on update. */
class FacilityBlocksInput {
  @ApiPropertyOptional(block(PowerBlockDto, 'Utility, UPS, generators and distribution'))
  @IsOptional() @ValidateNestedObject(PowerBlockDto)
  power?: PowerBlockDto | null;

  @ApiPropertyOptional(block(NetworkBlockDto, 'Network model, carriers and entries'))
  @IsOptional() @ValidateNestedObject(NetworkBlockDto)
  network?: NetworkBlockDto | null;

  @ApiPropertyOptional(block(ClimateBlockDto, 'Inlet temperature, humidity and cooling'))
  @IsOptional() @ValidateNestedObject(ClimateBlockDto)
  climate?: ClimateBlockDto | null;

  @ApiPropertyOptional(block(SecurityBlockDto, 'Physical security'))
  @IsOptional() @ValidateNestedObject(SecurityBlockDto)
  security?: SecurityBlockDto | null;

  @ApiPropertyOptional(block(RemoteHandsBlockDto, 'Remote hands service and billing'))
  @IsOptional() @ValidateNestedObject(RemoteHandsBlockDto)
  remoteHands?: RemoteHandsBlockDto | null;

  @ApiPropertyOptional(block(SlaBlockDto, 'Contractual uptime and credits'))
  @IsOptional() @ValidateNestedObject(SlaBlockDto)
  sla?: SlaBlockDto | null;

  @ApiPropertyOptional(block(PricingBlockDto, 'List prices'))
  @IsOptional() @ValidateNestedObject(PricingBlockDto)
  pricing?: PricingBlockDto | null;

  @ApiPropertyOptional({ type: String, example: 'SEA1', maxLength: 50, nullable: true })
  @IsOptional() @IsString() @MaxLength(50)
  code?: string | null;

  @ApiPropertyOptional({ type: LocationDto, nullable: true })
  @IsOptional() @ValidateNestedObject(LocationDto)
  location?: LocationDto | null;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-10-01', nullable: true, description: 'When the data was last confirmed' })
  @IsOptional() @IsIsoDate()
  verifiedAt?: string | null;
}

export class CreateFacilityDto extends FacilityBlocksInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  providerId: string;

  @ApiProperty({ example: 'Harbor SEA1', maxLength: 200 })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiProperty({ type: AddressDto })
  @ValidateNestedObject(AddressDto)
  address: AddressDto;

  @ApiPropertyOptional({ enum: FACILITY_STATUSES, enumName: 'FacilityStatus', default: 'active' })
  @IsOptional() @IsIn(FACILITY_STATUSES)
  status?: FacilityStatus;
}

/** Sent fields replace, `null` clears (optional fields only), blocks merge field by field. */
export class UpdateFacilityDto extends FacilityBlocksInput {
  @ApiPropertyOptional({ example: 'Harbor SEA1', maxLength: 200 })
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: AddressDto, description: 'Replaces the whole address' })
  @IsOmittable() @ValidateNestedObject(AddressDto)
  address?: AddressDto;

  @ApiPropertyOptional({ enum: FACILITY_STATUSES, enumName: 'FacilityStatus' })
  @IsOmittable() @IsIn(FACILITY_STATUSES)
  status?: FacilityStatus;
}
