import { randomUUID } from 'node:crypto';
import { mergePatch } from '../common/patch.js';
import type { FieldError } from '../common/problem-details.js';
import type { ClimateData } from '../scoring/model.js';
import type { ClimateBlockDto } from './dto/facility-blocks.dto.js';
import { FacilityEntity } from './facility.entity.js';
import { deltaToCelsius, toCelsius } from './temperature.js';

/** Converted temperatures keep 4 decimals: far finer than any sensor, free of float noise. */
const round4 = (value: number): number => Math.round(value * 1e4) / 1e4;

/**
 * Turns a climate block as sent (C or F, nulls meaning "clear") into the stored Celsius form
 * and merges it into what was stored.
 */
export function mergeClimate(stored: ClimateData | null | undefined, input: ClimateBlockDto): ClimateData {
  const unit = input.temperatureUnit ?? 'C';
  const { temperatureUnit: _unit, ...fields } = input;
  const converted: Record<string, unknown> = { ...fields };
  for (const key of ['temperatureMin', 'temperatureMax'] as const) {
    const value = fields[key];
    if (typeof value === 'number') converted[key] = round4(toCelsius(value, unit));
  }
  if (typeof fields.maxSwingPerHour === 'number') converted.maxSwingPerHour = round4(deltaToCelsius(fields.maxSwingPerHour, unit));
  return mergePatch(stored, converted);
}

/** Rules that span two fields, checked on the merged result so PATCHes cannot break them. */
export function checkClimateRanges(climate: ClimateData | null | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (!climate) return errors;
  const { temperatureMin, temperatureMax, humidityMinPct, humidityMaxPct } = climate;
  if (temperatureMin !== undefined && temperatureMax !== undefined && temperatureMin > temperatureMax) {
    errors.push({ field: 'climate.temperatureMin', message: 'temperatureMin must not be above temperatureMax' });
  }
  if (humidityMinPct !== undefined && humidityMaxPct !== undefined && humidityMinPct > humidityMaxPct) {
    errors.push({ field: 'climate.humidityMinPct', message: 'humidityMinPct must not be above humidityMaxPct' });
  }
  return errors;
}

/** An empty block carries no information: store it as "nothing known". */
export function emptyToNull<T extends object>(block: T | null | undefined): T | null {
  return block && Object.keys(block).length > 0 ? block : null;
}

/** A facility with nothing known yet: every optional column null, version 1. */
export function newFacility(providerId: string, now: string): FacilityEntity {
  return Object.assign(new FacilityEntity(), {
    id: randomUUID(),
    providerId,
    code: null,
    addressLine1: null,
    addressLine2: null,
    city: null,
    region: null,
    postalCode: null,
    latitude: null,
    longitude: null,
    status: 'active',
    verifiedAt: null,
    networkModel: null,
    power: null,
    network: null,
    climate: null,
    security: null,
    remoteHands: null,
    sla: null,
    pricing: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
}
