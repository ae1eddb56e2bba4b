/**
 * SLAs: the uptime the provider commits to for power and network, and the credit it pays
 * when it misses (DOMAIN.md "SLAs": credits are a remedy, not a guarantee). Downtime in
 * messages uses a 365-day year. Best practice (score 100): 100 % power and network SLAs and a
 * credit of at least 5 % of the monthly fee per hour of outage.
 */
import { isKnownNumber } from './known-values.js';
import { MessageCache } from './message-cache.js';
import type { FacilityData } from './model.js';
import { formatNumber } from './rounding.js';
import { ScoreSheet, type CategoryResult } from './score-sheet.js';

const HOURS_PER_YEAR = 365 * 24;

/** Points lost for an SLA percentage; each step is a tenfold change in allowed downtime. */
export function slaImpact(pct: number): number {
  if (pct >= 100) return 0;
  if (pct >= 99.999) return -2;
  if (pct >= 99.99) return -6;
  if (pct >= 99.95) return -12;
  if (pct >= 99.9) return -18;
  if (pct >= 99) return -28;
  return -40;
}

/** "8.76 hours" or "52.56 minutes" of allowed outage per 365-day year. */
export function allowedDowntimePerYear(pct: number): string {
  const hours = ((100 - pct) / 100) * HOURS_PER_YEAR;
  return hours >= 1 ? `${formatNumber(hours)} hours` : `${formatNumber(hours * 60)} minutes`;
}

const POWER_SLA_MESSAGE = new MessageCache((pct) => uptimeMessage('Power', pct));
const NETWORK_SLA_MESSAGE = new MessageCache((pct) => uptimeMessage('Network', pct));

function uptimeMessage(what: string, pct: number): string {
  return `${what} SLA is ${pct} %: up to ${allowedDowntimePerYear(pct)} of outage a year before any credit is owed.`;
}

export function scoreSla(facility: FacilityData, keepFindings = true): CategoryResult {
  const sla = facility.sla ?? undefined;
  const sheet = new ScoreSheet(keepFindings);

  scoreUptime(
    sheet,
    sla?.powerUptimePct,
    'sla.powerUptimePct',
    'sla.power',
    'sla.power.unknown',
    POWER_SLA_MESSAGE,
    'The power uptime SLA is not known.',
  );
  scoreUptime(
    sheet,
    sla?.networkUptimePct,
    'sla.networkUptimePct',
    'sla.network',
    'sla.network.unknown',
    NETWORK_SLA_MESSAGE,
    'The network uptime SLA is not known.',
  );

  const credit = sla?.creditPctPerHour;
  if (!isKnownNumber(credit)) {
    sheet.unknown('sla.creditPctPerHour', 'sla.credit.unknown', -3, 'The service credit for a missed SLA is not known.');
  } else {
    sheet.known();
    if (credit <= 0) {
      sheet.lose('sla.credit', -6, 'No service credit: missing the SLA costs the provider nothing.');
    } else if (credit < 5) {
      sheet.lose(
        'sla.credit',
        -3,
        `The credit is ${credit} % of the monthly fee per hour of outage: too small to change the provider's priorities.`,
      );
    }
  }

  return sheet.result();
}

function scoreUptime(
  sheet: ScoreSheet,
  pct: number | null | undefined,
  field: string,
  code: string,
  unknownCode: string,
  messages: MessageCache,
  unknownMessage: string,
): void {
  if (!isKnownNumber(pct)) {
    sheet.unknown(field, unknownCode, -18, unknownMessage);
    return;
  }
  sheet.known();
  const impact = slaImpact(pct);
  if (impact < 0) sheet.lose(code, impact, messages.get(pct));
}
