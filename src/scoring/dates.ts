/**
 * Date arithmetic for the scoring core. The current time is always passed in (never read
 * here), so a scorecard is a pure function of its inputs.
 */

export const DAY_MS = 86_400_000;

/**
 * One month as an average Gregorian month (365.25 / 12 = 30.4375 days). Report ages and
 * "older than 12 months" checks use it, so "12 months" is one average year.
 */
export const MONTH_MS = (DAY_MS * 365.25) / 12;

/**
 * Milliseconds since the epoch for an ISO-8601 date or timestamp, NaN when absent or invalid.
 * A timestamp without an offset is read as UTC: Date.parse would use the server's local time
 * zone and make the same data score differently on different machines.
 */
export function parseIsoDate(value: string | null | undefined): number {
  if (typeof value !== 'string' || value.length === 0) return Number.NaN;
  if (value.length > 10 && !hasZoneDesignator(value)) return Date.parse(`${value}Z`);
  return Date.parse(value);
}

function hasZoneDesignator(value: string): boolean {
  const last = value.charCodeAt(value.length - 1);
  if (last === 90 /* Z */ || last === 122 /* z */) return true;
  // An offset sign can only appear after the date part (YYYY-MM-DD is 10 characters).
  return value.indexOf('+', 10) !== -1 || value.indexOf('-', 10) !== -1;
}

/** Fractional months from `fromMs` to `toMs` (negative when `fromMs` is in the future). */
export function monthsBetween(fromMs: number, toMs: number): number {
  return (toMs - fromMs) / MONTH_MS;
}

/** YYYY-MM-DD (UTC) for messages. */
export function formatIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The epoch milliseconds of `now`, refusing an invalid Date rather than scoring with NaN. */
export function timeOf(now: Date): number {
  const ms = now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError('now must be a valid Date');
  return ms;
}
