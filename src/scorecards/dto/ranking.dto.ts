import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LowercaseIds, ValidateNestedObject } from '../../common/validators.js';
import { FacilityFilterDto } from '../../facilities/dto/list-facilities.query.js';
import { ProfileBodyDto } from '../../profiles/dto/profile-parts.dto.js';
import type { CategoryName } from '../../scoring/index.js';
import {
  CATEGORY,
  FindingDto,
  MonthlyCostDto,
  UnmetRequirementDto,
  WarningDto,
} from './scorecard.dto.js';

export const MAX_RANKED_FACILITIES = 10_000;

export class CreateRankingDto {
  @ApiPropertyOptional({ example: 'high-availability', maxLength: 100, description: 'A preset or saved profile; default `balanced`. Not with `profile`.' })
  @IsOptional() @IsString() @MaxLength(100)
  profileId?: string;

  @ApiPropertyOptional({ type: ProfileBodyDto, description: 'An unsaved profile, checked like a saved one. Not with `profileId`.' })
  @IsOptional() @ValidateNestedObject(ProfileBodyDto)
  profile?: ProfileBodyDto;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_RANKED_FACILITIES, description: 'Facilities to rank. Not with `filter`.' })
  @LowercaseIds() @IsOptional() @IsUUID('all', { each: true }) @ArrayUnique() @ArrayMinSize(1) @ArrayMaxSize(MAX_RANKED_FACILITIES)
  facilityIds?: string[];

  @ApiPropertyOptional({ type: FacilityFilterDto, description: 'Rank the facilities matching this filter (all when neither this nor `facilityIds` is sent); decommissioned facilities only when `status` asks for them' })
  @IsOptional() @ValidateNestedObject(FacilityFilterDto)
  filter?: FacilityFilterDto;

  @ApiPropertyOptional({ default: false, description: 'Include every category\'s findings and missing fields' })
  @IsOptional() @IsBoolean()
  includeFindings?: boolean;
}

export class RankedCategoryDto {
  @ApiProperty({ minimum: 0, maximum: 100 })
  score: number;

  @ApiProperty({ minimum: 0, maximum: 1 })
  weight: number;

  @ApiPropertyOptional({ type: [FindingDto], description: 'With `includeFindings`' })
  findings?: FindingDto[];

  @ApiPropertyOptional({ type: [String], description: 'With `includeFindings`' })
  missing?: string[];
}

export class RankedCategoriesDto {
  @ApiPropertyOptional({ type: RankedCategoryDto }) power?: RankedCategoryDto;
  @ApiPropertyOptional({ type: RankedCategoryDto }) network?: RankedCategoryDto;
  @ApiPropertyOptional({ type: RankedCategoryDto }) climate?: RankedCategoryDto;
  @ApiPropertyOptional({ type: RankedCategoryDto }) security?: RankedCategoryDto;
  @ApiPropertyOptional({ type: RankedCategoryDto }) remoteHands?: RankedCategoryDto;
  @ApiPropertyOptional({ type: RankedCategoryDto }) sla?: RankedCategoryDto;
  @ApiPropertyOptional({ type: RankedCategoryDto }) compliance?: RankedCategoryDto;
  @ApiPropertyOptional({ type: RankedCategoryDto }) cost?: RankedCategoryDto;
}

export class RankedFacilityDto {
  @ApiProperty({ type: 'integer', example: 1, description: '1-based position' })
  rank: number;

  @ApiProperty({ format: 'uuid' })
  facilityId: string;

  @ApiProperty()
  facilityName: string;

  @ApiProperty({ minimum: 0, maximum: 100 })
  overall: number;

  @ApiProperty()
  eligible: boolean;

  @ApiProperty({ type: [UnmetRequirementDto] })
  unmetRequirements: UnmetRequirementDto[];

  @ApiProperty({ minimum: 0, maximum: 1 })
  confidence: number;

  @ApiProperty({ type: RankedCategoriesDto })
  categories: RankedCategoriesDto;

  @ApiProperty({ type: MonthlyCostDto, nullable: true })
  monthlyCost: MonthlyCostDto | null;
}

export class ContributionDifferenceDto {
  @ApiProperty(CATEGORY)
  category: CategoryName;

  @ApiProperty({ description: 'Weight x score of the winner, in overall points' })
  winner: number;

  @ApiProperty({ description: 'Weight x score of the runner-up' })
  runnerUp: number;

  @ApiProperty({ description: 'winner - runnerUp' })
  difference: number;
}

export class TopTwoDto {
  @ApiProperty({ format: 'uuid' })
  winnerId: string;

  @ApiProperty({ format: 'uuid' })
  runnerUpId: string;

  @ApiProperty({ description: 'Overall points between them' })
  margin: number;

  @ApiProperty({ type: [ContributionDifferenceDto], description: 'Where the winner wins' })
  winnerLeads: ContributionDifferenceDto[];

  @ApiProperty({ type: [ContributionDifferenceDto], description: 'Where the winner loses: the places one could compromise' })
  winnerTrails: ContributionDifferenceDto[];
}

export class RankingDto {
  @ApiProperty({ example: 'balanced' })
  profileId: string;

  @ApiProperty({ type: [RankedFacilityDto], description: 'Eligible first, then by overall descending, then name, then id' })
  items: RankedFacilityDto[];

  @ApiProperty({ type: 'integer' })
  total: number;

  @ApiProperty({ type: TopTwoDto, nullable: true, description: 'null with fewer than two facilities' })
  topTwo: TopTwoDto | null;

  @ApiProperty({ ...CATEGORY, isArray: true })
  excludedCategories: CategoryName[];

  @ApiProperty({ type: [WarningDto] })
  warnings: WarningDto[];
}

