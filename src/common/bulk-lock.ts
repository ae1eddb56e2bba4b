import type { EntityManager } from 'typeorm';

/**
 * For operations that read many tables and then write them in one transaction (imports):
 * holds off every other writer until the transaction ends, so what was compared is what gets
 * written. Readers carry on.
 *
 * - PostgreSQL: SHARE ROW EXCLUSIVE conflicts with the row-exclusive lock that every INSERT,
 *   UPDATE and DELETE takes, and with itself, but not with SELECT.
 * - SQLite: one writer at a time anyway; a no-op write takes the write lock now (as BEGIN
 *   IMMEDIATE would), so another process waits through its busy timeout instead of failing on
 *   a stale snapshot later.
 */
export async function lockForBulkWrite(manager: EntityManager, tables: readonly string[]): Promise<void> {
  if (manager.dataSource.driver.options.type === 'postgres') {
    await manager.query(`LOCK TABLE ${tables.map((t) => `"${t}"`).join(', ')} IN SHARE ROW EXCLUSIVE MODE`);
    return;
  }
  await manager.query(`UPDATE "${tables[0]}" SET "id" = "id" WHERE 1 = 0`);
}
