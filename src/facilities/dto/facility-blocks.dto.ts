import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  type ValidationArguments,
} from 'class-validator';
import { IsCurrencyCode, IsIsoDate, LowercaseIds } from '../../common/validators.js';
import {
  ACCESS_METHODS,
  type AccessMethod,
  CABINET_LOCKS,
  type CabinetLock,
  DISTRIBUTIONS,
  type Distribution,
  GUARD_COVERAGES,
  type GuardCoverage,
  NETWORK_MODELS,
  type NetworkModel,
  PACKAGE_HANDLING,
  type PackageHandling,
  REDUNDANCY_LEVELS,
  type Redundancy,
  REMOTE_HANDS_AVAILABILITY,
  type RemoteHandsAvailability,
  TEST_INTERVALS,
  type TestInterval,
  UPS_TECHNOLOGIES,
  type UpsTechnology,
} from '../../scoring/model.js';
import {
  MAX_TEMPERATURE_C,
  MIN_TEMPERATURE_C,
  TEMPERATURE_UNITS,
  type TemperatureUnit,
  toCelsius,
} from '../temperature.js';

/*
 * The category blocks. Every field is optional, because "unknown" is a legitimate state that
 * scoring reports as such. In a PATCH, a field sent as null clears it.
 */

const finite = { allowNaN: false, allowInfinity: false } as const;
const redundancy = (description: string) => ({ enum: REDUNDANCY_LEVELS, enumName: 'Redundancy', description });

export class PowerBlockDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 20, example: 2, description: 'Independent utility feeds' })
  @IsOptional() @IsInt() @Min(0) @Max(20)
  utilityFeeds?: number;

  @ApiPropertyOptional({ example: true, description: 'Feeds come from diverse serving substations' })
  @IsOptional() @IsBoolean()
  diverseSubstations?: boolean;

  @ApiPropertyOptional({ enum: UPS_TECHNOLOGIES, enumName: 'UpsTechnology', example: 'lithium-ion' })
  @IsOptional() @IsIn(UPS_TECHNOLOGIES)
  upsTechnology?: UpsTechnology;

  @ApiPropertyOptional(redundancy('UPS redundancy'))
  @IsOptional() @IsIn(REDUNDANCY_LEVELS)
  upsRedundancy?: Redundancy;

  @ApiPropertyOptional({ minimum: 0, maximum: 1440, example: 10, description: 'UPS runtime at full load' })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(1440)
  upsRuntimeMinutes?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100, example: 4 })
  @IsOptional() @IsInt() @Min(0) @Max(100)
  generatorCount?: number;

  @ApiPropertyOptional(redundancy('Generator redundancy'))
  @IsOptional() @IsIn(REDUNDANCY_LEVELS)
  generatorRedundancy?: Redundancy;

  @ApiPropertyOptional({ minimum: 0, maximum: 10000, example: 48, description: 'On-site fuel at full load' })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(10000)
  generatorFuelHours?: number;

  @ApiPropertyOptional({ enum: TEST_INTERVALS, enumName: 'TestInterval', example: 'monthly' })
  @IsOptional() @IsIn(TEST_INTERVALS)
  generatorTestInterval?: TestInterval;

  @ApiPropertyOptional({ format: 'date', example: '2026-06-01', description: 'Last full load-bank test' })
  @IsOptional() @IsIsoDate()
  lastLoadTestAt?: string;

  @ApiPropertyOptional({ enum: DISTRIBUTIONS, enumName: 'Distribution', example: 'A+B' })
  @IsOptional() @IsIn(DISTRIBUTIONS)
  distribution?: Distribution;

  @ApiPropertyOptional({ example: true })
  @IsOptional() @IsBoolean()
  monitored24x7?: boolean;
}

export class NetworkBlockDto {
  @ApiPropertyOptional({ enum: NETWORK_MODELS, enumName: 'NetworkModel', example: 'carrier-neutral' })
  @IsOptional() @IsIn(NETWORK_MODELS)
  model?: NetworkModel;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 500, description: 'Carriers present (must exist)' })
  @LowercaseIds() @IsOptional() @IsUUID('all', { each: true }) @ArrayUnique() @ArrayMaxSize(500)
  carrierIds?: string[];

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 50, example: 2 })
  @IsOptional() @IsInt() @Min(0) @Max(50)
  diverseFiberEntries?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 50, example: 2 })
  @IsOptional() @IsInt() @Min(0) @Max(50)
  meetMeRooms?: number;

  @ApiPropertyOptional({ type: [String], maxItems: 100, example: ['NWIX'] })
  @IsOptional() @IsString({ each: true }) @MaxLength(100, { each: true }) @ArrayUnique() @ArrayMaxSize(100)
  internetExchanges?: string[];
}

/** Checks a temperature against the plausible range after converting from the block's unit. */
function IsPlausibleTemperature(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isPlausibleTemperature',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: ({ property }: ValidationArguments) =>
          `${property} must be between ${MIN_TEMPERATURE_C} and ${MAX_TEMPERATURE_C} °C (${MIN_TEMPERATURE_C * 1.8 + 32} and ${MAX_TEMPERATURE_C * 1.8 + 32} °F)`,
      },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          if (typeof value !== 'number' || !Number.isFinite(value)) return false;
          const unit = (args.object as { temperatureUnit?: TemperatureUnit }).temperatureUnit ?? 'C';
          const celsius = toCelsius(value, unit === 'F' ? 'F' : 'C');
          return celsius >= MIN_TEMPERATURE_C && celsius <= MAX_TEMPERATURE_C;
        },
      },
    });
}

