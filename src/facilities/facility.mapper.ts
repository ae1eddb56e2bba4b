import { SerializedJson } from '../common/serialized-json.js';
import type { FacilityData } from '../scoring/model.js';
import type { AddressDto, LocationDto } from './dto/create-facility.dto.js';
import type { ClimateDto, FacilityDto } from './dto/facility.dto.js';
import type { CarrierRef } from './facility-carriers.js';
import type { FacilityRecord } from './facility-reads.js';
import type { FacilityEntity } from './facility.entity.js';
import { deltaToFahrenheit, toFahrenheit } from './temperature.js';

const round2 = (value: number): number => Math.round(value * 100) / 100;

function toClimateDto(climate: FacilityEntity['climate']): ClimateDto | null {
  if (!climate) return null;
  const dto: ClimateDto = { ...climate, temperatureUnit: 'C' };
  if (climate.temperatureMin !== undefined) dto.temperatureMinF = round2(toFahrenheit(climate.temperatureMin));
  if (climate.temperatureMax !== undefined) dto.temperatureMaxF = round2(toFahrenheit(climate.temperatureMax));
  if (climate.maxSwingPerHour !== undefined) dto.maxSwingPerHourF = round2(deltaToFahrenheit(climate.maxSwingPerHour));
  return dto;
}

/** The address columns as the API shows them: absent parts left out. */
export function addressOf(entity: FacilityEntity): AddressDto {
  return {
    ...(entity.addressLine1 !== null && { line1: entity.addressLine1 }),
    ...(entity.addressLine2 !== null && { line2: entity.addressLine2 }),
    ...(entity.city !== null && { city: entity.city }),
    ...(entity.region !== null && { region: entity.region }),
    ...(entity.postalCode !== null && { postalCode: entity.postalCode }),
    country: entity.country,
  };
}

export function locationOf(entity: FacilityEntity): LocationDto | null {
  return entity.latitude !== null && entity.longitude !== null ? { latitude: entity.latitude, longitude: entity.longitude } : null;
}

export function toFacilityDto(entity: FacilityEntity, carriers: CarrierRef[]): FacilityDto {
  const hasNetwork = entity.network !== null || carriers.length > 0;
  return {
    id: entity.id,
    providerId: entity.providerId,
    name: entity.name,
    code: entity.code,
    address: addressOf(entity),
    location: locationOf(entity),
    status: entity.status,
    verifiedAt: entity.verifiedAt,
    power: entity.power,
    network: hasNetwork
      ? { ...(entity.network ?? {}), carrierIds: carriers.map((c) => c.id), carriers }
      : null,
    climate: toClimateDto(entity.climate),
    security: entity.security,
    remoteHands: entity.remoteHands,
    sla: entity.sla,
    pricing: entity.pricing,
    peeringdbId: entity.peeringdbId ?? null,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

const serialized = new WeakMap<object, SerializedJson<FacilityDto>>();

/**
 * The facility's JSON, serialized once per record object. Records served from the revision-keyed
 * cache (facility-reads.ts) are shared and never modified, so their text is computed once per
 * revision; a record read fresh gets its own.
 */
export function serializedFacility(record: FacilityRecord): SerializedJson<FacilityDto> {
  let json = serialized.get(record);
  if (!json) {
    json = new SerializedJson(JSON.stringify(toFacilityDto(record.facility, record.carriers)), record.facility.version);
    serialized.set(record, json);
  }
  return json;
}

/** The facility as the scoring core sees it. */
export function toFacilityData(entity: FacilityEntity, carrierIds: string[]): FacilityData {
  return {
    id: entity.id,
    name: entity.name,
    providerId: entity.providerId,
    country: entity.country,
    status: entity.status,
    ...(entity.verifiedAt !== null && { verifiedAt: entity.verifiedAt }),
    ...(entity.power && { power: entity.power }),
    ...((entity.network || carrierIds.length > 0) && { network: { ...(entity.network ?? {}), carrierIds } }),
    ...(entity.climate && { climate: entity.climate }),
    ...(entity.security && { security: entity.security }),
    ...(entity.remoteHands && { remoteHands: entity.remoteHands }),
    ...(entity.sla && { sla: entity.sla }),
    ...(entity.pricing && { pricing: entity.pricing }),
  };
}
