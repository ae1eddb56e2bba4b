import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { FACILITY_STATUSES, type FacilityStatus } from '../../scoring/model.js';
import { AddressDto, LocationDto } from './create-facility.dto.js';
import {
  ClimateBlockDto,
  NetworkBlockDto,
  PowerBlockDto,
  PricingBlockDto,
  RemoteHandsBlockDto,
  SecurityBlockDto,
  SlaBlockDto,
} from './facility-blocks.dto.js';

export class CarrierRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Meridian Fiber' })
  name: string;
}

export class NetworkDto extends OmitType(NetworkBlockDto, ['carrierIds'] as const) {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Carriers present, sorted by name' })
  carrierIds: string[];

  @ApiProperty({ type: [CarrierRefDto], description: 'The same carriers with their names' })
  carriers: CarrierRefDto[];
}

/** Climate as returned: always Celsius, with Fahrenheit equivalents for convenience. */
export class ClimateDto extends OmitType(ClimateBlockDto, ['temperatureUnit'] as const) {
  @ApiProperty({ enum: ['C'], enumName: 'StoredTemperatureUnit', description: 'Responses are always in Celsius' })
  temperatureUnit: 'C';

  @ApiPropertyOptional({ example: 64.4 })
  temperatureMinF?: number;

  @ApiPropertyOptional({ example: 80.6 })
  temperatureMaxF?: number;

  @ApiPropertyOptional({ example: 3.6, description: 'Largest swing per hour in Fahrenheit degrees' })
  maxSwingPerHourF?: number;
}

const nullableBlock = (type: new () => object) => ({ type, nullable: true, description: 'null when nothing is known' });

export class FacilityDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  providerId: string;

  @ApiProperty({ example: 'Harbor SEA1' })
  name: string;

  @ApiProperty({ type: String, nullable: true, example: 'SEA1' })
  code: string | null;

  @ApiProperty({ type: AddressDto })
  address: AddressDto;

  @ApiProperty({ type: LocationDto, nullable: true })
  location: LocationDto | null;

  @ApiProperty({ enum: FACILITY_STATUSES, enumName: 'FacilityStatus' })
  status: FacilityStatus;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  verifiedAt: string | null;

  @ApiProperty(nullableBlock(PowerBlockDto))
  power: PowerBlockDto | null;

  @ApiProperty(nullableBlock(NetworkDto))
  network: NetworkDto | null;

  @ApiProperty(nullableBlock(ClimateDto))
  climate: ClimateDto | null;

  @ApiProperty(nullableBlock(SecurityBlockDto))
  security: SecurityBlockDto | null;

  @ApiProperty(nullableBlock(RemoteHandsBlockDto))
  remoteHands: RemoteHandsBlockDto | null;

  @ApiProperty(nullableBlock(SlaBlockDto))
  sla: SlaBlockDto | null;

  @ApiProperty(nullableBlock(PricingBlockDto))
  pricing: PricingBlockDto | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 1234, description: 'PeeringDB fac id when imported from PeeringDB (read-only)' })
  peeringdbId: number | null;

  @ApiProperty({ type: 'integer' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class FacilityPageDto {
  @ApiProperty({ type: [FacilityDto] })
  items: FacilityDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiPropertyOptional()
  nextCursor?: string;
}
