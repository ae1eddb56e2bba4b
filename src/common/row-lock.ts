import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { assertVersion, type IfMatchVersions } from './etag.js';
import { NotFoundProblem } from './problem-details.js';

/**
 * Reads a record inside a transaction for a read-modify-write (update, or a delete that checks
 * first), holding it against concurrent writers until the transaction ends, so two edits of one
 * record, from one instance or several, run one after the other instead of the later `save`
 * silently overwriting the earlier one (a lost update, and a version counted once for two edits).
 *
 * - PostgreSQL: `SELECT ... FOR UPDATE`. A second writer waits at this read and then sees the
 *   committed row (READ COMMITTED re-reads it). FOR UPDATE rather than FOR NO KEY UPDATE so a
 *   delete also holds off inserts whose foreign keys point at the row.
 * - SQLite has no row locks: one transaction writes the whole database at a time. A no-op write
 *   first takes the write lock before reading (what BEGIN IMMEDIATE does), so a writer in another
 *   process waits through the busy timeout instead of failing on a stale read snapshot.
 *
 * Every service path that reads a record in order to change it takes it through here.
 */
export async function findForUpdate<E extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<E>,
  id: string,
): Promise<E | null> {
  const where = { id } as FindOptionsWhere<E>;
  if (manager.dataSource.driver.options.type === 'postgres') {
    return manager.findOne(target, { where, lock: { mode: 'pessimistic_write' } });
  }
  await manager
    .createQueryBuilder()
    .update(target)
    .set({ version: () => 'version' } as never)
    .where('id = :id', { id })
    .execute();
  return manager.findOneBy(target, where);
}

/**
 * Locks a record for a change: 404 when it does not exist, 412 when the client's If-Match
 * version is not the current one. Checked under the lock, so the answer cannot go stale.
 */
export async function lockForChange<E extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<E>,
  id: string,
  noun: string,
  ifMatch?: IfMatchVersions,
): Promise<E> {
  const record = await findForUpdate(manager, target, id);
  if (!record) throw new NotFoundProblem(noun, id);
  assertVersion(record.version, ifMatch);
  return record;
}
