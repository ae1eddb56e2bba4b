/**
 * Remote hands: can someone act for you at 2 a.m., how fast, and what does a short incident
 * really cost once minimums and billing increments apply (DOMAIN.md "Remote hands").
 * Best practice (score 100): 24x7, response within 15 minutes, a 10-minute incident costing
 * 50 or less (e.g. 200/h billed in 15-minute steps). Money thresholds are compared in the
 * facility's own currency: the core does no exchange-rate conversion.
 * Included minutes are not scored here (they are a bundle, not the price of the next
 * incident); the cost category counts them.
 */
import { isKnownNumber, lookup } from './known-values.js';
import { MessageCache } from './message-cache.js';
import type { FacilityData, RemoteHandsAvailability } from './model.js';
import { incidentCost, TYPICAL_SHORT_INCIDENT_MINUTES, billedMinutes } from './remote-hands-billing.js';
import { formatMoney } from './rounding.js';
import { ScoreSheet, type CategoryResult } from './score-sheet.js';

/**
 * 'none' must cost more than business hours plus the worst response time and incident cost
 * (-15 - 15 - 12 = -42), because with no service those two are not scored at all; otherwise
 * starting to offer remote hands could lower the score.
 */
export const AVAILABILITY_IMPACT: Readonly<Record<RemoteHandsAvailability, number>> = {
  none: -60,
  'business-hours': -15,
  '24x7': 0,
};

const INCIDENT_COST_FIELDS = [
  'remoteHands.hourlyRate',
  'remoteHands.minimumBillableMinutes',
  'remoteHands.billingIncrementMinutes',
] as const;

// The message embeds the stated value; see message-cache.ts.
const RESPONSE_MESSAGE = new MessageCache(
  (minutes) => `Remote hands commit to respond within ${minutes} minutes: an outage lasts at least that long.`,
);

export function scoreRemoteHands(facility: FacilityData, keepFindings = true): CategoryResult {
  const hands = facility.remoteHands ?? undefined;
  const sheet = new ScoreSheet(keepFindings);

  const availability = hands?.availability;
  const availabilityImpact = lookup(AVAILABILITY_IMPACT, availability);
  if (availabilityImpact === undefined) {
    sheet.unknown(
      'remoteHands.availability',
      'remoteHands.availability.unknown',
      -20,
      'Whether remote hands are available, and when, is not known.',
    );
  } else {
    sheet.known();
    if (availability === 'none') {
      sheet.lose(
        'remoteHands.availability',
        availabilityImpact,
        'No remote hands: every reboot, cable swap or disk replacement needs your own staff on site.',
      );
      // Response time and price describe a service that does not exist: not scored.
      return sheet.result();
    }
    if (availability === 'business-hours') {
      sheet.lose(
        'remoteHands.availability',
        availabilityImpact,
        'Remote hands only in business hours: a failure at 2 a.m. waits until morning.',
      );
    }
  }

  const response = hands?.responseTimeMinutes;
  if (!isKnownNumber(response)) {
    sheet.unknown(
      'remoteHands.responseTimeMinutes',
      'remoteHands.response.unknown',
      -6,
      'The committed response time for remote hands is not known.',
    );
  } else {
    sheet.known();
    const impact = response <= 15 ? 0 : response <= 30 ? -3 : response <= 60 ? -6 : response <= 120 ? -10 : -15;
    if (impact < 0) {
      sheet.lose(
        'remoteHands.response',
        impact,
        RESPONSE_MESSAGE.get(response),
      );
    }
  }

  const rate = hands?.hourlyRate;
  const minimum = hands?.minimumBillableMinutes;
  const increment = hands?.billingIncrementMinutes;
  const rateKnown = isKnownNumber(rate);
  const minimumKnown = isKnownNumber(minimum);
  const incrementKnown = isKnownNumber(increment);
  if (rateKnown && minimumKnown && incrementKnown) {
    sheet.known();
    sheet.known();
    sheet.known();
    const cost = incidentCost(rate, TYPICAL_SHORT_INCIDENT_MINUTES, minimum, increment);
    const impact = cost <= 50 ? 0 : cost <= 100 ? -4 : cost <= 200 ? -8 : -12;
    if (impact < 0) {
      const billed = billedMinutes(TYPICAL_SHORT_INCIDENT_MINUTES, minimum, increment);
      sheet.lose(
        'remoteHands.incidentCost',
        impact,
        `A ${TYPICAL_SHORT_INCIDENT_MINUTES}-minute reboot is billed as ${billed} minutes at ${rate}/h: ${formatMoney(cost, hands?.currency)}.`,
      );
    }
  } else {
    const missing: string[] = [];
    if (!rateKnown) missing.push(INCIDENT_COST_FIELDS[0]);
    if (!minimumKnown) missing.push(INCIDENT_COST_FIELDS[1]);
    if (!incrementKnown) missing.push(INCIDENT_COST_FIELDS[2]);
    sheet.unknownMany(
      missing,
      3 - missing.length,
      'remoteHands.incidentCost.unknown',
      -6,
      'The cost of a short remote-hands incident cannot be worked out: the hourly rate, minimum billable time or billing increment is not known.',
    );
  }

  return sheet.result();
}
