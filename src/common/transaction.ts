import type { DataSource, EntityManager } from 'typeorm';

/** Joins the caller's transaction when given one (e.g. the demo seed), else opens its own. */
export function inTransaction<T>(
  dataSource: DataSource,
  manager: EntityManager | undefined,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return manager ? work(manager) : dataSource.transaction(work);
}
