/**
 * Climate at the IT equipment inlet against ASHRAE TC 9.9 (DOMAIN.md "Climate"): recommended
 * 18-27 C, allowable A1 15-32 C and 8-80 % RH, recommended up to 60 % RH; swings under 5 C per
 * hour. Each bound is scored on its own side (a low minimum, a high maximum), so raising a
 * minimum or lowering a maximum never costs points. Best practice (score 100): 18-27 C,
 * 25-60 % RH, swings under 5 C/h, cooling 2N+1, 24x7 monitoring.
 */
import { isKnownNumber, lookup } from './known-values.js';
import { MessageCache } from './message-cache.js';
import type { FacilityData, Redundancy } from './model.js';
import { ScoreSheet, type CategoryResult } from './score-sheet.js';

/** DOMAIN.md: ASHRAE recommended envelope 18-27 C; allowable class A1 15-32 C. */
export const ASHRAE_RECOMMENDED_C = { min: 18, max: 27 } as const;
export const ASHRAE_A1_ALLOWABLE_C = { min: 15, max: 32 } as const;
/** DOMAIN.md: A1 allowable 8-80 % RH; recommended up to 60 % RH. */
export const ASHRAE_A1_ALLOWABLE_RH = { min: 8, max: 80 } as const;
/**
 * ASHRAE's recommended lower moisture limit is a 5.5 C dew point (DOMAIN.md), not an RH. At
 * 27 C, the warm end of the recommended envelope, that dew point is about 25 % RH (Magnus
 * formula), so a stated minimum below 25 % RH is below the recommended envelope at any
 * recommended temperature (ours: the most permissive RH reading of the dew-point limit).
 */
export const ASHRAE_RECOMMENDED_RH = { min: 25, max: 60 } as const;
/** DOMAIN.md: rate-of-change guidance under 5 C per hour. */
export const MAX_SWING_C_PER_HOUR = 5;

export const COOLING_REDUNDANCY_IMPACT: Readonly<Record<Redundancy, number>> = {
  N: -25,
  'N+1': -10,
  'N+2': -6,
  '2N': -2,
  '2N+1': 0,
};

const COOLING_MESSAGE: Readonly<Record<Redundancy, string>> = {
  N: 'Cooling is N: one failed cooling unit and the room overheats.',
  'N+1': 'Cooling is N+1: one spare unit, but a single cooling path; 2N adds a second independent path.',
  'N+2': 'Cooling is N+2: two spare units, but a single cooling path; 2N adds a second independent path.',
  '2N': 'Cooling is 2N: two independent paths, but no spare in either while one is maintained; 2N+1 adds one.',
  '2N+1': '',
};

// Messages embed the measured value; see message-cache.ts.
const MIN_BELOW_ALLOWABLE = new MessageCache((t) => `Inlet temperature can drop to ${t} C, below the ASHRAE A1 allowable 15 C.`);
const MIN_BELOW_RECOMMENDED = new MessageCache((t) => `Inlet temperature can drop to ${t} C, below the ASHRAE recommended 18 C.`);
const MAX_ABOVE_ALLOWABLE = new MessageCache((t) =>
  `Inlet temperature can reach ${t} C, above the ASHRAE A1 allowable 32 C: expect throttling and failures.`);
const MAX_ABOVE_RECOMMENDED = new MessageCache((t) => `Inlet temperature can reach ${t} C, above the ASHRAE recommended 27 C.`);
const HUMIDITY_BELOW_ALLOWABLE = new MessageCache((h) =>
  `Humidity can fall to ${h} % RH, below the ASHRAE A1 allowable 8 %: static discharge can damage hardware.`);
const HUMIDITY_BELOW_RECOMMENDED = new MessageCache((h) =>
  `Humidity can fall to ${h} % RH, drier than the ASHRAE recommended moisture range: more static risk.`);
const HUMIDITY_ABOVE_ALLOWABLE = new MessageCache((h) =>
  `Humidity can reach ${h} % RH, above the ASHRAE A1 allowable 80 %: condensation and corrosion risk.`);
const HUMIDITY_ABOVE_RECOMMENDED = new MessageCache((h) => `Humidity can reach ${h} % RH, above the ASHRAE recommended 60 %.`);
const SWING_FAR_ABOVE = new MessageCache((c) =>
  `Inlet temperature can swing ${c} C per hour, twice the 5 C/h guidance or more: thermal cycling wears hardware.`);
const SWING_ABOVE = new MessageCache((c) => `Inlet temperature can swing ${c} C per hour; guidance is under 5 C/h.`);

