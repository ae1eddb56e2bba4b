import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, Not, type SelectQueryBuilder } from 'typeorm';
import { containsPattern, nameSortKeyset, type Page, paginate } from '../common/pagination.js';
import { mergePatch } from '../common/patch.js';
import { type FieldError, NotFoundProblem, ValidationProblem } from '../common/problem-details.js';
import { lockForChange } from '../common/row-lock.js';
import { nowIso } from '../common/time.js';
import { contentOf, markChanged, sameIds } from '../common/versioning.js';
import { inTransaction } from '../common/transaction.js';
import { ComplianceReportEntity } from '../compliance/compliance-report.entity.js';
import { ReportFacilityEntity } from '../compliance/report-facility.entity.js';
import { ProviderEntity } from '../providers/provider.entity.js';
import type { CreateFacilityDto, UpdateFacilityDto } from './dto/create-facility.dto.js';
import type { FacilityFilterDto, ListFacilitiesQuery } from './dto/list-facilities.query.js';
import { FacilityCarrierEntity } from './facility-carrier.entity.js';
import { type CarrierRef, findUnknownCarriers, loadCarrierRefs, replaceCarrierLinks } from './facility-carriers.js';
import { FacilityEntity, type StoredNetwork } from './facility.entity.js';
import { facilitiesAt, type FacilityRecord, findFacility, type Revision } from './facility-reads.js';
import { checkClimateRanges, emptyToNull, mergeClimate, newFacility } from './facility-input.js';
import type { IfMatchVersions } from '../common/etag.js';

/** A facility with its carriers, as every read returns it (see facility-reads.ts). */
export type FacilityWithCarriers = FacilityRecord;

type BlockName = 'power' | 'security' | 'remoteHands' | 'sla' | 'pricing';
const PLAIN_BLOCKS: BlockName[] = ['power', 'security', 'remoteHands', 'sla', 'pricing'];

