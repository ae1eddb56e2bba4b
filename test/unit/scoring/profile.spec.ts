import { describe, expect, it } from 'vitest';
import {
  buildScorecard,
  getPreset,
  normaliseWeights,
  PRESET_IDS,
  PROFILE_PRESETS,
  ProfileValidationError,
  validateProfile,
} from '../../../src/scoring/index.js';
import { ALL_WEIGHTS_EQUAL, bestPracticeFacility, fullProfile, NOW } from './fixtures.js';

describe('validateProfile', () => {
  it('accepts every preset and a full custom profile', () => {
    for (const preset of PROFILE_PRESETS) expect(validateProfile(preset)).toEqual([]);
    expect(validateProfile(fullProfile())).toEqual([]);
  });

  it('rejects all-zero weights', () => {
    const weights = Object.fromEntries(Object.keys(ALL_WEIGHTS_EQUAL).map((k) => [k, 0]));
    expect(validateProfile({ weights })).toEqual([
      { field: 'weights', message: 'All weights are zero: at least one category must count.' },
    ]);
  });

  it('rejects negative, missing, non-numeric and unknown weights, naming each', () => {
    const problems = validateProfile({
      weights: { ...ALL_WEIGHTS_EQUAL, power: -1, network: 'high', cost: undefined, speed: 3 },
    });
    expect(problems.map((p) => p.field)).toEqual(['weights.power', 'weights.network', 'weights.cost', 'weights.speed']);
  });

  it('rejects a profile where only cost counts but there is no budget', () => {
    const weights = { power: 0, network: 0, climate: 0, security: 0, remoteHands: 0, sla: 0, compliance: 0, cost: 1 };
    expect(validateProfile({ weights }).map((p) => p.field)).toEqual(['weights']);
    expect(validateProfile({ ...fullProfile(), weights })).toEqual([]);
  });

  it('checks the budget and that it has a footprint to price', () => {
    const problems = validateProfile({
      weights: ALL_WEIGHTS_EQUAL,
      budget: { targetMonthly: 5000, maxMonthly: 4000, currency: 'usd' },
    });
    expect(problems.map((p) => p.field)).toEqual(['budget.maxMonthly', 'budget.currency', 'footprint']);
  });

  it('checks footprint numbers', () => {
    const problems = validateProfile({ weights: ALL_WEIGHTS_EQUAL, footprint: { cabinets: -1, kw: 'eight' } });
    expect(problems.map((p) => p.field)).toEqual(['footprint.cabinets', 'footprint.kw']);
  });

  it('checks each requirement', () => {
    const problems = validateProfile({
      weights: ALL_WEIGHTS_EQUAL,
      requirements: {
        minPowerRedundancy: 'N+3',
        networkModel: 'neutral',
        minCarriers: -2,
        minPowerSlaPct: 101,
        remoteHands24x7: 'yes',
        maxMonthlyCost: 1000,
        countries: ['DE', 'de', 'DEU'],
        requiredReports: [{ framework: 'SOC2', reportType: 'type3' }, { maxAgeMonths: 0 }, 'SOC2'],
      },
    });
    expect(problems.map((p) => p.field)).toEqual([
      'requirements.minPowerRedundancy',
      'requirements.networkModel',
      'requirements.minCarriers',
      'requirements.minPowerSlaPct',
      'requirements.remoteHands24x7',
      'footprint',
      'requirements.countries[1]',
      'requirements.countries[2]',
      'requirements.requiredReports[0].reportType',
      'requirements.requiredReports[1].framework',
      'requirements.requiredReports[1].maxAgeMonths',
      'requirements.requiredReports[2]',
    ]);
  });

  it('rejects things that are not profiles', () => {
    expect(validateProfile(null)).toEqual([{ field: '', message: 'The profile must be an object.' }]);
    expect(validateProfile({}).map((p) => p.field)).toEqual(['weights']);
  });
});

describe('normaliseWeights', () => {
  it('scales weights to sum to 1', () => {
    const weights = normaliseWeights({ ...ALL_WEIGHTS_EQUAL, power: 5 }, true);
    expect(weights.power).toBe(5 / 12);
    expect(weights.cost).toBe(1 / 12);
  });

  it('spreads an excluded cost weight proportionally over the rest', () => {
    const weights = normaliseWeights({ ...ALL_WEIGHTS_EQUAL, power: 3, cost: 10 }, false);
    expect(weights.cost).toBe(0);
    expect(weights.power).toBe(3 / 9);
    expect(weights.network).toBe(1 / 9);
  });

  it('throws a ProfileValidationError listing problems when nothing can count', () => {
    const onlyCost = { power: 0, network: 0, climate: 0, security: 0, remoteHands: 0, sla: 0, compliance: 0, cost: 1 };
    expect(() => normaliseWeights(onlyCost, false)).toThrow(ProfileValidationError);
    let caught: unknown;
    try {
      normaliseWeights({ ...onlyCost, power: -1 }, true);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ProfileValidationError);
    expect((caught as ProfileValidationError).problems).toEqual([
      { field: 'weights.power', message: 'Must be a non-negative number.' },
    ]);
  });

  it('makes buildScorecard refuse an all-zero profile', () => {
    const weights = { power: 0, network: 0, climate: 0, security: 0, remoteHands: 0, sla: 0, compliance: 0, cost: 0 };
    expect(() => buildScorecard(bestPracticeFacility(), [], { id: 'p', name: 'zero', weights }, NOW)).toThrow(
      ProfileValidationError,
    );
  });
});

describe('presets', () => {
  it('are the four documented ones, each with a name and a description', () => {
    expect(PROFILE_PRESETS.map((p) => p.id)).toEqual([...PRESET_IDS]);
    expect(PRESET_IDS).toEqual(['balanced', 'high-availability', 'budget', 'compliance-first']);
    for (const preset of PROFILE_PRESETS) {
      expect(preset.name.length).toBeGreaterThan(0);
      expect(preset.description.length).toBeGreaterThan(40);
      expect(preset.readOnly).toBe(true);
    }
  });

  it('are read-only, all the way down', () => {
    const preset = getPreset('high-availability')!;
    expect(Object.isFrozen(preset)).toBe(true);
    expect(() => {
      (preset.weights as { power: number }).power = 99;
    }).toThrow(TypeError);
    expect(() => {
      (preset.requirements as { minCarriers?: number }).minCarriers = 1;
    }).toThrow(TypeError);
  });

  it('gives the budget preset a footprint and a budget so cost counts', () => {
    const preset = getPreset('budget')!;
    expect(preset.footprint).toMatchObject({ cabinets: 2, kw: 8 });
    expect(preset.budget).toMatchObject({ targetMonthly: 3000, maxMonthly: 4500 });
    expect(preset.weights.cost).toBeGreaterThan(preset.weights.power);
  });

  it('makes compliance-first require a current SOC 2 Type 2 and ISO 27001', () => {
    expect(getPreset('compliance-first')!.requirements?.requiredReports).toEqual([
      { framework: 'SOC2', reportType: 'type2', maxAgeMonths: 12 },
      { framework: 'ISO27001', maxAgeMonths: 36 },
    ]);
  });

  it('returns undefined for an unknown id', () => {
    expect(getPreset('cheapest')).toBeUndefined();
  });
});
