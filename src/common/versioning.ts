import { nowIso } from './time.js';

/** A record's stored content, without the two fields a change itself moves. */
export function contentOf(record: object): string {
  const { version: _version, updatedAt: _updatedAt, ...content } = record as Record<string, unknown>;
  return JSON.stringify(content);
}

/**
 * A new version only when the content really changed (`before` is `contentOf` the record as
 * read), or when `alsoChanged` says linked rows did: a PATCH that sends what is already stored
 * moves neither the version nor the ETag, so "changed since" means changed.
 */
export function markChanged(record: { version: number; updatedAt: string }, before: string, alsoChanged = false): boolean {
  if (!alsoChanged && contentOf(record) === before) return false;
  record.version += 1;
  record.updatedAt = nowIso();
  return true;
}

/** Two id lists holding the same ids, in any order. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}
