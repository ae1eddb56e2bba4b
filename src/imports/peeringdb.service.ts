import { newFacility } from '../facilities/facility-input.js';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CarrierEntity } from '../carriers/carrier.entity.js';
import { CreateCarrierDto } from '../carriers/dto/carrier.dto.js';
import { lockForBulkWrite } from '../common/bulk-lock.js';
import { type FieldError, ValidationProblem } from '../common/problem-details.js';
import { sortKeysDeep } from '../common/sort-keys.js';
import { nowIso } from '../common/time.js';
import { validateDocument } from '../common/validate-document.js';
import { CreateFacilityDto } from '../facilities/dto/create-facility.dto.js';
import { FacilityCarrierEntity } from '../facilities/facility-carrier.entity.js';
import { FacilityEntity } from '../facilities/facility.entity.js';
import { CreateProviderDto } from '../providers/dto/provider.dto.js';
import { ProviderEntity } from '../providers/provider.entity.js';
import {
  type PeeringDbCarrierDto,
  type PeeringDbCarrierFacDto,
  type PeeringDbCountsDto,
  type PeeringDbFacDto,
  type PeeringDbImportResultDto,
  type PeeringDbOrgDto,
  PEERINGDB_RECORD_TYPES,
  PEERINGDB_TYPES,
  type PeeringDbType,
  type SkippedRecordDto,
} from './dto/peeringdb.dto.js';
import { carrierInput, facilityInput, providerInput } from './peeringdb-mapping.js';

type Records = {
  org: PeeringDbOrgDto[];
  fac: PeeringDbFacDto[];
  carrier: PeeringDbCarrierDto[];
  carrierfac: PeeringDbCarrierFacDto[];
};

const TABLES = ['providers', 'carriers', 'facilities', 'facility_carriers'];

const zero = (): PeeringDbCountsDto => ({ created: 0, updated: 0, unchanged: 0 });

/** Thrown to roll a dry run back after it has done (and counted) everything. */
class DryRunRollback extends Error {
  constructor(readonly result: PeeringDbImportResultDto) {
    super('dry run');
  }
}

/**
 * Imports PeeringDB `org`, `fac`, `carrier` and `carrierfac` objects as providers, facilities,
 * carriers and carrier presence, in one transaction. Records keep their PeeringDB id
 * (`peeringdbId`), so importing again updates them instead of adding duplicates.
 *
 * Rules (also in the README):
 * - A record already imported (same PeeringDB id) is updated with PeeringDB's values for the
 *   fields the import maps; every other field is left as edited here.
 * - A record not imported before adopts the record here with the same name (case-insensitive;
 *   for facilities, the same name under the same provider) when that record has no PeeringDB id
 *   yet; otherwise a new record is created. A name held by a record linked to another PeeringDB
 *   id is a clash: the PeeringDB record is skipped, with the reason.
 * - Unknown in PeeringDB (null coordinates or 0,0, null `diverse_serving_substations`) never
 *   erases what is known here.
 * - Only `ok` records are imported; a `deleted` fac marks its facility `decommissioned`.
 * - Records whose parent (org of a fac; carrier or fac of a carrierfac) is neither in the import
 *   nor imported before are skipped with the reason. Links are only ever added.
 */
@Injectable()
export class PeeringDbImportService {
  constructor(private readonly dataSource: DataSource) {}

