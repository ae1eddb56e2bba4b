/**
 * Rounding for outputs only. The maths keeps full precision; these helpers turn the final
 * numbers into the values a person reads, without binary noise such as 82.69999999999999.
 */

/**
 * Rounds half away from zero to `decimals` places. The tiny relative nudge makes a value that
 * is a binary approximation of a decimal half (28.499999999999996 for 28.5) round like the
 * decimal it stands for; dividing the integer by a power of ten then yields the double whose
 * shortest printout is the intended decimal.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = POWERS_OF_TEN[decimals] ?? 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor * (1 + 1e-12));
  if (rounded === 0) return 0; // never -0
  return (value < 0 ? -rounded : rounded) / factor;
}

const POWERS_OF_TEN = [1, 10, 100, 1000, 10000, 100000, 1000000];

/** Scores, impacts and overall: 0.1-point resolution. */
export function roundScore(value: number): number {
  return roundTo(value, 1);
}

/** Money: cents (2 decimals). */
export function roundMoney(value: number): number {
  return roundTo(value, 2);
}

/** Normalised category weights: 4 decimals, enough to show 1/7 as 0.1429. */
export function roundWeight(value: number): number {
  return roundTo(value, 4);
}

/** Ratios such as confidence (0..1): 2 decimals. */
export function roundRatio(value: number): number {
  return roundTo(value, 2);
}

/** A computed number for a message: at most `maxDecimals`, no trailing zeros. */
export function formatNumber(value: number, maxDecimals = 2): string {
  return String(roundTo(value, maxDecimals));
}

/** Money for a message: always two decimals, then the currency code when known. */
export function formatMoney(amount: number, currency: string | null | undefined): string {
  // Integer cents by hand: Number#toFixed is slow, and this runs on the scoring hot path.
  const cents = Math.round(roundMoney(Math.abs(amount)) * 100);
  const whole = Math.floor(cents / 100);
  const fraction = cents - whole * 100;
  const text = `${amount < 0 && cents > 0 ? '-' : ''}${whole}.${fraction < 10 ? '0' : ''}${fraction}`;
  return currency ? `${text} ${currency}` : text;
}
