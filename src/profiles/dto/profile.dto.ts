import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsOmittable } from '../../common/optional.js';
import { NAME_SORTS, type NameSort, PageQuery } from '../../common/pagination.js';
import { ValidateNestedObject } from '../../common/validators.js';
import { BudgetDto, FootprintDto, ProfileBodyDto, RequirementsDto, WeightsDto } from './profile-parts.dto.js';

export class CreateProfileDto extends ProfileBodyDto {
  @ApiProperty({ example: 'Payments platform', maxLength: 200, description: 'Unique, case-insensitively' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, example: 'PCI workloads: compliance and power first, two carriers minimum.', maxLength: 2000, nullable: true })
  @IsOptional() @IsString() @MaxLength(2000)
  description?: string | null;
}

/** Weights, requirements, footprint and budget are replaced whole when sent. */
export class UpdateProfileDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOmittable() @IsString() @IsNotEmpty() @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true })
  @IsOptional() @IsString() @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ type: WeightsDto, description: 'Replaces all weights' })
  @IsOmittable() @ValidateNestedObject(WeightsDto)
  weights?: WeightsDto;

  @ApiPropertyOptional({ type: RequirementsDto, nullable: true, description: 'Replaces all requirements' })
  @IsOptional() @ValidateNestedObject(RequirementsDto)
  requirements?: RequirementsDto | null;

  @ApiPropertyOptional({ type: FootprintDto, nullable: true })
  @IsOptional() @ValidateNestedObject(FootprintDto)
  footprint?: FootprintDto | null;

  @ApiPropertyOptional({ type: BudgetDto, nullable: true })
  @IsOptional() @ValidateNestedObject(BudgetDto)
  budget?: BudgetDto | null;
}

export class ProfileDto {
  @ApiProperty({ example: 'balanced', description: 'A preset name, or the UUID of a saved profile' })
  id: string;

  @ApiProperty({ example: 'Balanced' })
  name: string;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ description: 'Presets are read-only' })
  preset: boolean;

  @ApiProperty({ type: WeightsDto, description: 'All eight categories, as saved (not normalised)' })
  weights: WeightsDto;

  @ApiProperty({ type: RequirementsDto })
  requirements: RequirementsDto;

  @ApiProperty({ type: FootprintDto, nullable: true })
  footprint: FootprintDto | null;

  @ApiProperty({ type: BudgetDto, nullable: true })
  budget: BudgetDto | null;

  @ApiProperty({ type: 'integer', description: 'Presets are always version 1' })
  version: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null for presets' })
  createdAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null for presets' })
  updatedAt: string | null;
}

export class ProfilePageDto {
  @ApiProperty({ type: [ProfileDto] })
  items: ProfileDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiPropertyOptional()
  nextCursor?: string;
}

export class ProfileListDto {
  @ApiProperty({ type: [ProfileDto] })
  items: ProfileDto[];

  @ApiProperty({ type: 'integer' })
  total: number;
}

export class ListProfilesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: NAME_SORTS, enumName: 'NameSort', default: 'name' })
  @IsOptional() @IsIn(NAME_SORTS)
  sort?: NameSort;
}