export function scoreClimate(facility: FacilityData, keepFindings = true): CategoryResult {
  const climate = facility.climate ?? undefined;
  const sheet = new ScoreSheet(keepFindings);

  const tMin = climate?.temperatureMin;
  if (!isKnownNumber(tMin)) {
    sheet.unknown(
      'climate.temperatureMin',
      'climate.temperature.min.unknown',
      -6,
      'The lowest inlet temperature the site allows is not known.',
    );
  } else {
    sheet.known();
    if (tMin < ASHRAE_A1_ALLOWABLE_C.min) {
      sheet.lose(
        'climate.temperature.min',
        -15,
        MIN_BELOW_ALLOWABLE.get(tMin),
      );
    } else if (tMin < ASHRAE_RECOMMENDED_C.min) {
      sheet.lose(
        'climate.temperature.min',
        -5,
        MIN_BELOW_RECOMMENDED.get(tMin),
      );
    }
  }

  const tMax = climate?.temperatureMax;
  if (!isKnownNumber(tMax)) {
    sheet.unknown(
      'climate.temperatureMax',
      'climate.temperature.max.unknown',
      -8,
      'The highest inlet temperature the site allows is not known.',
    );
  } else {
    sheet.known();
    if (tMax > ASHRAE_A1_ALLOWABLE_C.max) {
      sheet.lose(
        'climate.temperature.max',
        -20,
        MAX_ABOVE_ALLOWABLE.get(tMax),
      );
    } else if (tMax > ASHRAE_RECOMMENDED_C.max) {
      sheet.lose(
        'climate.temperature.max',
        -8,
        MAX_ABOVE_RECOMMENDED.get(tMax),
      );
    }
  }

  const hMin = climate?.humidityMinPct;
  if (!isKnownNumber(hMin)) {
    sheet.unknown('climate.humidityMinPct', 'climate.humidity.min.unknown', -5, 'The lowest relative humidity is not known.');
  } else {
    sheet.known();
    if (hMin < ASHRAE_A1_ALLOWABLE_RH.min) {
      sheet.lose(
        'climate.humidity.min',
        -12,
        HUMIDITY_BELOW_ALLOWABLE.get(hMin),
      );
    } else if (hMin < ASHRAE_RECOMMENDED_RH.min) {
      sheet.lose(
        'climate.humidity.min',
        -4,
        HUMIDITY_BELOW_RECOMMENDED.get(hMin),
      );
    }
  }

  const hMax = climate?.humidityMaxPct;
  if (!isKnownNumber(hMax)) {
    sheet.unknown('climate.humidityMaxPct', 'climate.humidity.max.unknown', -5, 'The highest relative humidity is not known.');
  } else {
    sheet.known();
    if (hMax > ASHRAE_A1_ALLOWABLE_RH.max) {
      sheet.lose(
        'climate.humidity.max',
        -12,
        HUMIDITY_ABOVE_ALLOWABLE.get(hMax),
      );
    } else if (hMax > ASHRAE_RECOMMENDED_RH.max) {
      sheet.lose(
        'climate.humidity.max',
        -4,
        HUMIDITY_ABOVE_RECOMMENDED.get(hMax),
      );
    }
  }

  const swing = climate?.maxSwingPerHour;
  if (!isKnownNumber(swing)) {
    sheet.unknown(
      'climate.maxSwingPerHour',
      'climate.swing.unknown',
      -6,
      'How fast the inlet temperature can change is not known.',
    );
  } else {
    sheet.known();
    if (swing >= 2 * MAX_SWING_C_PER_HOUR) {
      sheet.lose(
        'climate.swing',
        -15,
        SWING_FAR_ABOVE.get(swing),
      );
    } else if (swing >= MAX_SWING_C_PER_HOUR) {
      sheet.lose(
        'climate.swing',
        -8,
        SWING_ABOVE.get(swing),
      );
    }
  }

  const cooling = climate?.coolingRedundancy;
  const coolingImpact = lookup(COOLING_REDUNDANCY_IMPACT, cooling);
  if (coolingImpact === undefined) {
    sheet.unknown('climate.coolingRedundancy', 'climate.cooling.redundancy.unknown', -12, 'Cooling redundancy is not known.');
  } else {
    sheet.known();
    if (coolingImpact < 0) sheet.lose('climate.cooling.redundancy', coolingImpact, COOLING_MESSAGE[cooling!]);
  }

  const monitored = climate?.monitored24x7;
  if (typeof monitored !== 'boolean') {
    sheet.unknown(
      'climate.monitored24x7',
      'climate.monitoring.unknown',
      -4,
      'Whether temperature and humidity are monitored 24x7 is not known.',
    );
  } else {
    sheet.known();
    if (!monitored) {
      sheet.lose(
        'climate.monitoring',
        -8,
        'Climate is not monitored 24x7: a failing cooling unit can overheat cabinets before anyone notices.',
      );
    }
  }

  return sheet.result();
}
