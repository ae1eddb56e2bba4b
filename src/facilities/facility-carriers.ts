import { type EntityManager, In } from 'typeorm';
import { CarrierEntity } from '../carriers/carrier.entity.js';
import type { FieldError } from '../common/problem-details.js';
import { FacilityCarrierEntity } from './facility-carrier.entity.js';

export interface CarrierRef {
  id: string;
  name: string;
}

/** Carriers of many facilities in one query, each list sorted by name then id. */
export async function loadCarrierRefs(manager: EntityManager, facilityIds: string[]): Promise<Map<string, CarrierRef[]>> {
  const byFacility = new Map<string, CarrierRef[]>();
  if (facilityIds.length === 0) return byFacility;
  const rows: Array<{ facilityId: string; id: string; name: string }> = [];
  // Chunked so a 10,000-facility ranking stays under every database's parameter limit.
  for (let i = 0; i < facilityIds.length; i += 500) {
    const chunk = facilityIds.slice(i, i + 500);
    rows.push(
      ...(await manager
        .createQueryBuilder(FacilityCarrierEntity, 'fc')
        .innerJoin(CarrierEntity, 'c', 'c.id = fc.carrierId')
        .select(['fc.facilityId AS "facilityId"', 'c.id AS "id"', 'c.name AS "name"', 'c.nameKey AS "nameKey"'])
        .where('fc.facilityId IN (:...chunk)', { chunk })
        .orderBy('c.nameKey', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .getRawMany()),
    );
  }
  for (const row of rows) {
    const list = byFacility.get(row.facilityId) ?? [];
    list.push({ id: row.id, name: row.name });
    byFacility.set(row.facilityId, list);
  }
  return byFacility;
}

/** Field errors for carrier ids that name no carrier, by their position in the request. */
export async function findUnknownCarriers(manager: EntityManager, carrierIds: string[]): Promise<FieldError[]> {
  if (carrierIds.length === 0) return [];
  const found = await manager.findBy(CarrierEntity, { id: In(carrierIds) });
  const known = new Set(found.map((c) => c.id));
  return carrierIds.flatMap((id, index) =>
    known.has(id) ? [] : [{ field: `network.carrierIds.${index}`, message: `carrier "${id}" does not exist` }],
  );
}

export async function replaceCarrierLinks(manager: EntityManager, facilityId: string, carrierIds: string[]): Promise<void> {
  await manager.delete(FacilityCarrierEntity, { facilityId });
  if (carrierIds.length > 0) {
    await manager.insert(
      FacilityCarrierEntity,
      carrierIds.map((carrierId) => ({ facilityId, carrierId })),
    );
  }
}
