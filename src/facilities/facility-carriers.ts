import { type EntityManager, In } from 'typeorm';
import { CarrierEntity } from '../carriers/carrier.entity.js';
import type { FieldError } from '../common/problem-details.js';
import { IN_CHUNK, bindList } from '../database/lean-select.js';
import { FacilityCarrierEntity } from './facility-carrier.entity.js';

export interface CarrierRef {
  id: string;
  name: string;
}

/**
 * Carriers of many facilities, each list sorted by name then id: one plain SQL statement per
 * 500 facilities (a 10,000-facility ranking reads 50,000 links; the query builder cost more
 * than the database here).
 */
export async function loadCarrierRefs(manager: EntityManager, facilityIds: string[]): Promise<Map<string, CarrierRef[]>> {
  const byFacility = new Map<string, CarrierRef[]>();
  const refs = new Map<string, CarrierRef>();
  for (let i = 0; i < facilityIds.length; i += IN_CHUNK) {
    const chunk = facilityIds.slice(i, i + IN_CHUNK);
    const rows = (await manager.query(
      'SELECT fc."facilityId" AS "facilityId", c."id" AS "id", c."name" AS "name" ' +
        'FROM "facility_carriers" fc INNER JOIN "carriers" c ON c."id" = fc."carrierId" ' +
        `WHERE fc."facilityId" IN (${bindList(manager, chunk.length)}) ORDER BY c."nameKey" ASC, c."id" ASC`,
      chunk,
    )) as Array<{ facilityId: string; id: string; name: string }>;
    for (const row of rows) {
      // One object per carrier, shared by the lists (they may be cached; nobody modifies them).
      let ref = refs.get(row.id);
      if (!ref) refs.set(row.id, (ref = { id: row.id, name: row.name }));
      const list = byFacility.get(row.facilityId);
      if (list) list.push(ref);
      else byFacility.set(row.facilityId, [ref]);
    }
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
