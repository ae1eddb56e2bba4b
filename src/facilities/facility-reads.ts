import type { DataSource, EntityManager } from 'typeorm';
import { IN_CHUNK, LeanSelect, bindList } from '../database/lean-select.js';
import type { CarrierRef } from './facility-carriers.js';
import { FacilityEntity } from './facility.entity.js';

/**
 * Facility reads for the hot paths (GET by id, list pages, scoring inputs), without TypeORM's
 * query builder (see lean-select.ts), and with the parsed rows cached by revision.
 *
 * The cache: a stored facility's category blocks are JSON documents, and reading a row means
 * materialising ~3 KB of text and parsing seven documents, which dominated list pages and
 * 10,000-facility rankings (BENCHMARKS.md). Every read still asks the database for the current
 * (version, updatedAt) of the rows it wants, and a cached row is used only when both match:
 * every write bumps `version` (the ETag relies on that too), so a write on any instance makes
 * the other instances re-read, and a deleted row is never served. Carriers and reports are
 * not cached. Rows are cached only when read outside a transaction, on SQLite only when its
 * single connection had no transaction open (so nothing uncommitted is cached). Cached
 * entities are shared: callers must not modify them (writes read their own, with a row lock).
 */

export interface Revision {
  id: string;
  version: number;
  updatedAt: string;
}

const rows = new LeanSelect(FacilityEntity);
const MAX_CACHED = 20_000;
const caches = new WeakMap<DataSource, Map<string, FacilityEntity>>();

function cacheOf(manager: EntityManager): Map<string, FacilityEntity> | undefined {
  if (manager.queryRunner) return undefined; // inside a transaction: read it, never cache it
  let cache = caches.get(manager.connection);
  if (!cache) caches.set(manager.connection, (cache = new Map()));
  return cache;
}

/** SQLite shares one connection: true while any transaction is open on it. */
function sqliteInTransaction(manager: EntityManager): boolean {
  const connection = (manager.connection.driver as { databaseConnection?: { inTransaction?: boolean } }).databaseConnection;
  return connection?.inTransaction === true;
}

/** The current revision of each facility that exists, in no particular order. */
export async function revisionsOf(manager: EntityManager, ids: readonly string[]): Promise<Revision[]> {
  const found: Revision[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const chunk = ids.slice(i, i + IN_CHUNK);
    const sql = `SELECT "id", "version", "updatedAt" FROM "facilities" WHERE "id" IN (${bindList(manager, chunk.length)})`;
    found.push(...((await manager.query(sql, chunk as string[])) as Revision[]));
  }
  return found;
}

/**
 * The facilities at these revisions (as read from the database just before), by id: cached
 * rows when they are at that revision, the others read now. A row deleted meanwhile is absent;
 * one changed meanwhile comes back newer than asked, which is what the caller wants.
 */
export async function facilitiesAt(manager: EntityManager, wanted: readonly Revision[]): Promise<Map<string, FacilityEntity>> {
  const cache = cacheOf(manager);
  const found = new Map<string, FacilityEntity>();
  const stale: string[] = [];
  for (const { id, version, updatedAt } of wanted) {
    const cached = cache?.get(id);
    if (cached && cached.version === Number(version) && cached.updatedAt === updatedAt) found.set(id, cached);
    else stale.push(id);
  }
  if (stale.length === 0) return found;
  const dirtyBefore = sqliteInTransaction(manager);
  const read = await rows.whereIn(manager, 'id', stale);
  const cacheable = cache && !dirtyBefore && !sqliteInTransaction(manager);
  for (const facility of read) {
    found.set(facility.id, facility);
    if (cacheable) {
      cache.delete(facility.id); // re-inserted last: the oldest entries go first when full
      cache.set(facility.id, facility);
    }
  }
  if (cache && cache.size > MAX_CACHED) {
    for (const id of cache.keys()) {
      cache.delete(id);
      if (cache.size <= MAX_CACHED * 0.9) break;
    }
  }
  return found;
}

/** Facilities by id (lower-case), in no particular order; unknown ids are left out. */
export async function findFacilities(manager: EntityManager, ids: readonly string[]): Promise<FacilityEntity[]> {
  return [...(await facilitiesAt(manager, await revisionsOf(manager, ids))).values()];
}

/**
 * One facility and its carriers (sorted by name, then id), or null: GET by id, the hottest
 * path, with its revision and carriers in one statement and the row itself from the cache.
 */
export async function findFacilityWithCarriers(
  manager: EntityManager,
  id: string,
): Promise<{ facility: FacilityEntity; carriers: CarrierRef[] } | null> {
  const rows = (await manager.query(
    'SELECT f."version" AS "version", f."updatedAt" AS "updatedAt", c."id" AS "carrierId", c."name" AS "carrierName" ' +
      'FROM "facilities" f LEFT JOIN "facility_carriers" fc ON fc."facilityId" = f."id" ' +
      'LEFT JOIN "carriers" c ON c."id" = fc."carrierId" ' +
      `WHERE f."id" = ${bindList(manager, 1)} ORDER BY c."nameKey" ASC, c."id" ASC`,
    [id],
  )) as Array<{ version: number; updatedAt: string; carrierId: string | null; carrierName: string | null }>;
  if (rows.length === 0) return null;
  const facility = (await facilitiesAt(manager, [{ id, version: rows[0].version, updatedAt: rows[0].updatedAt }])).get(id);
  if (!facility) return null;
  const carriers = rows.flatMap((r) => (r.carrierId === null ? [] : [{ id: r.carrierId, name: r.carrierName as string }]));
  return { facility, carriers };
}
