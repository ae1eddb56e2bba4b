import type { DataSource, EntityManager } from 'typeorm';
import { IN_CHUNK, LeanSelect, bindList } from '../database/lean-select.js';
import { type CarrierRef, loadCarrierRefs } from './facility-carriers.js';
import { FacilityEntity } from './facility.entity.js';

/**
 * Facility reads for the hot paths (GET by id, list pages, scoring inputs), without TypeORM's
 * query builder (see lean-select.ts), and with each facility's representation (its row and
 * its carriers) cached by revision.
 *
 * Why: a stored facility's category blocks are JSON documents, so reading a row means
 * materialising ~3 KB of text and parsing seven documents, and its carriers are a join; on
 * list pages and 10,000-facility rankings that was most of the time (BENCHMARKS.md).
 *
 * Why it is correct: every read still asks the database for the current (version, updatedAt)
 * of the facilities it wants, and uses a cached entry only when both match. Every change to a
 * facility's representation gives it a new version (the ETag relies on that too), including
 * its carrier links and a carrier's rename or removal (CarriersService touches the facilities
 * it serves). So a write through any instance makes every instance re-read, and a deleted
 * facility is never served. Entries are cached only when read outside a transaction, and on
 * SQLite only when its single connection had no transaction open during the read (nothing
 * uncommitted is cached). Cached objects are shared: callers must not modify them (writes
 * read their own rows, under a row lock).
 */

export interface Revision {
  id: string;
  version: number;
  updatedAt: string;
}

export interface FacilityRecord {
  facility: FacilityEntity;
  /** Sorted by name, then id. */
  carriers: CarrierRef[];
}

const rows = new LeanSelect(FacilityEntity);
const MAX_CACHED = 20_000;
const caches = new WeakMap<DataSource, Map<string, FacilityRecord>>();

function cacheOf(manager: EntityManager): Map<string, FacilityRecord> | undefined {
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
 * entries when they are at that revision, the others read now. A facility deleted meanwhile
 * is absent; one changed meanwhile comes back newer than asked, which is what callers want.
 */
export async function facilitiesAt(manager: EntityManager, wanted: readonly Revision[]): Promise<Map<string, FacilityRecord>> {
  const cache = cacheOf(manager);
  const found = new Map<string, FacilityRecord>();
  const stale: string[] = [];
  for (const { id, version, updatedAt } of wanted) {
    const cached = cache?.get(id);
    if (cached && cached.facility.version === Number(version) && cached.facility.updatedAt === updatedAt) found.set(id, cached);
    else stale.push(id);
  }
  if (stale.length === 0) return found;
  const dirtyBefore = sqliteInTransaction(manager);
  const read = await rows.whereIn(manager, 'id', stale);
  const carriers = await loadCarrierRefs(manager, read.map((f) => f.id));
  // Carriers read after the row can only be as new or newer: an entry that mixes two revisions
  // is stored under the older one, which the database no longer has, so it is never used.
  const cacheable = cache && !dirtyBefore && !sqliteInTransaction(manager);
  for (const facility of read) {
    const record = { facility, carriers: carriers.get(facility.id) ?? [] };
    found.set(facility.id, record);
    if (cacheable) {
      cache.delete(facility.id); // re-inserted last: the oldest entries go first when full
      cache.set(facility.id, record);
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
export async function findFacilities(manager: EntityManager, ids: readonly string[]): Promise<FacilityRecord[]> {
  return [...(await facilitiesAt(manager, await revisionsOf(manager, ids))).values()];
}

/** One facility by id (lower-case) with its carriers, or null. */
export async function findFacility(manager: EntityManager, id: string): Promise<FacilityRecord | null> {
  const [found] = await findFacilities(manager, [id]);
  return found ?? null;
}
