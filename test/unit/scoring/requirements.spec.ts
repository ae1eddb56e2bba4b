import { describe, expect, it } from 'vitest';
import {
  checkRequirements,
  estimateMonthlyCost,
  type ComplianceReportData,
  type FacilityData,
  type Requirements,
} from '../../../src/scoring/index.js';
import { bestPracticeFacility, bestPracticeReports, facilityWith, isoCertificate, monthsAgo, NOW, socReport, unknownFacility } from './fixtures.js';

function unmet(
  requirements: Requirements,
  facility: FacilityData = bestPracticeFacility(),
  reports: ComplianceReportData[] = bestPracticeReports(),
) {
  const monthlyCost = estimateMonthlyCost(facility, { cabinets: 2, kw: 8 });
  return checkRequirements(facility, reports, requirements, { monthlyCost }, NOW);
}

describe('checkRequirements', () => {
  it('finds nothing unmet for a best-practice facility under demanding requirements', () => {
    expect(
      unmet({
        minPowerRedundancy: '2N',
        minGeneratorFuelHours: 48,
        networkModel: 'carrier-neutral',
        minCarriers: 3,
        minDiverseFiberEntries: 2,
        requiredReports: [{ framework: 'SOC2', reportType: 'type2', maxAgeMonths: 12 }, { framework: 'ISO27001' }],
        minPowerSlaPct: 100,
        minNetworkSlaPct: 99.999,
        remoteHands24x7: true,
        maxMonthlyCost: 3000,
        countries: ['DE', 'NL'],
      }),
    ).toEqual([]);
  });

  it('checks minPowerRedundancy against both UPS and generators', () => {
    const facility = facilityWith({ power: { upsRedundancy: 'N+1', generatorRedundancy: undefined } });
    expect(unmet({ minPowerRedundancy: '2N' }, facility)).toEqual([
      {
        requirement: 'minPowerRedundancy',
        field: 'power.upsRedundancy',
        expected: '2N',
        actual: 'N+1',
        message: 'UPS redundancy is N+1; the profile requires at least 2N.',
      },
      {
        requirement: 'minPowerRedundancy',
        field: 'power.generatorRedundancy',
        expected: '2N',
        actual: null,
        message: 'Generator redundancy is unknown; the profile requires at least 2N.',
      },
    ]);
  });

  it.each([
    [{ minGeneratorFuelHours: 72 }, 'power.generatorFuelHours', 72, 48],
    [{ minCarriers: 4 }, 'network.carrierIds', 4, 3],
    [{ minDiverseFiberEntries: 3 }, 'network.diverseFiberEntries', 3, 2],
  ] as [Requirements, string, number, number][])('%o is unmet by a lower value', (requirements, field, expected, actual) => {
    expect(unmet(requirements)).toMatchObject([{ field, expected, actual }]);
  });

  it('counts distinct carriers only', () => {
    const facility = facilityWith({ network: { carrierIds: ['c1', 'c1', 'c2'] } });
    expect(unmet({ minCarriers: 3 }, facility)).toMatchObject([{ requirement: 'minCarriers', actual: 2 }]);
  });

  it('lets hybrid satisfy carrier-neutral (and carrier-controlled) but not the reverse', () => {
    const hybrid = facilityWith({ network: { model: 'hybrid' } });
    const neutral = bestPracticeFacility();
    const controlled = facilityWith({ network: { model: 'carrier-controlled' } });
    expect(unmet({ networkModel: 'carrier-neutral' }, hybrid)).toEqual([]);
    expect(unmet({ networkModel: 'carrier-controlled' }, hybrid)).toEqual([]);
    expect(unmet({ networkModel: 'carrier-neutral' }, controlled)).toMatchObject([
      { requirement: 'networkModel', expected: 'carrier-neutral', actual: 'carrier-controlled' },
    ]);
    expect(unmet({ networkModel: 'hybrid' }, neutral)).toMatchObject([{ actual: 'carrier-neutral' }]);
  });

  it('never lets an unknown value satisfy a requirement', () => {
    const result = unmet(
      {
        minPowerRedundancy: 'N',
        minGeneratorFuelHours: 1,
        networkModel: 'hybrid',
        minCarriers: 0,
        minDiverseFiberEntries: 0,
        minPowerSlaPct: 0,
        minNetworkSlaPct: 0,
        remoteHands24x7: true,
        countries: ['DE'],
      },
      unknownFacility(),
    );
    expect(result.map((r) => [r.requirement, r.actual])).toEqual([
      ['minPowerRedundancy', null],
      ['minPowerRedundancy', null],
      ['minGeneratorFuelHours', null],
      ['networkModel', null],
      ['minCarriers', null],
      ['minDiverseFiberEntries', null],
      ['minPowerSlaPct', null],
      ['minNetworkSlaPct', null],
      ['remoteHands24x7', null],
      ['countries', null],
    ]);
  });

  it('checks SLA minimums', () => {
    const facility = facilityWith({ sla: { powerUptimePct: 99.99, networkUptimePct: 99.9 } });
    expect(unmet({ minPowerSlaPct: 99.999, minNetworkSlaPct: 99.9 }, facility)).toMatchObject([
      { requirement: 'minPowerSlaPct', expected: 99.999, actual: 99.99 },
    ]);
  });

  it('requires 24x7 remote hands when asked', () => {
    const facility = facilityWith({ remoteHands: { availability: 'business-hours' } });
    expect(unmet({ remoteHands24x7: true }, facility)).toMatchObject([{ actual: 'business-hours', expected: '24x7' }]);
    expect(unmet({ remoteHands24x7: false }, facility)).toEqual([]);
  });

  it('checks the country against the allowed list', () => {
    expect(unmet({ countries: ['NL', 'BE'] })).toMatchObject([
      { requirement: 'countries', expected: ['NL', 'BE'], actual: 'DE', message: 'The facility is in DE; the profile allows NL, BE.' },
    ]);
    expect(unmet({ countries: ['DE'] }, facilityWith({ country: 'de' }))).toEqual([]);
  });

  describe('requiredReports', () => {
    const soc2Type2 = { framework: 'SOC2', reportType: 'type2', maxAgeMonths: 12 } as const;

    it('is unmet by a stale report, showing its age', () => {
      const result = unmet({ requiredReports: [soc2Type2] }, bestPracticeFacility(), [socReport({ periodEnd: monthsAgo(14.2) })]);
      expect(result).toEqual([
        {
          requirement: 'requiredReports',
          field: 'reports.SOC2',
          expected: 'SOC 2 Type 2, at most 12 months old',
          actual: 'SOC 2 Type 2, 14 months old',
          message: 'The best SOC 2 Type 2 on file is SOC 2 Type 2, 14 months old; the profile requires SOC 2 Type 2, at most 12 months old.',
        },
      ]);
    });

    it('is met by a bridge letter that keeps the report current', () => {
      const report = socReport({ periodEnd: monthsAgo(14), bridgeLetterThrough: monthsAgo(1) });
      expect(unmet({ requiredReports: [soc2Type2] }, bestPracticeFacility(), [report])).toEqual([]);
    });

    it('accepts a Type 2 where a Type 1 is required, not the reverse', () => {
      const type1Required = [{ framework: 'SOC2', reportType: 'type1' }] as const;
      expect(unmet({ requiredReports: [...type1Required] }, bestPracticeFacility(), [socReport()])).toEqual([]);
      expect(
        unmet({ requiredReports: [soc2Type2] }, bestPracticeFacility(), [socReport({ reportType: 'type1' })]),
      ).toMatchObject([{ actual: null }]);
    });

    it('does not accept an adverse opinion or a disclaimer', () => {
      const result = unmet({ requiredReports: [soc2Type2] }, bestPracticeFacility(), [socReport({ opinion: 'adverse' })]);
      expect(result).toMatchObject([{ actual: 'SOC 2 Type 2, 2 months old, adverse opinion' }]);
    });

    it('is unmet when no covering report exists, or its age is unknown', () => {
      expect(unmet({ requiredReports: [soc2Type2] }, bestPracticeFacility(), [socReport({ facilityIds: ['other'] })])).toMatchObject([
        { actual: null, message: 'No SOC 2 Type 2 covering this facility is on file; the profile requires one at most 12 months old.' },
      ]);
      expect(unmet({ requiredReports: [soc2Type2] }, bestPracticeFacility(), [socReport({ periodEnd: undefined })])).toMatchObject([
        { actual: 'SOC 2 Type 2, age unknown' },
      ]);
    });

    it('defaults the maximum age to the framework validity (ISO 27001: 36 months)', () => {
      expect(unmet({ requiredReports: [{ framework: 'ISO27001' }] }, bestPracticeFacility(), [isoCertificate({ issuedAt: monthsAgo(30) })])).toEqual([]);
      expect(
        unmet({ requiredReports: [{ framework: 'ISO27001' }] }, bestPracticeFacility(), [isoCertificate({ issuedAt: monthsAgo(40) })]),
      ).toMatchObject([{ expected: 'ISO27001, at most 36 months old', actual: 'ISO 27001 certificate, 40 months old' }]);
    });
  });

  describe('maxMonthlyCost', () => {
    it('is unmet by an estimate above the maximum', () => {
      // 2 cabinets x 800 + 8 kW x 150 = 2800
      expect(unmet({ maxMonthlyCost: 2500 })).toMatchObject([{ requirement: 'maxMonthlyCost', expected: 2500, actual: 2800 }]);
      expect(unmet({ maxMonthlyCost: 2800 })).toEqual([]);
    });

    it('is unmet (actual null) when the estimate is incomplete or missing', () => {
      const noPrice = facilityWith({ pricing: { perKwMonthly: undefined } });
      expect(unmet({ maxMonthlyCost: 1e9 }, noPrice)).toMatchObject([{ actual: null }]);
      expect(checkRequirements(bestPracticeFacility(), [], { maxMonthlyCost: 1e9 }, { monthlyCost: null }, NOW)).toMatchObject([
        { actual: null },
      ]);
    });

    it('is unmet (actual null) when the budget is in another currency', () => {
      const monthlyCost = estimateMonthlyCost(bestPracticeFacility(), { cabinets: 1 });
      expect(
        checkRequirements(bestPracticeFacility(), [], { maxMonthlyCost: 1e9 }, { monthlyCost, budgetCurrency: 'EUR' }, NOW),
      ).toMatchObject([{ actual: null }]);
    });
  });
});
