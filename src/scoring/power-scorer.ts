/**
 * Power: utility feeds, UPS, generators, distribution to the cabinet, monitoring
 * (DOMAIN.md "Power"). Impact sizes are ours; their order follows DOMAIN.md's redundancy
 * ladder and the "no single point of failure" rule from "High availability planning".
 * Best practice (score 100): two or more utility feeds from diverse substations, a UPS at
 * 2N+1 with >= 15 min runtime, >= 2 generators at 2N+1 with >= 48 h of fuel, tested monthly
 * and load-tested within 12 months, A+B distribution, 24x7 monitoring.
 */
import { formatMonths, monthsBetween, parseIsoDate } from './dates.js';
import { isKnownNumber, lookup } from './known-values.js';
import { MessageCache } from './message-cache.js';
import type { FacilityData, Redundancy, TestInterval } from './model.js';
import { ScoreSheet, type CategoryResult } from './score-sheet.js';

/** Strictly N < N+1 < N+2 < 2N < 2N+1, so every step up the ladder gains points. */
export const POWER_REDUNDANCY_IMPACT: Readonly<Record<Redundancy, number>> = {
  N: -30,
  'N+1': -12,
  'N+2': -8,
  '2N': -2,
  '2N+1': 0,
};

const UPS_REDUNDANCY_MESSAGE: Readonly<Record<Redundancy, string>> = {
  N: 'UPS is N: there is no spare, so one failed UPS module drops the load; N+1 adds a spare, 2N a second independent path.',
  'N+1': 'UPS is N+1: one spare module, but a single UPS path; 2N removes the single UPS path.',
  'N+2': 'UPS is N+2: two spare modules, but still a single UPS path; 2N removes the single UPS path.',
  '2N': 'UPS is 2N: two independent paths, but neither has a spare while the other is under maintenance; 2N+1 adds one.',
  '2N+1': '',
};

const GENERATOR_REDUNDANCY_MESSAGE: Readonly<Record<Redundancy, string>> = {
  N: 'Generators are N: if one fails to start in a grid outage, the site cannot carry its load.',
  'N+1': 'Generators are N+1: one spare, but a single generator path; 2N adds a second independent plant.',
  'N+2': 'Generators are N+2: two spares, but a single generator path; 2N adds a second independent plant.',
  '2N': 'Generators are 2N: two independent plants, but no spare in either while one is maintained; 2N+1 adds one.',
  '2N+1': '',
};

/** Monthly testing (or more often) is the common practice for standby generators. */
const TEST_INTERVAL_IMPACT: Readonly<Record<TestInterval, number>> = {
  weekly: 0,
  monthly: 0,
  quarterly: -4,
  annually: -8,
  never: -15,
};

// Messages embed the stated value; see message-cache.ts.
const RUNTIME_MESSAGE = new MessageCache(
  (minutes) =>
    `UPS runtime is ${minutes} minutes: little margin if a generator needs a second start attempt; 15 minutes or more is comfortable.`,
);
const FUEL_MESSAGE = new MessageCache(
  (hours) =>
    `Generators hold ${hours} hours of fuel at full load: a longer outage depends on deliveries arriving in time; 48 hours or more rides through most.`,
);

export function scorePower(facility: FacilityData, now: Date): CategoryResult {
  return scorePowerAt(facility, now.getTime());
}

