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
 * The common shapes (YYYY-MM-DD and toISOString()'s YYYY-MM-DDTHH:mm:ss[.sss]Z) are read by
 * hand: scoring parses several dates per facility and Date.parse dominated the profile. A
 * date-only value must be a real calendar date (Date.parse would roll 2024-02-30 over to
 * March). Other shapes go to Date.parse; a timestamp without an offset is read as UTC there,
 * because Date.parse would use the server's time zone and make the same data score
 * differently on different machines.
 */
export function parseIsoDate(value: string | null | undefined): number {
  if (typeof value !== 'string') return Number.NaN;
  const length = value.length;
  if (length === 10 || ((length === 20 || length === 24) && value.charCodeAt(length - 1) === 90 /* Z */)) {
    const fast = parseCommonShape(value, length);
    if (fast !== undefined) return fast;
  }
  if (length === 0) return Number.NaN;
  if (length > 10 && !hasZoneDesignator(value)) return Date.parse(`${value}Z`);
  return Date.parse(value);
}

/** undefined: not this shape, let Date.parse decide; NaN: this shape but not a real date. */
function parseCommonShape(value: string, length: number): number | undefined {
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 0 || day < 0 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  const dayMs = daysFromCivil(year, month, day) * DAY_MS;
  if (length === 10) return dayMs;
  if (value.charCodeAt(10) !== 84 /* T */ || value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return undefined;
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  let millis = 0;
  if (length === 24) {
    if (value.charCodeAt(19) !== 46 /* . */) return undefined;
    millis = digits(value, 20, 3);
  }
  if (hour < 0 || minute < 0 || second < 0 || millis < 0) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  return dayMs + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
}

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The decimal number in value[start, start + count), or -1 if any character is not a digit. */
function digits(value: string, start: number, count: number): number {
  let result = 0;
  for (let i = start; i < start + count; i++) {
    const code = value.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    result = result * 10 + code;
  }
  return result;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
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

/** YYYY-MM-DD (UTC) for messages; by hand, as Date#toISOString showed in profiles. */
export function formatIsoDay(ms: number): string {
  // H. Hinnant's civil_from_days, the inverse of daysFromCivil.
  const z = Math.floor(ms / DAY_MS) + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const yyyy = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${yyyy}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The epoch milliseconds of `now`, refusing an invalid Date rather than scoring with NaN. */
export function timeOf(now: Date): number {
  const ms = now instanceof Date ? now.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError('now must be a valid Date');
  return ms;
}

/** "1 month", "14 months": whole months elapsed, for messages. */
export function formatMonths(months: number): string {
  const whole = Math.floor(months);
  return whole === 1 ? '1 month' : `${whole} months`;
}
