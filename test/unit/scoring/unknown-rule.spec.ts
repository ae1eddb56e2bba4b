/**
 * The rule for unknown facility fields: an unknown costs points ("unknown is not good"), but
 * never more than the worst known value of the same field, and always more than the best
 * one (DOMAIN.md "Oversight": say what is missing instead of scoring it as fine).
 */
import { describe, expect, it } from 'vitest';
import {
  scoreClimate,
  scoreNetwork,
  scorePower,
  scoreRemoteHands,
  scoreSecurity,
  scoreSla,
  type CategoryResult,
  type FacilityData,
} from '../../../src/scoring/index.js';
import { facilityWith, monthsAgo, NOW } from './fixtures.js';

type Block = 'power' | 'network' | 'climate' | 'security' | 'remoteHands' | 'sla';
const scorers: Record<Block, (facility: FacilityData) => CategoryResult> = {
  power: (f) => scorePower(f, NOW),
  network: scoreNetwork,
  climate: scoreClimate,
  security: scoreSecurity,
  remoteHands: scoreRemoteHands,
  sla: scoreSla,
};

// [block, field, best known value, worst known value]
const FIELDS: [Block, string, unknown, unknown][] = [
  ['power', 'utilityFeeds', 2, 0],
  ['power', 'diverseSubstations', true, false],
  ['power', 'upsTechnology', 'lithium-ion', 'none'],
  ['power', 'upsRedundancy', '2N+1', 'N'],
  ['power', 'upsRuntimeMinutes', 15, 0],
  ['power', 'generatorCount', 2, 0],
  ['power', 'generatorRedundancy', '2N+1', 'N'],
  ['power', 'generatorFuelHours', 48, 0],
  ['power', 'generatorTestInterval', 'monthly', 'never'],
  ['power', 'lastLoadTestAt', monthsAgo(1), monthsAgo(60)],
  ['power', 'distribution', 'A+B', 'single'],
  ['power', 'monitored24x7', true, false],
  ['network', 'model', 'carrier-neutral', 'carrier-controlled'],
  ['network', 'carrierIds', ['a', 'b', 'c'], []],
  ['network', 'diverseFiberEntries', 2, 0],
  ['network', 'meetMeRooms', 2, 0],
  ['network', 'internetExchanges', ['IX'], []],
  ['climate', 'temperatureMin', 18, 5],
  ['climate', 'temperatureMax', 27, 40],
  ['climate', 'humidityMinPct', 25, 0],
  ['climate', 'humidityMaxPct', 60, 100],
  ['climate', 'maxSwingPerHour', 1, 20],
  ['climate', 'coolingRedundancy', '2N+1', 'N'],
  ['climate', 'monitored24x7', true, false],
  ['security', 'accessMethods', ['badge', 'biometric', 'mantrap'], []],
  ['security', 'layers', 5, 1],
  ['security', 'cctv', true, false],
  ['security', 'cctvRetentionDays', 90, 0],
  ['security', 'guards', '24x7', 'none'],
  ['security', 'cabinetLocks', 'electronic', 'none'],
  ['security', 'cagesAvailable', true, false],
  ['security', 'accessLogRetentionDays', 90, 0],
  ['security', 'packageHandling', 'held-securely', 'not-accepted'],
  ['remoteHands', 'availability', '24x7', 'none'],
  ['remoteHands', 'responseTimeMinutes', 15, 600],
  ['remoteHands', 'hourlyRate', 100, 1000],
  ['sla', 'powerUptimePct', 100, 90],
  ['sla', 'networkUptimePct', 100, 90],
  ['sla', 'creditPctPerHour', 5, 0],
];

describe('unknown facility fields', () => {
  it.each(FIELDS)('%s.%s: best known > unknown >= worst known', (block, field, best, worst) => {
    const score = (value: unknown) => scorers[block](facilityWith({ [block]: { [field]: value } })).score;
    const unknown = score(undefined);
    expect(score(best)).toBe(100);
    expect(unknown).toBeLessThan(100);
    expect(unknown).toBeGreaterThanOrEqual(score(worst));
  });
});