  async import(body: unknown, options: { dryRun?: boolean } = {}): Promise<PeeringDbImportResultDto> {
    const records = await parse(body);
    const dryRun = options.dryRun ?? false;
    try {
      return await this.dataSource.transaction(async (manager) => {
        await lockForBulkWrite(manager, TABLES);
        const result = await new ImportRun(manager, nowIso()).run(records);
        if (dryRun) throw new DryRunRollback({ ...result, dryRun: true });
        return result;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.result;
      throw error;
    }
  }
}

/** Checks the envelope and every record's fields, all at once; 400 naming each bad one. */
async function parse(body: unknown): Promise<Records> {
  const errors: FieldError[] = [];
  const records: Records = { org: [], fac: [], carrier: [], carrierfac: [] };
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ValidationProblem([{ field: 'body', message: 'must be a JSON object with PeeringDB responses under org, fac, carrier, carrierfac' }]);
  }
  for (const [key, response] of Object.entries(body)) {
    if (!(PEERINGDB_TYPES as readonly string[]).includes(key)) {
      errors.push({ field: key, message: `${key} is not an object type this import reads (${PEERINGDB_TYPES.join(', ')})` });
      continue;
    }
    const type = key as PeeringDbType;
    const data = (response as { data?: unknown } | null)?.data;
    if (!Array.isArray(data)) {
      errors.push({ field: `${type}.data`, message: `${type} must be a PeeringDB API response: { "data": [...] }` });
      continue;
    }
    for (const [index, item] of data.entries()) {
      const { value, errors: itemErrors } = await validateDocument(PEERINGDB_RECORD_TYPES[type], item, {
        forbidUnknown: false,
        path: `${type}.data.${index}`,
      });
      errors.push(...itemErrors);
      if (itemErrors.length === 0) (records[type] as object[]).push(value);
    }
  }
  if (errors.length > 0) throw new ValidationProblem(errors);
  for (const type of PEERINGDB_TYPES) records[type].sort((a, b) => a.id - b.id);
  return records;
}

/** The content a comparison sees: a record's mapped columns, as sorted JSON. */
const content = (entity: object, keys: string[]): string =>
  JSON.stringify(sortKeysDeep(Object.fromEntries(keys.map((k) => [k, (entity as Record<string, unknown>)[k] ?? null]))));

const PROVIDER_KEYS = ['name', 'nameKey', 'website', 'headquartersCountry', 'peeringdbId'];
const CARRIER_KEYS = ['name', 'nameKey', 'website', 'peeringdbId'];
const FACILITY_KEYS = [
  'name',
  'nameKey',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'country',
  'latitude',
  'longitude',
  'power',
  'status',
  'peeringdbId',
];

interface NamedSpec<P, I extends { name: string }> {
  type: PeeringDbType;
  noun: string;
  dto: new () => object;
  input: (record: P) => I;
  /** The optional mapped columns; `undefined` means PeeringDB does not know. */
  optional: (input: I) => Record<string, unknown>;
  /** Columns of a new record that the import does not map. */
  empty: Record<string, unknown>;
  keys: string[];
  counts: PeeringDbCountsDto;
}

/** One import inside its transaction: the state it reads, and what it has done so far. */
class ImportRun {
  private readonly skipped: SkippedRecordDto[] = [];
  private readonly counts = { providers: zero(), facilities: zero(), carriers: zero(), carrierLinks: zero() };
  /** Facilities created or given a new version by this run: one change, one new version. */
  private readonly touched = new Set<string>();

  constructor(
    private readonly manager: EntityManager,
    private readonly now: string,
  ) {}

  async run(records: Records): Promise<PeeringDbImportResultDto> {
    await this.named(ProviderEntity, records.org, {
      type: 'org',
      noun: 'provider',
      dto: CreateProviderDto,
      input: providerInput,
      optional: (input: CreateProviderDto) => ({ website: input.website, headquartersCountry: input.headquartersCountry }),
      empty: { website: null, headquartersCountry: null, notes: null },
      keys: PROVIDER_KEYS,
      counts: this.counts.providers,
    });
    await this.named(CarrierEntity, records.carrier, {
      type: 'carrier',
      noun: 'carrier',
      dto: CreateCarrierDto,
      input: carrierInput,
      optional: (input: CreateCarrierDto) => ({ website: input.website }),
      empty: { website: null },
      keys: CARRIER_KEYS,
      counts: this.counts.carriers,
    });
    await this.facilities(records.fac);
    await this.links(records.carrierfac);
    const order = (type: PeeringDbType) => PEERINGDB_TYPES.indexOf(type);
    return {
      dryRun: false,
      ...this.counts,
      skipped: this.skipped.sort((a, b) => order(a.type) - order(b.type) || a.id - b.id),
    };
  }

  private skip(type: PeeringDbType, id: number, reason: string): void {
    this.skipped.push({ type, id, reason });
  }

  /** Validated against the API's create DTO; the reason lists what it rejects. */
  private async invalid(type: new () => object, input: object): Promise<string | undefined> {
    const { errors } = await validateDocument(type, input);
    return errors.length > 0 ? errors.map((e) => `${e.field}: ${e.message}`).join('; ') : undefined;
  }

