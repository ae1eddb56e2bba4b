import { isISO31661Alpha2, isURL } from 'class-validator';
import type { CreateCarrierDto } from '../carriers/dto/carrier.dto.js';
import type { CreateFacilityDto } from '../facilities/dto/create-facility.dto.js';
import type { CreateProviderDto } from '../providers/dto/provider.dto.js';
import type { PeeringDbCarrierDto, PeeringDbFacDto, PeeringDbOrgDto } from './dto/peeringdb.dto.js';

/*
 * PeeringDB objects as the create bodies of this API, so they pass the same validation as a
 * record entered through it. Empty strings (PeeringDB's "not given") become absent fields.
 * Optional values this API would reject (a website without http(s), an unknown country code)
 * are dropped rather than failing the whole record: the rest of it is still worth having.
 */

const text = (value: string | null | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

const website = (value: string | null | undefined): string | undefined => {
  const url = text(value);
  return url && url.length <= 2048 && isURL(url, { require_protocol: true, protocols: ['http', 'https'] }) ? url : undefined;
};

const country = (value: string | null | undefined): string | undefined => {
  const code = text(value)?.toUpperCase();
  return code && isISO31661Alpha2(code) ? code : undefined;
};

export function providerInput(org: PeeringDbOrgDto): CreateProviderDto {
  return {
    name: org.name.trim(),
    ...(website(org.website) && { website: website(org.website) }),
    ...(country(org.country) && { headquartersCountry: country(org.country) }),
  };
}

export function carrierInput(carrier: PeeringDbCarrierDto): CreateCarrierDto {
  return { name: carrier.name.trim(), ...(website(carrier.website) && { website: website(carrier.website) }) };
}

/**
 * PeeringDB stores 0,0 (in the Atlantic) for "no coordinates", as in its own sample data;
 * a facility there is not plausible, so it is treated as unknown.
 */
export function facilityLocation(fac: PeeringDbFacDto): { latitude: number; longitude: number } | undefined {
  const { latitude, longitude } = fac;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return undefined;
  if (latitude === 0 && longitude === 0) return undefined;
  return { latitude, longitude };
}

/** The facility's create body; `country` stays as given, so a missing one fails validation. */
export function facilityInput(fac: PeeringDbFacDto, providerId: string): CreateFacilityDto {
  const location = facilityLocation(fac);
  const diverse = fac.diverse_serving_substations;
  return {
    providerId,
    name: fac.name.trim(),
    address: {
      ...(text(fac.address1) && { line1: text(fac.address1) }),
      ...(text(fac.address2) && { line2: text(fac.address2) }),
      ...(text(fac.city) && { city: text(fac.city) }),
      ...(text(fac.state) && { region: text(fac.state) }),
      ...(text(fac.zipcode) && { postalCode: text(fac.zipcode) }),
      country: text(fac.country)?.toUpperCase() ?? '',
    },
    ...(location && { location }),
    ...(typeof diverse === 'boolean' && { power: { diverseSubstations: diverse } }),
  };
}
