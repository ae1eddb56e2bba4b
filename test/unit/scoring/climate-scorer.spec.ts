import { describe, expect, it } from 'vitest';
import { scoreClimate, type ClimateData } from '../../../src/scoring/index.js';
import { bestPracticeFacility, codesAndImpacts, facilityWith, unknownFacility } from './fixtures.js';

function scoreWith(climate: Partial<ClimateData> | Record<string, unknown>) {
  return scoreClimate(facilityWith({ climate: climate as Partial<ClimateData> }));
}

describe('scoreClimate', () => {
  it('gives a best-practice facility exactly 100', () => {
    expect(scoreClimate(bestPracticeFacility())).toMatchObject({ score: 100, findings: [], missing: [] });
  });

  it.each([
    [{ temperatureMin: 14.9 }, 'climate.temperature.min', -15], // below A1 allowable 15 C
    [{ temperatureMin: 15 }, 'climate.temperature.min', -5], // allowable, below recommended 18 C
    [{ temperatureMin: 17.9 }, 'climate.temperature.min', -5],
    [{ temperatureMax: 32.5 }, 'climate.temperature.max', -20], // above A1 allowable 32 C
    [{ temperatureMax: 32 }, 'climate.temperature.max', -8],
    [{ temperatureMax: 27.1 }, 'climate.temperature.max', -8], // above recommended 27 C
    [{ humidityMinPct: 7 }, 'climate.humidity.min', -12], // below A1 allowable 8 %
    [{ humidityMinPct: 8 }, 'climate.humidity.min', -4],
    [{ humidityMinPct: 20 }, 'climate.humidity.min', -4],
    [{ humidityMaxPct: 81 }, 'climate.humidity.max', -12], // above A1 allowable 80 %
    [{ humidityMaxPct: 80 }, 'climate.humidity.max', -4],
    [{ humidityMaxPct: 61 }, 'climate.humidity.max', -4], // above recommended 60 %
    [{ maxSwingPerHour: 5 }, 'climate.swing', -8], // guidance: under 5 C/h
    [{ maxSwingPerHour: 10 }, 'climate.swing', -15],
    [{ coolingRedundancy: 'N' }, 'climate.cooling.redundancy', -25],
    [{ coolingRedundancy: 'N+1' }, 'climate.cooling.redundancy', -10],
    [{ coolingRedundancy: 'N+2' }, 'climate.cooling.redundancy', -6],
    [{ coolingRedundancy: '2N' }, 'climate.cooling.redundancy', -2],
    [{ monitored24x7: false }, 'climate.monitoring', -8],
  ])('%o loses points under %s (%d)', (climate, code, impact) => {
    const result = scoreWith(climate);
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
    expect(result.score).toBe(100 + impact);
  });

  it.each([
    [{ temperatureMin: 18, temperatureMax: 27 }],
    [{ temperatureMin: 22, temperatureMax: 24 }],
    [{ humidityMinPct: 40, humidityMaxPct: 55 }],
    [{ maxSwingPerHour: 4.9 }],
  ])('%o is inside the recommended envelope: no loss', (climate) => {
    expect(scoreWith(climate).score).toBe(100);
  });

  it.each([
    ['temperatureMin', 'climate.temperature.min.unknown', -6],
    ['temperatureMax', 'climate.temperature.max.unknown', -8],
    ['humidityMinPct', 'climate.humidity.min.unknown', -5],
    ['humidityMaxPct', 'climate.humidity.max.unknown', -5],
    ['maxSwingPerHour', 'climate.swing.unknown', -6],
    ['coolingRedundancy', 'climate.cooling.redundancy.unknown', -12],
    ['monitored24x7', 'climate.monitoring.unknown', -4],
  ])('an unknown %s costs points under %s (%d)', (field, code, impact) => {
    const result = scoreWith({ [field]: undefined });
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
    expect(result.missing).toEqual([`climate.${field}`]);
  });

  it('adds both sides of a range that is too wide', () => {
    expect(codesAndImpacts(scoreWith({ temperatureMin: 10, temperatureMax: 35 }))).toEqual([
      ['climate.temperature.max', -20],
      ['climate.temperature.min', -15],
    ]);
  });

  it('costs 46 points when nothing is known', () => {
    expect(scoreClimate(unknownFacility()).score).toBe(100 - (6 + 8 + 5 + 5 + 6 + 12 + 4));
  });
});