export function scorePowerAt(facility: FacilityData, nowMs: number, keepFindings = true): CategoryResult {
  const power = facility.power ?? undefined;
  const sheet = new ScoreSheet(keepFindings);

  const feeds = power?.utilityFeeds;
  if (!isKnownNumber(feeds)) {
    sheet.unknown('power.utilityFeeds', 'power.utility.feeds.unknown', -6, 'The number of utility feeds is not known.');
  } else {
    sheet.known();
    if (feeds < 1) {
      sheet.lose('power.utility.feeds', -12, 'No utility feed is reported: the site depends entirely on its own generation.');
    } else if (feeds < 2) {
      sheet.lose('power.utility.feeds', -8, 'A single utility feed: a fault on that line puts the whole site on generators.');
    }
  }

  const substations = power?.diverseSubstations;
  if (typeof substations !== 'boolean') {
    sheet.unknown(
      'power.diverseSubstations',
      'power.utility.substations.unknown',
      -3,
      'Whether the utility feeds come from diverse substations is not known.',
    );
  } else {
    sheet.known();
    if (!substations) {
      sheet.lose(
        'power.utility.substations',
        -5,
        'The utility feeds share one substation: a substation fault takes out every feed at once.',
      );
    }
  }

  const technology = power?.upsTechnology;
  if (typeof technology !== 'string') {
    sheet.unknown('power.upsTechnology', 'power.ups.technology.unknown', -3, 'The UPS technology is not known.');
  } else {
    sheet.known();
    if (technology === 'none') {
      sheet.lose(
        'power.ups.technology',
        -40,
        'No UPS: any utility blip drops the load until the generators have started.',
      );
    }
  }

  scoreRedundancy(
    sheet,
    power?.upsRedundancy,
    'power.upsRedundancy',
    'power.ups.redundancy',
    'power.ups.redundancy.unknown',
    UPS_REDUNDANCY_MESSAGE,
    'UPS redundancy is not known.',
  );

  const runtime = power?.upsRuntimeMinutes;
  if (!isKnownNumber(runtime)) {
    sheet.unknown('power.upsRuntimeMinutes', 'power.ups.runtime.unknown', -5, 'UPS runtime at load is not known.');
  } else {
    sheet.known();
    const impact = runtime >= 15 ? 0 : runtime >= 10 ? -3 : runtime >= 5 ? -6 : -10;
    if (impact < 0) sheet.lose(
      'power.ups.runtime',
      impact,
      RUNTIME_MESSAGE.get(runtime),
    );
  }

  const generators = power?.generatorCount;
  if (!isKnownNumber(generators)) {
    sheet.unknown('power.generatorCount', 'power.generator.count.unknown', -10, 'The number of generators is not known.');
  } else {
    sheet.known();
    if (generators < 1) {
      sheet.lose('power.generator.count', -40, 'No on-site generator: a prolonged grid outage takes the site down.');
    } else if (generators < 2) {
      sheet.lose(
        'power.generator.count',
        -6,
        'A single generator is a single point of failure: if it fails to start, nothing else picks up the load.',
      );
    }
  }

  scoreRedundancy(
    sheet,
    power?.generatorRedundancy,
    'power.generatorRedundancy',
    'power.generator.redundancy',
    'power.generator.redundancy.unknown',
    GENERATOR_REDUNDANCY_MESSAGE,
    'Generator redundancy is not known.',
  );

  const fuel = power?.generatorFuelHours;
  if (!isKnownNumber(fuel)) {
    sheet.unknown(
      'power.generatorFuelHours',
      'power.generator.fuel.unknown',
      -8,
      'On-site generator fuel runtime is not known.',
    );
  } else {
    sheet.known();
    const impact = fuel >= 48 ? 0 : fuel >= 24 ? -4 : fuel >= 12 ? -10 : -18;
    if (impact < 0) sheet.lose(
      'power.generator.fuel',
      impact,
      FUEL_MESSAGE.get(fuel),
    );
  }

  const interval = power?.generatorTestInterval;
  const intervalImpact = lookup(TEST_INTERVAL_IMPACT, interval);
  if (intervalImpact === undefined) {
    sheet.unknown(
      'power.generatorTestInterval',
      'power.generator.testing.unknown',
      -6,
      'How often the generators are tested is not known.',
    );
  } else {
    sheet.known();
    if (intervalImpact < 0) sheet.lose(
      'power.generator.testing',
      intervalImpact,
      interval === 'never'
        ? 'The generators are never tested: nobody knows whether they start when the grid fails.'
        : `The generators are tested ${interval}: a fault can sit unnoticed for months; monthly testing is common practice.`,
    );
  }

  const loadTestMs = parseIsoDate(power?.lastLoadTestAt);
  if (Number.isNaN(loadTestMs)) {
    sheet.unknown(
      'power.lastLoadTestAt',
      'power.loadTest.unknown',
      -5,
      'No date for the last load test is known: the plant may never have carried the real load.',
    );
  } else {
    sheet.known();
    const age = monthsBetween(loadTestMs, nowMs);
    if (age > 12) {
      sheet.lose(
        'power.loadTest.stale',
        age > 24 ? -10 : -5,
        `The last load test was ${formatMonths(age)} ago: load changes since then are untested; test at least yearly.`,
      );
    }
  }

  const distribution = power?.distribution;
  if (distribution !== 'single' && distribution !== 'A+B') {
    sheet.unknown(
      'power.distribution',
      'power.distribution.unknown',
      -8,
      'Whether cabinets get a single feed or A+B feeds is not known.',
    );
  } else {
    sheet.known();
    if (distribution === 'single') {
      sheet.lose(
        'power.distribution',
        -15,
        'A single power feed to the cabinet: one breaker or PDU failure drops your equipment; A+B feeds remove that path.',
      );
    }
  }

  const monitored = power?.monitored24x7;
  if (typeof monitored !== 'boolean') {
    sheet.unknown('power.monitored24x7', 'power.monitoring.unknown', -3, 'Whether power is monitored 24x7 is not known.');
  } else {
    sheet.known();
    if (!monitored) {
      sheet.lose(
        'power.monitoring',
        -6,
        'Power is not monitored 24x7: a failed UPS module or breaker can go unnoticed until the next failure.',
      );
    }
  }

  return sheet.result();
}

function scoreRedundancy(
  sheet: ScoreSheet,
  level: Redundancy | null | undefined,
  field: string,
  code: string,
  unknownCode: string,
  messages: Readonly<Record<Redundancy, string>>,
  unknownMessage: string,
): void {
  const impact = lookup(POWER_REDUNDANCY_IMPACT, level);
  if (impact === undefined) {
    sheet.unknown(field, unknownCode, -15, unknownMessage);
    return;
  }
  sheet.known();
  if (impact < 0) sheet.lose(code, impact, messages[level!]);
}
