import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsISO31661Alpha2, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { NAME_SORTS, type NameSort, PageQuery } from '../../common/pagination.js';
import { FACILITY_STATUSES, type FacilityStatus, NETWORK_MODELS, type NetworkModel } from '../../scoring/model.js';

/** Which facilities: used by the list endpoint and by rankings. */
export class FacilityFilterDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID('all')
  providerId?: string;

  @ApiPropertyOptional({ example: 'US', description: 'ISO 3166-1 alpha-2' })
  @IsOptional() @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ example: 'Seattle', description: 'Exact city name', maxLength: 100 })
  @IsOptional() @IsString() @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ enum: FACILITY_STATUSES, enumName: 'FacilityStatus' })
  @IsOptional() @IsIn(FACILITY_STATUSES)
  status?: FacilityStatus;

  @ApiPropertyOptional({ enum: NETWORK_MODELS, enumName: 'NetworkModel' })
  @IsOptional() @IsIn(NETWORK_MODELS)
  networkModel?: NetworkModel;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only facilities where this carrier is present' })
  @IsOptional() @IsUUID('all')
  carrierId?: string;

  @ApiPropertyOptional({ description: 'Case-insensitive substring of the name', maxLength: 200 })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;
}

export class ListFacilitiesQuery extends IntersectionType(PageQuery, FacilityFilterDto) {
  @ApiPropertyOptional({ enum: NAME_SORTS, enumName: 'NameSort', default: 'name' })
  @IsOptional() @IsIn(NAME_SORTS)
  sort?: NameSort;
}