export class ClimateBlockDto {
  @ApiPropertyOptional({ example: 18, description: 'Lowest inlet temperature held, in `temperatureUnit`' })
  @IsOptional() @IsPlausibleTemperature()
  temperatureMin?: number;

  @ApiPropertyOptional({ example: 27, description: 'Highest inlet temperature held, in `temperatureUnit`' })
  @IsOptional() @IsPlausibleTemperature()
  temperatureMax?: number;

  @ApiPropertyOptional({
    enum: TEMPERATURE_UNITS,
    enumName: 'TemperatureUnit',
    default: 'C',
    description: 'Unit of the temperatures and swing sent; stored and returned in Celsius',
  })
  @IsOptional() @IsIn(TEMPERATURE_UNITS)
  temperatureUnit?: TemperatureUnit;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 20 })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(100)
  humidityMinPct?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 60 })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(100)
  humidityMaxPct?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 2, description: 'Largest swing per hour, degrees in `temperatureUnit`' })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(100)
  maxSwingPerHour?: number;

  @ApiPropertyOptional(redundancy('Cooling redundancy'))
  @IsOptional() @IsIn(REDUNDANCY_LEVELS)
  coolingRedundancy?: Redundancy;

  @ApiPropertyOptional({ example: true })
  @IsOptional() @IsBoolean()
  monitored24x7?: boolean;
}

export class SecurityBlockDto {
  @ApiPropertyOptional({ enum: ACCESS_METHODS, enumName: 'AccessMethod', isArray: true, example: ['badge', 'biometric', 'mantrap'] })
  @IsOptional() @IsIn(ACCESS_METHODS, { each: true }) @ArrayUnique() @ArrayMaxSize(ACCESS_METHODS.length)
  accessMethods?: AccessMethod[];

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 10, example: 5, description: 'Independent layers from perimeter to cabinet' })
  @IsOptional() @IsInt() @Min(0) @Max(10)
  layers?: number;

  @ApiPropertyOptional({ example: true })
  @IsOptional() @IsBoolean()
  cctv?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 3650, example: 90 })
  @IsOptional() @IsInt() @Min(0) @Max(3650)
  cctvRetentionDays?: number;

  @ApiPropertyOptional({ enum: GUARD_COVERAGES, enumName: 'GuardCoverage', example: '24x7' })
  @IsOptional() @IsIn(GUARD_COVERAGES)
  guards?: GuardCoverage;

  @ApiPropertyOptional({ enum: CABINET_LOCKS, enumName: 'CabinetLock', example: 'electronic' })
  @IsOptional() @IsIn(CABINET_LOCKS)
  cabinetLocks?: CabinetLock;

  @ApiPropertyOptional({ example: true })
  @IsOptional() @IsBoolean()
  cagesAvailable?: boolean;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 3650, example: 365 })
  @IsOptional() @IsInt() @Min(0) @Max(3650)
  accessLogRetentionDays?: number;

  @ApiPropertyOptional({ enum: PACKAGE_HANDLING, enumName: 'PackageHandling', example: 'held-securely' })
  @IsOptional() @IsIn(PACKAGE_HANDLING)
  packageHandling?: PackageHandling;
}

export class RemoteHandsBlockDto {
  @ApiPropertyOptional({ enum: REMOTE_HANDS_AVAILABILITY, enumName: 'RemoteHandsAvailability', example: '24x7' })
  @IsOptional() @IsIn(REMOTE_HANDS_AVAILABILITY)
  availability?: RemoteHandsAvailability;

  @ApiPropertyOptional({ minimum: 0, maximum: 10080, example: 15 })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(10080)
  responseTimeMinutes?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100000, example: 150 })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(100000)
  hourlyRate?: number;

  @ApiPropertyOptional({ example: 'USD', description: 'ISO 4217' })
  @IsOptional() @IsCurrencyCode()
  currency?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 1440, example: 30 })
  @IsOptional() @IsInt() @Min(0) @Max(1440)
  minimumBillableMinutes?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1440, example: 15 })
  @IsOptional() @IsInt() @Min(1) @Max(1440)
  billingIncrementMinutes?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 100000, example: 60 })
  @IsOptional() @IsInt() @Min(0) @Max(100000)
  includedMinutesPerMonth?: number;
}

export class SlaBlockDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 100 })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(100)
  powerUptimePct?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 99.999 })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(100)
  networkUptimePct?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 5, description: 'Credit per hour of outage, % of monthly fee' })
  @IsOptional() @IsNumber(finite) @Min(0) @Max(100)
  creditPctPerHour?: number;
}

const money = (example: number, description?: string) => ({ minimum: 0, maximum: 10_000_000, example, description });

export class PricingBlockDto {
  @ApiPropertyOptional({ example: 'USD', description: 'ISO 4217' })
  @IsOptional() @IsCurrencyCode()
  currency?: string;

  @ApiPropertyOptional(money(1200, 'Per cabinet per month'))
  @IsOptional() @IsNumber(finite) @Min(0) @Max(10_000_000)
  cabinetMonthly?: number;

  @ApiPropertyOptional(money(180, 'Per contracted kW per month'))
  @IsOptional() @IsNumber(finite) @Min(0) @Max(10_000_000)
  perKwMonthly?: number;

  @ApiPropertyOptional(money(1500, 'One-off'))
  @IsOptional() @IsNumber(finite) @Min(0) @Max(10_000_000)
  setupFee?: number;

  @ApiPropertyOptional(money(250, 'Per cross-connect per month'))
  @IsOptional() @IsNumber(finite) @Min(0) @Max(10_000_000)
  crossConnectMonthly?: number;
}