  /** Providers (org) and carriers (carrier): unique names, adopted by name when not yet linked. */
  private async named<E extends ProviderEntity | CarrierEntity, P extends { id: number; status?: string }, I extends { name: string }>(
    target: new () => E,
    records: P[],
    spec: NamedSpec<P, I>,
  ): Promise<void> {
    const { type, noun, counts } = spec;
    const stored = (await this.manager.find(target as new () => ProviderEntity)) as unknown as E[];
    const byPdb = new Map<number, E>();
    const byName = new Map<string, E>();
    for (const entity of stored) {
      if (entity.peeringdbId !== null) byPdb.set(entity.peeringdbId, entity);
      byName.set(entity.nameKey, entity);
    }
    const seen = new Set<number>();
    for (const record of records) {
      if (seen.has(record.id)) {
        this.skip(type, record.id, `${type} ${record.id} appears more than once in this import`);
        continue;
      }
      seen.add(record.id);
      if ((record.status ?? 'ok') !== 'ok') {
        this.skip(type, record.id, `status is "${record.status}"; only "ok" records are imported`);
        continue;
      }
      const input = spec.input(record);
      const reason = await this.invalid(spec.dto, input);
      if (reason) {
        this.skip(type, record.id, reason);
        continue;
      }
      const nameKey = input.name.toLowerCase();
      const holder = byName.get(nameKey);
      let entity = byPdb.get(record.id);
      if (!entity && holder && holder.peeringdbId === null) entity = holder;
      if (holder && holder !== entity) {
        const linked = holder.peeringdbId === null ? '' : ` (PeeringDB ${type} ${holder.peeringdbId})`;
        this.skip(type, record.id, `name "${input.name}" is already used by ${noun} ${holder.id}${linked}`);
        continue;
      }
      // Optional values PeeringDB does not give are left as they are (null for a new record).
      const known = Object.fromEntries(Object.entries(spec.optional(input)).filter(([, v]) => v !== undefined));
      const fields = { name: input.name, nameKey, ...known, peeringdbId: record.id };
      if (!entity) {
        entity = Object.assign(new target(), spec.empty, fields, {
          id: randomUUID(),
          version: 1,
          createdAt: this.now,
          updatedAt: this.now,
        });
        await this.manager.insert(target, entity as never);
        counts.created += 1;
      } else {
        const before = content(entity, spec.keys);
        if (entity.nameKey !== nameKey) byName.delete(entity.nameKey);
        Object.assign(entity, fields);
        if (content(entity, spec.keys) === before) {
          counts.unchanged += 1;
        } else {
          Object.assign(entity, { version: entity.version + 1, updatedAt: this.now });
          await this.manager.update(target, { id: entity.id } as never, { ...fields, version: entity.version, updatedAt: this.now } as never);
          counts.updated += 1;
        }
      }
      byPdb.set(record.id, entity);
      byName.set(nameKey, entity);
    }
  }

