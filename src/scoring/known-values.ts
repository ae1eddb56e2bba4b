/**
 * Guards for "is this value known?". The API may map database nulls to null rather than
 * leaving fields out, so null and undefined both mean unknown; so does a non-finite number
 * or a value outside its enum (bad data is not good data).
 */

export function isKnownNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Looks up `key` in a table of own properties only, so 'constructor' or '__proto__' miss. */
export function lookup<K extends string, V>(table: Readonly<Record<K, V>>, key: K | null | undefined): V | undefined {
  if (typeof key !== 'string' || !Object.hasOwn(table, key)) return undefined;
  return table[key];
}

/** Distinct non-empty strings in a small list, without allocating a Set. */
export function countDistinct(values: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'string' || value.length === 0) continue;
    let seen = false;
    for (let j = 0; j < i; j++) {
      if (values[j] === value) {
        seen = true;
        break;
      }
    }
    if (!seen) count++;
  }
  return count;
}
