import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsNumber,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCurrencyCode, ValidateNestedObject } from '../../common/validators.js';
import {
  FRAMEWORKS,
  type Framework,
  NETWORK_MODELS,
  type NetworkModel,
  REDUNDANCY_LEVELS,
  type Redundancy,
  REPORT_TYPES,
  type ReportType,
} from '../../scoring/model.js';

const finite = { allowNaN: false, allowInfinity: false } as const;
const weight = (example: number) => ({
  minimum: 0,
  maximum: 1000,
  example,
  description: 'Relative weight (any scale; normalised over the scored categories). Absent = 0.',
});

export class WeightsDto {
  @ApiPropertyOptional(weight(3))
  @IsOptional() @IsNumber(finite) @Min(0) @Max(1000)
  power?: number;

  @ApiPropertyOptional(weight(2))
  @IsOptional() @IsNumber(finite) @Min(0) @Max(1000)
  network?: number;

  @ApiPropertyOptional(weight(1))
  @IsOptional() @IsNumber(finite) @Min(0) @Max(1000)
  climate?: number;

  @ApiPropertyOptional(weight(2))
  @IsOptional() @IsNumber(finite) @Min(0) @Max(1000)
  security?: number;

  @ApiPropertyOptional(weight(1))
  @IsOptional() @IsNumber(finite) @Min(0) @Max(1000)
  remoteHands?: number;

  @ApiPropertyOptional(weight(1))
  @IsOptional() @IsNumber(finite) @Min(0) @Max(1000)
  sla?: number;

  @ApiPropertyOptional(weight(2))
  @IsOptional() @IsNumber(finite) @Min(0) @Max(1000)
  compliance?: number;

  @ApiPropertyOptional(weight(2))
  @IsOptional() @IsNumber(finite) @Min(0) @Max(1000)
  cost?: number;
}

export class RequiredReportDto {
  @ApiProperty({ enum: FRAMEWORKS, enumName: 'Framework', example: 'SOC2' })
  @IsIn(FRAMEWORKS)
  framework: Framework;

  @ApiPropertyOptional({ enum: REPORT_TYPES, enumName: 'ReportType', example: 'type2', description: 'Absent: any type; a Type 2 also meets a Type 1 requirement' })
  @IsOptional() @IsIn(REPORT_TYPES)
  reportType?: ReportType;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 120, example: 12, description: "Absent: the framework's usual validity" })
  @IsOptional() @IsInt() @Min(1) @Max(120)
  maxAgeMonths?: number;
}

export class RequirementsDto {
  @ApiPropertyOptional({ enum: REDUNDANCY_LEVELS, enumName: 'Redundancy', description: 'Applies to UPS and generators' })
  @IsOptional() @IsIn(REDUNDANCY_LEVELS)
  minPowerRedundancy?: Redundancy;

  @ApiPropertyOptional({ minimum: 0, maximum: 10000, example: 24 })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(10000)
  minGeneratorFuelHours?: number;

  @ApiPropertyOptional({ enum: NETWORK_MODELS, enumName: 'NetworkModel', description: "'hybrid' also meets 'carrier-neutral' and 'carrier-controlled'" })
  @IsOptional() @IsIn(NETWORK_MODELS)
  networkModel?: NetworkModel;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 500, example: 2 })
  @IsOptional() @IsInt() @Min(0) @Max(500)
  minCarriers?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 50, example: 2 })
  @IsOptional() @IsInt() @Min(0) @Max(50)
  minDiverseFiberEntries?: number;

  @ApiPropertyOptional({ type: [RequiredReportDto], maxItems: 10 })
  @IsOptional() @ValidateNested({ each: true }) @Type(() => RequiredReportDto) @ArrayMaxSize(10)
  requiredReports?: RequiredReportDto[];

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 99.99 })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(100)
  minPowerSlaPct?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 99.9 })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(100)
  minNetworkSlaPct?: number;

  @ApiPropertyOptional({ example: true })
  @IsOptional() @IsBoolean()
  remoteHands24x7?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 100_000_000, example: 6000, description: 'Against the monthly cost estimate for the footprint' })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(100_000_000)
  maxMonthlyCost?: number;

  @ApiPropertyOptional({ type: [String], example: ['US', 'CA'], description: 'ISO 3166-1 alpha-2' })
  @IsOptional() @IsISO31661Alpha2({ each: true }) @ArrayUnique() @ArrayMaxSize(250)
  countries?: string[];
}

export class FootprintDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 10000, example: 2 })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(10000)
  cabinets?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000, example: 8 })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(100000)
  kw?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 10000, example: 4 })
  @IsOptional() @IsInt() @Min(0) @Max(10000)
  crossConnects?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10000, example: 2 })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(10000)
  remoteHandsIncidentsPerMonth?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 10000, example: 20 })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(10000)
  averageIncidentMinutes?: number;
}

export class BudgetDto {
  @ApiProperty({ minimum: 0, maximum: 100_000_000, example: 5000, description: 'At or under: full cost score' })
  @IsNumber(finite) @Min(0) @Max(100_000_000)
  targetMonthly: number;

  @ApiProperty({ minimum: 0, maximum: 100_000_000, example: 8000, description: 'Above: cost score 0' })
  @IsNumber(finite) @Min(0) @Max(100_000_000)
  maxMonthly: number;

  @ApiPropertyOptional({ example: 'USD', description: 'ISO 4217; absent = amounts compared as they are' })
  @IsOptional() @IsCurrencyCode()
  currency?: string;
}

/** The parts of a profile, shared by stored profiles and inline profiles in ranking requests. */
export class ProfileBodyDto {
  @ApiProperty({ type: WeightsDto })
  @ValidateNestedObject(WeightsDto)
  weights: WeightsDto;

  @ApiPropertyOptional({ type: RequirementsDto, nullable: true })
  @IsOptional() @ValidateNestedObject(RequirementsDto)
  requirements?: RequirementsDto | null;

  @ApiPropertyOptional({ type: FootprintDto, nullable: true })
  @IsOptional() @ValidateNestedObject(FootprintDto)
  footprint?: FootprintDto | null;

  @ApiPropertyOptional({ type: BudgetDto, nullable: true })
  @IsOptional() @ValidateNestedObject(BudgetDto)
  budget?: BudgetDto | null;
}
