/**
 * How remote hands are billed (DOMAIN.md "Remote hands"): an incident costs
 * rate x max(minimum billable time, duration rounded up to the billing increment).
 * DOMAIN.md's example: a 10-minute reboot at 150/h with a 30-minute minimum costs 75.
 */

/** DOMAIN.md's example of a short incident: a 10-minute reboot (ours: used as "typical"). */
export const TYPICAL_SHORT_INCIDENT_MINUTES = 10;

/**
 * Minutes billed for one incident. An increment of 0 (or less) means per-minute billing
 * without rounding. Halving the increment never bills more, but an arbitrary smaller
 * increment can (10 min at 8-min steps bills 16, at 15-min steps 15).
 */
export function billedMinutes(durationMinutes: number, minimumBillableMinutes: number, incrementMinutes: number): number {
  const duration = durationMinutes > 0 ? durationMinutes : 0;
  // The epsilon keeps 0.3 / 0.1 = 2.9999999999999996 from rounding up to 4 increments.
  const rounded = incrementMinutes > 0 ? Math.ceil(duration / incrementMinutes - 1e-9) * incrementMinutes : duration;
  return rounded > minimumBillableMinutes ? rounded : minimumBillableMinutes;
}

/** Cost of one incident: the hourly rate times the billed minutes. */
export function incidentCost(
  hourlyRate: number,
  durationMinutes: number,
  minimumBillableMinutes: number,
  incrementMinutes: number,
): number {
  return (hourlyRate * billedMinutes(durationMinutes, minimumBillableMinutes, incrementMinutes)) / 60;
}