@Injectable()
export class FacilitiesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListFacilitiesQuery): Promise<Page<FacilityWithCarriers>> {
    const manager = this.dataSource.manager;
    const keyset = nameSortKeyset('facility', query.sort);
    let records = new Map<string, FacilityRecord>();
    const page = await paginate(this.filtered(query), query, keyset, async (rows) => {
      // The filter and keyset stay a TypeORM query, for the page's revisions and sort keys;
      // facilitiesAt does the rest. The rows returned, and so the next cursor, are this query's:
      // a row re-read after a concurrent change would carry a later sort key, and a cursor made
      // from it would skip the rows in between.
      const revisions = rows.select('facility.id', 'id').addSelect('facility.version', 'version').addSelect('facility.updatedAt', 'updatedAt');
      if (keyset.sortProperty !== 'updatedAt') revisions.addSelect(keyset.sortColumn, keyset.sortProperty);
      const read = await revisions.getRawMany<Revision>();
      records = await facilitiesAt(manager, read);
      return read.filter(({ id }) => records.has(id)); // deleted in between: not served
    });
    return { ...page, items: page.items.map(({ id }) => records.get(id) as FacilityRecord) };
  }

  /** A query for the facilities matching a filter, aliased `facility`. */
  filtered(filter: FacilityFilterDto): SelectQueryBuilder<FacilityEntity> {
    const qb = this.dataSource.getRepository(FacilityEntity).createQueryBuilder('facility');
    if (filter.providerId) qb.andWhere('facility.providerId = :providerId', { providerId: filter.providerId.toLowerCase() });
    if (filter.country) qb.andWhere('facility.country = :country', { country: filter.country.toUpperCase() });
    if (filter.city) qb.andWhere('facility.city = :city', { city: filter.city });
    if (filter.status) qb.andWhere('facility.status = :status', { status: filter.status });
    if (filter.networkModel) qb.andWhere('facility.networkModel = :networkModel', { networkModel: filter.networkModel });
    if (filter.q) qb.andWhere("facility.nameKey LIKE :q ESCAPE '\\'", { q: containsPattern(filter.q) });
    if (filter.carrierId) {
      const links = qb
        .subQuery()
        .select('fc.facilityId')
        .from(FacilityCarrierEntity, 'fc')
        .where('fc.carrierId = :carrierId')
        .getQuery();
      qb.andWhere(`facility.id IN ${links}`, { carrierId: filter.carrierId.toLowerCase() });
    }
    return qb;
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<FacilityWithCarriers> {
    const found = await findFacility(manager, id);
    if (!found) throw new NotFoundProblem('Facility', id);
    return found;
  }

  async create(dto: CreateFacilityDto, outer?: EntityManager): Promise<FacilityWithCarriers> {
    return inTransaction(this.dataSource, outer, async (manager) => {
      const errors: FieldError[] = [];
      if (!(await manager.existsBy(ProviderEntity, { id: dto.providerId.toLowerCase() }))) {
        errors.push({ field: 'providerId', message: `provider "${dto.providerId}" does not exist` });
      }
      const now = nowIso();
      const facility = newFacility(dto.providerId.toLowerCase(), now);
      const carrierIds = await this.applyInput(manager, facility, dto, errors);
      if (errors.length > 0) throw new ValidationProblem(errors);
      await manager.insert(FacilityEntity, facility);
      if (carrierIds) await replaceCarrierLinks(manager, facility.id, carrierIds);
      return this.get(facility.id, manager);
    });
  }

  async update(id: string, dto: UpdateFacilityDto, ifMatch?: IfMatchVersions): Promise<FacilityWithCarriers> {
    return this.dataSource.transaction(async (manager) => {
      const facility = await lockForChange(manager, FacilityEntity, id, 'Facility', ifMatch);
      const before = contentOf(facility);
      const errors: FieldError[] = [];
      const carrierIds = await this.applyInput(manager, facility, dto, errors);
      if (errors.length > 0) throw new ValidationProblem(errors);
      const current = (await loadCarrierRefs(manager, [id])).get(id) ?? [];
      const carriersChanged = carrierIds !== undefined && !sameIds(carrierIds, current.map((c) => c.id));
      if (markChanged(facility, before, carriersChanged)) {
        await manager.save(FacilityEntity, facility);
        if (carriersChanged) await replaceCarrierLinks(manager, facility.id, carrierIds);
      }
      return this.get(facility.id, manager);
    });
  }

  /**
   * A report scoped to facilities never silently widens to the provider's whole estate (which
   * is what an empty scope means): a report scoped to this facility alone goes with it, and
   * reports scoped to others too lose it from their scope and get a new version.
   */
  async remove(id: string, ifMatch?: IfMatchVersions): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockForChange(manager, FacilityEntity, id, 'Facility', ifMatch);
      const reportIds = (await manager.findBy(ReportFacilityEntity, { facilityId: id })).map((row) => row.reportId);
      if (reportIds.length > 0) {
        const stillScoped = new Set(
          (await manager.findBy(ReportFacilityEntity, { reportId: In(reportIds), facilityId: Not(id) })).map((row) => row.reportId),
        );
        const onlyThisFacility = reportIds.filter((reportId) => !stillScoped.has(reportId));
        if (onlyThisFacility.length > 0) await manager.delete(ComplianceReportEntity, { id: In(onlyThisFacility) });
        if (stillScoped.size > 0) {
          await manager.update(
            ComplianceReportEntity,
            { id: In([...stillScoped]) },
            { version: () => 'version + 1', updatedAt: nowIso() },
          );
        }
      }
      await manager.delete(FacilityEntity, { id });
    });
  }

  /**
   * Applies a create or update body to the entity: scalar fields replace, blocks merge field by
   * field, `null` clears. Returns the new carrier list when the request changes it.
   */
  private async applyInput(
    manager: EntityManager,
    facility: FacilityEntity,
    dto: CreateFacilityDto | UpdateFacilityDto,
    errors: FieldError[],
  ): Promise<string[] | undefined> {
    if (dto.name !== undefined) {
      facility.name = dto.name;
      facility.nameKey = dto.name.toLowerCase();
    }
    if (dto.status !== undefined) facility.status = dto.status;
    if (dto.code !== undefined) facility.code = dto.code;
    if (dto.verifiedAt !== undefined) facility.verifiedAt = dto.verifiedAt;
    if (dto.address !== undefined) {
      facility.addressLine1 = dto.address.line1 ?? null;
      facility.addressLine2 = dto.address.line2 ?? null;
      facility.city = dto.address.city ?? null;
      facility.region = dto.address.region ?? null;
      facility.postalCode = dto.address.postalCode ?? null;
      facility.country = dto.address.country.toUpperCase();
    }
    if (dto.location !== undefined) {
      facility.latitude = dto.location?.latitude ?? null;
      facility.longitude = dto.location?.longitude ?? null;
    }
    for (const name of PLAIN_BLOCKS) {
      const input = dto[name];
      if (input === undefined) continue;
      (facility as unknown as Record<BlockName, object | null>)[name] =
        input === null ? null : emptyToNull(mergePatch(facility[name], input));
    }
    if (dto.climate !== undefined) {
      facility.climate = dto.climate === null ? null : emptyToNull(mergeClimate(facility.climate, dto.climate));
      errors.push(...checkClimateRanges(facility.climate));
    }
    if (dto.network === undefined) return undefined;
    if (dto.network === null) {
      facility.network = null;
      facility.networkModel = null;
      return [];
    }
    const { carrierIds, ...networkFields } = dto.network;
    facility.network = emptyToNull(mergePatch<StoredNetwork>(facility.network, networkFields));
    facility.networkModel = facility.network?.model ?? null;
    if (carrierIds === undefined) return undefined;
    const ids = (carrierIds ?? []).map((c) => c.toLowerCase());
    errors.push(...(await findUnknownCarriers(manager, ids)));
    return ids;
  }
}
