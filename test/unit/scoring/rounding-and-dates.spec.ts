import { describe, expect, it } from 'vitest';
import { roundMoney, roundRatio, roundScore, roundTo, roundWeight } from '../../../src/scoring/index.js';
import { formatMonths, monthsBetween, parseIsoDate } from '../../../src/scoring/dates.js';
import { formatMoney, formatNumber } from '../../../src/scoring/rounding.js';

describe('rounding', () => {
  it('rounds half away from zero, through binary noise', () => {
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
    expect(roundScore(82.69999999999999)).toBe(82.7);
    expect(roundMoney(1.005)).toBe(1.01); // 1.005 is 1.00499999999999989... in binary
    expect(roundMoney(0.285)).toBe(0.29);
    expect(roundScore(-2.25)).toBe(-2.3);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
  });

  it('never returns -0', () => {
    expect(Object.is(roundScore(-0.01), 0)).toBe(true);
  });

  it('has one helper per kind of output', () => {
    expect(roundWeight(1 / 7)).toBe(0.1429);
    expect(roundRatio(2 / 3)).toBe(0.67);
    expect(roundMoney(3674.999)).toBe(3675);
  });

  it('formats numbers and money for messages', () => {
    expect(formatNumber(8.760000000000007)).toBe('8.76');
    expect(formatMoney(75, 'USD')).toBe('75.00 USD');
    expect(formatMoney(1234.5, null)).toBe('1234.50');
    expect(formatMoney(-0.004, 'EUR')).toBe('0.00 EUR');
  });
});

describe('dates', () => {
  it('reads dates and timestamps as UTC', () => {
    expect(parseIsoDate('2025-06-15')).toBe(Date.UTC(2025, 5, 15));
    expect(parseIsoDate('2025-06-15T10:20:30Z')).toBe(Date.UTC(2025, 5, 15, 10, 20, 30));
    expect(parseIsoDate('2025-06-15T10:20:30.123Z')).toBe(Date.UTC(2025, 5, 15, 10, 20, 30, 123));
    expect(parseIsoDate('2025-06-15T10:20:30')).toBe(Date.UTC(2025, 5, 15, 10, 20, 30)); // no offset: UTC
    expect(parseIsoDate('2025-06-15T12:20:30+02:00')).toBe(Date.UTC(2025, 5, 15, 10, 20, 30));
    expect(parseIsoDate('1969-12-31')).toBe(-86_400_000);
  });

  it('treats absent, malformed and impossible dates as unknown (NaN)', () => {
    for (const value of [undefined, null, '', 'soon', '2023-02-29', '2025-13-01', '2025-06-15T25:00:00Z']) {
      expect(parseIsoDate(value as string | undefined)).toBeNaN();
    }
    expect(parseIsoDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });

  it('measures months as average Gregorian months (30.4375 days)', () => {
    expect(monthsBetween(parseIsoDate('2024-06-15'), parseIsoDate('2025-06-15'))).toBeCloseTo(365 / 30.4375, 10);
    expect(formatMonths(1.9)).toBe('1 month');
    expect(formatMonths(14.2)).toBe('14 months');
  });
});

describe('formatIsoDay', () => {
  it('prints the UTC calendar day, the inverse of parseIsoDate', async () => {
    const { formatIsoDay } = await import('../../../src/scoring/dates.js');
    for (const day of ['1969-12-31', '1970-01-01', '2000-02-29', '2024-02-29', '2025-06-15', '2100-03-01', '0001-01-01']) {
      expect(formatIsoDay(parseIsoDate(day))).toBe(day);
    }
    expect(formatIsoDay(Date.UTC(2025, 5, 15, 23, 59, 59))).toBe('2025-06-15');
    for (let ms = Date.UTC(1990, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 86_400_000 * 13 + 3_600_000) {
      expect(formatIsoDay(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
    }
  });
});
