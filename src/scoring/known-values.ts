/**
 * Guards for "is this value known?". The API may map database nulls to null rather than
 * leaving fields out, so null and undefined both mean unknown; so does a non-finite number
 * or a value outside its enum (bad data is not good data).
 */

export function isKnownNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * The number `table` holds for `key`, or undefined when `key` is not one of its keys. Only
 * number-valued tables: inherited members ('constructor', '__proto__', 'toString') are never
 * numbers, so bad data cannot hit them, and no own-property check is needed on the hot path.
 */
export function lookup<K extends string>(table: Readonly<Record<K, number>>, key: K | null | undefined): number | undefined {
  if (typeof key !== 'string') return undefined;
  const value: unknown = table[key];
  return typeof value === 'number' ? value : undefined;
}

/**
 * Distinct non-empty strings in a small list, without allocating a Set. With `enough`, stops
 * counting once that many are found: a scorer that only asks "fewer than three?" need not
 * compare a dozen carrier ids with each other.
 */
export function countDistinct(values: readonly string[], enough = Number.POSITIVE_INFINITY): number {
  let count = 0;
  for (let i = 0; i < values.length && count < enough; i++) {
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
