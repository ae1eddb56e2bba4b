import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CATEGORY_NAMES, type CategoryName, type CostLine } from '../../scoring/index.js';

const REQUIREMENT_VALUE = {
  oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }],
};
const CATEGORY = { enum: CATEGORY_NAMES, enumName: 'CategoryName' } as const;

export class FindingDto {
  @ApiProperty({ example: 'power.ups.redundancy', description: 'Stable, dotted; unknown fields end in `.unknown`' })
  code: string;

  @ApiProperty({ example: -12, description: 'Points lost (always <= 0)' })
  impact: number;

  @ApiProperty({ example: 'UPS is N+1; 2N removes the single UPS path.' })
  message: string;
}

export class CategoryScoreDto {
  @ApiProperty({ minimum: 0, maximum: 100, example: 88, description: '100 + sum of finding impacts, at least 0' })
  score: number;

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.2, description: 'Normalised weight in the overall score' })
  weight: number;

  @ApiProperty({ type: [FindingDto], description: 'Every lost point, largest loss first' })
  findings: FindingDto[];

  @ApiProperty({ type: [String], example: ['power.generatorFuelHours'], description: 'Fields scored as unknown' })
  missing: string[];
}

export class ScorecardCategoriesDto {
  @ApiProperty({ type: CategoryScoreDto }) power: CategoryScoreDto;
  @ApiProperty({ type: CategoryScoreDto }) network: CategoryScoreDto;
  @ApiProperty({ type: CategoryScoreDto }) climate: CategoryScoreDto;
  @ApiProperty({ type: CategoryScoreDto }) security: CategoryScoreDto;
  @ApiProperty({ type: CategoryScoreDto }) remoteHands: CategoryScoreDto;
  @ApiProperty({ type: CategoryScoreDto }) sla: CategoryScoreDto;
  @ApiProperty({ type: CategoryScoreDto }) compliance: CategoryScoreDto;

  @ApiPropertyOptional({ type: CategoryScoreDto, description: 'Absent when the profile has no budget' })
  cost?: CategoryScoreDto;
}

export class UnmetRequirementDto {
  @ApiProperty({ example: 'minPowerRedundancy', description: 'The key in the profile\'s requirements' })
  requirement: string;

  @ApiProperty({ example: 'power.upsRedundancy', description: 'The facility field it was checked against' })
  field: string;

  @ApiProperty({ ...REQUIREMENT_VALUE, example: '2N' })
  expected: string | number | boolean | string[];

  @ApiProperty({ ...REQUIREMENT_VALUE, nullable: true, example: 'N+1', description: 'null when unknown' })
  actual: string | number | boolean | string[] | null;

  @ApiProperty({ example: 'UPS redundancy is N+1; the profile requires at least 2N.' })
  message: string;
}

export class TierEstimateDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 4, nullable: true, example: 3, description: 'null when too little is known' })
  tier: number | null;

  @ApiProperty({ enum: ['derived'], enumName: 'TierBasis', description: 'Derived from the data; only the Uptime Institute certifies tiers' })
  basis: 'derived';

  @ApiProperty({ example: 'Tier III (derived from the data, not certified by the Uptime Institute): ...' })
  explanation: string;
}

export class WarningDto {
  @ApiProperty({ example: 'facility.stale' })
  code: string;

  @ApiProperty({ example: 'The facility data was last verified 14 months ago.' })
  message: string;
}

export class CostLineDto {
  @ApiProperty({ enum: ['cabinets', 'power', 'crossConnects', 'remoteHands'], enumName: 'CostItem' })
  item: CostLine['item'];

  @ApiProperty({ example: 2 })
  quantity: number;

  @ApiProperty({ enum: ['cabinet', 'kW', 'cross-connect', 'hour'], enumName: 'CostUnit' })
  unit: CostLine['unit'];

  @ApiProperty({ type: Number, nullable: true, example: 1200 })
  unitPrice: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 2400, description: 'null when the price is unknown' })
  amount: number | null;

  @ApiProperty({ type: [String], description: 'Fields needed to price this line' })
  missing: readonly string[];

  @ApiPropertyOptional({ example: '2 incidents x 30 billed minutes, 60 included' })
  note?: string;
}

export class RemoteHandsBillingDto {
  @ApiProperty() incidents: number;
  @ApiProperty() incidentMinutes: number;
  @ApiProperty() billedMinutesPerIncident: number;
  @ApiProperty() billedMinutes: number;
  @ApiProperty() includedMinutes: number;
  @ApiProperty() billableMinutes: number;
}

export class MonthlyCostDto {
  @ApiProperty({ type: String, nullable: true, example: 'USD' })
  currency: string | null;

  @ApiProperty({ type: [CostLineDto] })
  lines: CostLineDto[];

  @ApiProperty({ example: 4190, description: 'Sum of the priced lines; a lower bound when `complete` is false' })
  total: number;

  @ApiProperty()
  complete: boolean;

  @ApiProperty({ type: [String] })
  missing: string[];

  @ApiProperty({ type: Number, nullable: true, description: 'One-off, not part of the monthly total' })
  setupFee: number | null;

  @ApiProperty({ type: RemoteHandsBillingDto, nullable: true })
  remoteHands: RemoteHandsBillingDto | null;
}

export class ScorecardDto {
  @ApiProperty({ format: 'uuid' })
  facilityId: string;

  @ApiProperty({ example: 'Harbor SEA1' })
  facilityName: string;

  @ApiProperty({ example: 'balanced' })
  profileId: string;

  @ApiProperty({ minimum: 0, maximum: 100, example: 91.4, description: 'Weighted sum of the category scores' })
  overall: number;

  @ApiProperty({ description: 'Meets every hard requirement of the profile' })
  eligible: boolean;

  @ApiProperty({ type: [UnmetRequirementDto] })
  unmetRequirements: UnmetRequirementDto[];

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.93, description: 'Share of the scored fields that were known' })
  confidence: number;

  @ApiProperty({ type: TierEstimateDto })
  estimatedTier: TierEstimateDto;

  @ApiProperty({ type: ScorecardCategoriesDto })
  categories: ScorecardCategoriesDto;

  @ApiProperty({ ...CATEGORY, isArray: true, description: 'Categories left out (cost without a budget)' })
  excludedCategories: CategoryName[];

  @ApiProperty({ type: [WarningDto], description: 'Stale data, expiring reports, excluded categories' })
  warnings: WarningDto[];

  @ApiProperty({ type: MonthlyCostDto, nullable: true, description: 'For the profile\'s footprint; null without one' })
  monthlyCost: MonthlyCostDto | null;
}

export { CATEGORY };
