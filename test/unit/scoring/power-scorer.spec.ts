import { describe, expect, it } from 'vitest';
import { REDUNDANCY_LEVELS, scorePower, type PowerData } from '../../../src/scoring/index.js';
import { bestPracticeFacility, codesAndImpacts, facilityWith, findingOf, monthsAgo, NOW, unknownFacility } from './fixtures.js';

function scoreWith(power: Partial<PowerData> | Record<string, unknown>) {
  return scorePower(facilityWith({ power: power as Partial<PowerData> }), NOW);
}

describe('scorePower', () => {
  it('gives a best-practice facility exactly 100 with nothing missing', () => {
    const result = scorePower(bestPracticeFacility(), NOW);
    expect(result).toMatchObject({ score: 100, findings: [], missing: [], knownFields: 12, scoredFields: 12 });
  });

  it.each([
    [{ utilityFeeds: 1 }, 'power.utility.feeds', -8],
    [{ utilityFeeds: 0 }, 'power.utility.feeds', -12],
    [{ diverseSubstations: false }, 'power.utility.substations', -5],
    [{ upsTechnology: 'none' }, 'power.ups.technology', -40],
    [{ upsRedundancy: 'N' }, 'power.ups.redundancy', -30],
    [{ upsRedundancy: 'N+1' }, 'power.ups.redundancy', -12],
    [{ upsRedundancy: 'N+2' }, 'power.ups.redundancy', -8],
    [{ upsRedundancy: '2N' }, 'power.ups.redundancy', -2],
    [{ upsRuntimeMinutes: 12 }, 'power.ups.runtime', -3],
    [{ upsRuntimeMinutes: 7 }, 'power.ups.runtime', -6],
    [{ upsRuntimeMinutes: 2 }, 'power.ups.runtime', -10],
    [{ generatorCount: 0 }, 'power.generator.count', -40],
    [{ generatorCount: 1 }, 'power.generator.count', -6],
    [{ generatorRedundancy: 'N' }, 'power.generator.redundancy', -30],
    [{ generatorRedundancy: 'N+1' }, 'power.generator.redundancy', -12],
    [{ generatorRedundancy: 'N+2' }, 'power.generator.redundancy', -8],
    [{ generatorRedundancy: '2N' }, 'power.generator.redundancy', -2],
    [{ generatorFuelHours: 36 }, 'power.generator.fuel', -4],
    [{ generatorFuelHours: 12 }, 'power.generator.fuel', -10],
    [{ generatorFuelHours: 8 }, 'power.generator.fuel', -18],
    [{ generatorTestInterval: 'quarterly' }, 'power.generator.testing', -4],
    [{ generatorTestInterval: 'annually' }, 'power.generator.testing', -8],
    [{ generatorTestInterval: 'never' }, 'power.generator.testing', -15],
    [{ lastLoadTestAt: monthsAgo(18) }, 'power.loadTest.stale', -5],
    [{ lastLoadTestAt: monthsAgo(30) }, 'power.loadTest.stale', -10],
    [{ distribution: 'single' }, 'power.distribution', -15],
    [{ monitored24x7: false }, 'power.monitoring', -6],
  ])('%o loses points under %s (%d)', (power, code, impact) => {
    const result = scoreWith(power);
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
    expect(result.score).toBe(100 + impact);
    expect(result.missing).toEqual([]);
  });

  it.each([
    ['utilityFeeds', 'power.utility.feeds.unknown', -6],
    ['diverseSubstations', 'power.utility.substations.unknown', -3],
    ['upsTechnology', 'power.ups.technology.unknown', -3],
    ['upsRedundancy', 'power.ups.redundancy.unknown', -15],
    ['upsRuntimeMinutes', 'power.ups.runtime.unknown', -5],
    ['generatorCount', 'power.generator.count.unknown', -10],
    ['generatorRedundancy', 'power.generator.redundancy.unknown', -15],
    ['generatorFuelHours', 'power.generator.fuel.unknown', -8],
    ['generatorTestInterval', 'power.generator.testing.unknown', -6],
    ['lastLoadTestAt', 'power.loadTest.unknown', -5],
    ['distribution', 'power.distribution.unknown', -8],
    ['monitored24x7', 'power.monitoring.unknown', -3],
  ])('an unknown %s costs points under %s (%d) and is listed as missing', (field, code, impact) => {
    const result = scoreWith({ [field]: undefined });
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
    expect(result.missing).toEqual([`power.${field}`]);
    expect(result.knownFields).toBe(11);
    expect(result.scoredFields).toBe(12);
  });

  it('treats null, NaN, values outside the enum and unparseable dates as unknown', () => {
    const result = scoreWith({
      utilityFeeds: Number.NaN,
      upsRedundancy: 'N+3',
      distribution: null,
      lastLoadTestAt: 'last spring',
      generatorTestInterval: 'constructor',
    });
    expect(result.missing).toEqual([
      'power.utilityFeeds',
      'power.upsRedundancy',
      'power.generatorTestInterval',
      'power.lastLoadTestAt',
      'power.distribution',
    ]);
  });

  it('scores UPS and generator redundancy strictly N < N+1 < N+2 < 2N < 2N+1', () => {
    for (const field of ['upsRedundancy', 'generatorRedundancy'] as const) {
      const scores = REDUNDANCY_LEVELS.map((level) => scoreWith({ [field]: level }).score);
      expect(scores).toEqual([70, 88, 92, 98, 100]);
    }
  });

  it('explains N+1 UPS in words a buyer understands', () => {
    expect(findingOf(scoreWith({ upsRedundancy: 'N+1' }), 'power.ups.redundancy')?.message).toBe(
      'UPS is N+1: one spare module, but a single UPS path; 2N removes the single UPS path.',
    );
  });

  it('accepts a load test dated in the future or within 12 months', () => {
    expect(scoreWith({ lastLoadTestAt: monthsAgo(11.9) }).score).toBe(100);
    expect(scoreWith({ lastLoadTestAt: '2030-01-01' }).score).toBe(100);
  });

  it('adds up all unknowns for a facility nobody knows anything about', () => {
    const result = scorePower(unknownFacility(), NOW);
    expect(result.score).toBe(100 - (6 + 3 + 3 + 15 + 5 + 10 + 15 + 8 + 6 + 5 + 8 + 3));
    expect(result.knownFields).toBe(0);
    expect(result.missing).toHaveLength(12);
  });

  it('orders findings by impact, then code', () => {
    const result = scoreWith({ upsRedundancy: 'N+1', generatorRedundancy: 'N+1', monitored24x7: false, distribution: 'single' });
    expect(codesAndImpacts(result)).toEqual([
      ['power.distribution', -15],
      ['power.generator.redundancy', -12],
      ['power.ups.redundancy', -12],
      ['power.monitoring', -6],
    ]);
  });

  it('never goes below 0', () => {
    const result = scoreWith({
      utilityFeeds: 0,
      upsTechnology: 'none',
      upsRedundancy: 'N',
      generatorCount: 0,
      generatorRedundancy: 'N',
    });
    expect(result.score).toBe(0);
  });
});
