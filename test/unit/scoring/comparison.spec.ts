import { describe, expect, it } from 'vitest';
import { compareFacilities, getPreset } from '../../../src/scoring/index.js';
import { bestPracticeFacility, bestPracticeReports, facilityWith, fullProfile, NOW, socReport } from './fixtures.js';

describe('compareFacilities', () => {
  const a = bestPracticeFacility('a', 'Alpha');
  const b = facilityWith({
    id: 'b',
    name: 'Bravo',
    power: { upsRedundancy: 'N+1', generatorFuelHours: undefined },
    network: { carrierIds: ['x', 'y', 'z', 'x'] },
  });

  it('keeps the facilities in the order given, with full scorecards', () => {
    const comparison = compareFacilities(
      [
        { facility: b, reports: [socReport()] },
        { facility: a, reports: bestPracticeReports() },
      ],
      fullProfile(),
      NOW,
    );
    expect(comparison.facilities.map((card) => card.facilityId)).toEqual(['b', 'a']);
    expect(comparison.facilities[0]?.categories.power.findings.length).toBeGreaterThan(0);
  });

  it('puts category scores side by side', () => {
    const comparison = compareFacilities(
      [
        { facility: a, reports: bestPracticeReports() },
        { facility: b, reports: bestPracticeReports() },
      ],
      fullProfile(),
      NOW,
    );
    expect(comparison.categories.map((c) => c.category)).toEqual([
      'power',
      'network',
      'climate',
      'security',
      'remoteHands',
      'sla',
      'compliance',
      'cost',
    ]);
    expect(comparison.categories[0]).toEqual({ category: 'power', weight: 0.125, scores: { a: 100, b: 80 } });
  });

  it('lists only the attributes that differ, with null for unknown', () => {
    const comparison = compareFacilities(
      [
        { facility: a, reports: bestPracticeReports() },
        { facility: b, reports: [socReport()] },
      ],
      fullProfile(),
      NOW,
    );
    expect(comparison.differences).toEqual([
      { field: 'estimatedTier', values: { a: 4, b: 3 } },
      { field: 'power.upsRedundancy', values: { a: '2N+1', b: 'N+1' } },
      { field: 'power.generatorFuelHours', values: { a: 48, b: null } },
      { field: 'reports', values: { a: ['ISO 27001 certificate', 'SOC 2 Type 2'], b: ['SOC 2 Type 2'] } },
    ]);
  });

  it('compares carrier counts rather than carrier ids', () => {
    const c = facilityWith({ id: 'c', name: 'C', network: { carrierIds: ['p', 'q'] } });
    const comparison = compareFacilities(
      [
        { facility: a, reports: [] },
        { facility: c, reports: [] },
      ],
      getPreset('balanced')!,
      NOW,
    );
    expect(comparison.differences).toEqual([{ field: 'network.carrierCount', values: { a: 3, c: 2 } }]);
    expect(comparison.categories.map((x) => x.category)).not.toContain('cost');
  });
});