  private async facilities(records: PeeringDbFacDto[]): Promise<void> {
    const providers = new Map<number, string>();
    for (const p of await this.manager.find(ProviderEntity)) if (p.peeringdbId !== null) providers.set(p.peeringdbId, p.id);
    const stored = await this.manager.find(FacilityEntity);
    const byPdb = new Map<number, FacilityEntity>();
    const byName = new Map<string, FacilityEntity[]>();
    const nameOf = (providerId: string, nameKey: string) => `${providerId}\n${nameKey}`;
    for (const facility of stored) {
      if (facility.peeringdbId !== null) byPdb.set(facility.peeringdbId, facility);
      const key = nameOf(facility.providerId, facility.nameKey);
      byName.set(key, [...(byName.get(key) ?? []), facility]);
    }
    const counts = this.counts.facilities;
    const seen = new Set<number>();
    for (const fac of records) {
      if (seen.has(fac.id)) {
        this.skip('fac', fac.id, `fac ${fac.id} appears more than once in this import`);
        continue;
      }
      seen.add(fac.id);
      const status = fac.status ?? 'ok';
      let facility = byPdb.get(fac.id);
      if (status === 'deleted' && facility) {
        await this.updateFacility(facility, { status: 'decommissioned' });
        continue;
      }
      if (status !== 'ok') {
        this.skip('fac', fac.id, `status is "${status}"; only "ok" records are imported`);
        continue;
      }
      const providerId = providers.get(fac.org_id);
      if (!providerId) {
        this.skip('fac', fac.id, `org ${fac.org_id} is neither in this import nor imported before`);
        continue;
      }
      if (facility && facility.providerId !== providerId) {
        this.skip('fac', fac.id, `facility ${facility.id} belongs to another provider here; PeeringDB now lists it under org ${fac.org_id}`);
        continue;
      }
      const input = facilityInput(fac, providerId);
      const reason = await this.invalid(CreateFacilityDto, input);
      if (reason) {
        this.skip('fac', fac.id, reason);
        continue;
      }
      const nameKey = input.name.toLowerCase();
      if (!facility) {
        const namesakes = (byName.get(nameOf(providerId, nameKey)) ?? []).filter((f) => f.peeringdbId === null);
        if (namesakes.length > 1) {
          this.skip('fac', fac.id, `${namesakes.length} facilities of this provider are named "${input.name}"; link one by hand first`);
          continue;
        }
        facility = namesakes[0];
      }
      const fields: Partial<FacilityEntity> = {
        name: input.name,
        nameKey,
        addressLine1: input.address.line1 ?? null,
        addressLine2: input.address.line2 ?? null,
        city: input.address.city ?? null,
        region: input.address.region ?? null,
        postalCode: input.address.postalCode ?? null,
        country: input.address.country,
        peeringdbId: fac.id,
        ...(input.location && { latitude: input.location.latitude, longitude: input.location.longitude }),
      };
      if (!facility) {
        facility = Object.assign(newFacility(providerId, this.now), {
          power: input.power ? { ...input.power } : null,
          ...fields,
        });
        await this.manager.insert(FacilityEntity, facility);
        this.touched.add(facility.id);
        counts.created += 1;
      } else {
        if (input.power) fields.power = { ...(facility.power ?? {}), ...input.power };
        await this.updateFacility(facility, fields);
      }
      byPdb.set(fac.id, facility);
    }
  }

  private async updateFacility(facility: FacilityEntity, fields: Partial<FacilityEntity>): Promise<void> {
    const before = content(facility, FACILITY_KEYS);
    Object.assign(facility, fields);
    if (content(facility, FACILITY_KEYS) === before) {
      this.counts.facilities.unchanged += 1;
      return;
    }
    await this.bump(facility, fields);
    this.counts.facilities.updated += 1;
  }

  /** Writes `fields` with the facility's next version (once per run). */
  private async bump(facility: FacilityEntity, fields: Partial<FacilityEntity>): Promise<void> {
    if (!this.touched.has(facility.id)) {
      facility.version += 1;
      facility.updatedAt = this.now;
      this.touched.add(facility.id);
    }
    await this.manager.update(FacilityEntity, { id: facility.id }, { ...fields, version: facility.version, updatedAt: facility.updatedAt });
  }

  private async links(records: PeeringDbCarrierFacDto[]): Promise<void> {
    const carriers = new Map<number, string>();
    for (const c of await this.manager.find(CarrierEntity)) if (c.peeringdbId !== null) carriers.set(c.peeringdbId, c.id);
    const facilities = new Map<number, FacilityEntity>();
    for (const f of await this.manager.find(FacilityEntity)) if (f.peeringdbId !== null) facilities.set(f.peeringdbId, f);
    const existing = new Set((await this.manager.find(FacilityCarrierEntity)).map((l) => `${l.facilityId}\n${l.carrierId}`));
    const counts = this.counts.carrierLinks;
    for (const link of records) {
      if ((link.status ?? 'ok') !== 'ok') {
        this.skip('carrierfac', link.id, `status is "${link.status}"; only "ok" records are imported (links are never removed)`);
        continue;
      }
      const carrierId = carriers.get(link.carrier_id);
      const facility = facilities.get(link.fac_id);
      if (!carrierId || !facility) {
        const missing = [!carrierId && `carrier ${link.carrier_id}`, !facility && `fac ${link.fac_id}`].filter(Boolean).join(' and ');
        this.skip('carrierfac', link.id, `${missing} ${missing.includes(' and ') ? 'are' : 'is'} neither in this import nor imported before`);
        continue;
      }
      const key = `${facility.id}\n${carrierId}`;
      if (existing.has(key)) {
        counts.unchanged += 1;
        continue;
      }
      await this.manager.insert(FacilityCarrierEntity, { facilityId: facility.id, carrierId });
      existing.add(key);
      // The facility's carriers are part of it: a new link is a new version, as in the API.
      if (!this.touched.has(facility.id)) await this.bump(facility, {});
      counts.created += 1;
    }
  }
}
