import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { CategoryName } from '../../scoring/index.js';
import { CATEGORY, ScorecardDto } from './scorecard.dto.js';

export const MAX_COMPARED_FACILITIES = 10;

export class ComparisonQuery {
  @ApiProperty({
    example: '3f1c...,9a2b...',
    description: `Comma-separated facility ids, 2 to ${MAX_COMPARED_FACILITIES}, shown in this order`,
  })
  @IsString() @MaxLength(MAX_COMPARED_FACILITIES * 37)
  @Matches(/^[0-9a-fA-F-]{36}(,[0-9a-fA-F-]{36}){1,9}$/, {
    message: `facilityIds must be 2 to ${MAX_COMPARED_FACILITIES} comma-separated UUIDs`,
  })
  facilityIds: string;

  @ApiPropertyOptional({ example: 'balanced', maxLength: 100, description: 'A preset or saved profile; default `balanced`' })
  @IsOptional() @IsString() @MaxLength(100)
  profileId?: string;
}

const VALUE_MAP: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: {
    nullable: true,
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }],
  },
};

export class CategoryComparisonDto {
  @ApiProperty(CATEGORY)
  category: CategoryName;

  @ApiProperty()
  weight: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Score by facility id' })
  scores: Record<string, number>;
}

export class AttributeDifferenceDto {
  @ApiProperty({ example: 'power.upsRedundancy' })
  field: string;

  @ApiProperty({ ...VALUE_MAP, description: 'Value by facility id (null when unknown)' })
  values: Record<string, unknown>;
}

export class ComparisonDto {
  @ApiProperty()
  profileId: string;

  @ApiProperty({ type: [ScorecardDto], description: 'In the order asked for' })
  facilities: ScorecardDto[];

  @ApiProperty({ type: [CategoryComparisonDto] })
  categories: CategoryComparisonDto[];

  @ApiProperty({ type: [AttributeDifferenceDto], description: 'Key attributes whose values differ' })
  differences: AttributeDifferenceDto[];
}
