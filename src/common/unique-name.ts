import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isUniqueViolation } from './database-errors.js';
import { ConflictProblem } from './problem-details.js';

/**
 * Writes a record whose `nameKey` must be unique: checks first for a clear 409, and maps the
 * database's unique violation to the same 409 when a concurrent writer wins the race.
 */
export async function writeWithUniqueName<E extends ObjectLiteral & { id: string; name: string; nameKey: string }>(
  manager: EntityManager,
  target: EntityTarget<E>,
  record: E,
  noun: string,
  write: () => Promise<unknown>,
): Promise<E> {
  const clash = await manager
    .getRepository(target)
    .createQueryBuilder('r')
    .where('r.nameKey = :key AND r.id <> :id', { key: record.nameKey, id: record.id })
    .getExists();
  if (clash) throw nameTaken(noun, record.name);
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(noun, record.name);
    throw error;
  }
  return record;
}

function nameTaken(noun: string, name: string): ConflictProblem {
  return new ConflictProblem(`A ${noun} named "${name}" already exists.`, [
    { field: 'name', message: `name is already used by another ${noun} (names are case-insensitive)` },
  ]);
}
