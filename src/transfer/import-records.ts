import type { CarrierEntity } from '../carriers/carrier.entity.js';
import { mergePatch } from '../common/patch.js';
import { sortKeysDeep } from '../common/sort-keys.js';
import { emptyToNull, mergeClimate } from '../facilities/facility-input.js';
import type { ComplianceReportEntity } from '../compliance/compliance-report.entity.js';
import type { FacilityEntity, StoredNetwork } from '../facilities/facility.entity.js';
import type { ProfileEntity } from '../profiles/profile.entity.js';
import type { ProviderEntity } from '../providers/provider.entity.js';
import { toRequirementProfile } from '../profiles/profile.mapper.js';
import type { RequirementProfile } from '../scoring/index.js';
import type {
  ImportCarrierDto,
  ImportComplianceReportDto,
  ImportFacilityDto,
  ImportProfileDto,
  ImportProviderDto,
} from './dto/import-document.dto.js';

/*
 * Import records as the rows the services would store for the same input: the same
 * normalisation (lower-case ids and name keys, upper-case country codes, Celsius, empty blocks
 * as null, complete profile weights), so that "unchanged" means exactly "stores the same".
 * `version`, `createdAt` and `updatedAt` are not content: they are decided when writing.
 */

export interface Stamps {
  version?: number;
  createdAt?: string;
  updatedAt?: string;
}

type Stamped = 'version' | 'createdAt' | 'updatedAt';

export type ProviderRow = Omit<ProviderEntity, Stamped>;
export type CarrierRow = Omit<CarrierEntity, Stamped>;
export type FacilityRow = Omit<FacilityEntity, Stamped | 'provider'>;
export type ReportRow = Omit<ComplianceReportEntity, Stamped | 'provider'>;
export type ProfileRow = Omit<ProfileEntity, Stamped>;

/** A row to write, with the links stored beside it and the stamps the document gave. */
export interface Planned<R, L = never> {
  row: R;
  links: L[];
  stamps: Stamps;
}

const lower = (id: string): string => id.toLowerCase();
const sortedIds = (ids: string[] | null | undefined): string[] => [...new Set((ids ?? []).map(lower))].sort();
const stampsOf = (record: Stamps): Stamps => ({ version: record.version, createdAt: record.createdAt, updatedAt: record.updatedAt });
/** Plain JSON, so that class instances from validation store and compare like parsed JSON. */
const plain = <T>(value: T): T => (value === null || value === undefined ? value : JSON.parse(JSON.stringify(value)));

export function providerRow(dto: ImportProviderDto): Planned<ProviderRow> {
  return {
    row: {
      id: lower(dto.id),
      name: dto.name,
      nameKey: dto.name.toLowerCase(),
      website: dto.website ?? null,
      headquartersCountry: dto.headquartersCountry?.toUpperCase() ?? null,
      notes: dto.notes ?? null,
      peeringdbId: dto.peeringdbId ?? null,
    },
    links: [],
    stamps: stampsOf(dto),
  };
}

export function carrierRow(dto: ImportCarrierDto): Planned<CarrierRow> {
  return {
    row: {
      id: lower(dto.id),
      name: dto.name,
      nameKey: dto.name.toLowerCase(),
      website: dto.website ?? null,
      peeringdbId: dto.peeringdbId ?? null,
    },
    links: [],
    stamps: stampsOf(dto),
  };
}

const block = <T extends object>(input: object | null | undefined): T | null =>
  input ? emptyToNull(plain(mergePatch<T>(null, input as Partial<Record<keyof T, unknown>>))) : null;

/** Links: carrier ids, sorted. */
export function facilityRow(dto: ImportFacilityDto): Planned<FacilityRow, string> {
  const network = block<StoredNetwork>(dto.network);
  return {
    row: {
      id: lower(dto.id),
      providerId: lower(dto.providerId),
      name: dto.name,
      nameKey: dto.name.toLowerCase(),
      code: dto.code ?? null,
      addressLine1: dto.address.line1 ?? null,
      addressLine2: dto.address.line2 ?? null,
      city: dto.address.city ?? null,
      region: dto.address.region ?? null,
      postalCode: dto.address.postalCode ?? null,
      country: dto.address.country.toUpperCase(),
      latitude: dto.location?.latitude ?? null,
      longitude: dto.location?.longitude ?? null,
      status: dto.status ?? 'active',
      verifiedAt: dto.verifiedAt ?? null,
      networkModel: network?.model ?? null,
      power: block(dto.power),
      network,
      climate: dto.climate ? emptyToNull(plain(mergeClimate(null, dto.climate))) : null,
      security: block(dto.security),
      remoteHands: block(dto.remoteHands),
      sla: block(dto.sla),
      pricing: block(dto.pricing),
      peeringdbId: dto.peeringdbId ?? null,
    },
    links: sortedIds(dto.carrierIds),
    stamps: stampsOf(dto),
  };
}

/** Links: the ids of the facilities in scope, sorted. */
export function reportRow(dto: ImportComplianceReportDto): Planned<ReportRow, string> {
  return {
    row: {
      id: lower(dto.id),
      providerId: lower(dto.providerId),
      framework: dto.framework,
      reportType: dto.reportType,
      standard: dto.standard ?? null,
      periodStart: dto.periodStart ?? null,
      periodEnd: dto.periodEnd ?? null,
      issuedAt: dto.issuedAt ?? null,
      auditor: dto.auditor ?? null,
      opinion: dto.opinion ?? null,
      exceptionsCount: dto.exceptionsCount ?? null,
      trustServicesCriteria: dto.trustServicesCriteria ? [...dto.trustServicesCriteria] : null,
      ndaRequired: dto.ndaRequired ?? null,
      bridgeLetterThrough: dto.bridgeLetterThrough ?? null,
    },
    links: sortedIds(dto.facilityIds),
    stamps: stampsOf(dto),
  };
}

/** Also returns the profile as the scoring core sees it, for the core's own checks. */
export function profileRow(dto: ImportProfileDto): Planned<ProfileRow> & { profile: RequirementProfile } {
  const id = lower(dto.id);
  const profile = toRequirementProfile(id, dto.name, dto);
  return {
    row: {
      id,
      name: dto.name,
      nameKey: dto.name.toLowerCase(),
      description: dto.description ?? null,
      weights: plain(profile.weights),
      requirements: plain(profile.requirements ?? {}),
      footprint: plain(profile.footprint ?? null),
      budget: plain(profile.budget ?? null),
    },
    links: [],
    stamps: stampsOf(dto),
    profile,
  };
}

/** The stored content of a row (or of an entity, read through the row's keys), comparable as text. */
export function contentOf(row: object, entity: object = row): string {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(row)) picked[key] = (entity as Record<string, unknown>)[key] ?? null;
  return JSON.stringify(sortKeysDeep(picked));
}
