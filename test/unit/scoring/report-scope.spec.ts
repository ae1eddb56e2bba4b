import { describe, expect, it } from 'vitest';
import { reportCoversFacility, reportsCoveringFacility } from '../../../src/scoring/index.js';
import { bestPracticeFacility, socReport } from './fixtures.js';

describe('reportsCoveringFacility', () => {
  const facility = bestPracticeFacility('fac-a');

  it('keeps estate-wide reports of the same provider (empty facilityIds)', () => {
    expect(reportCoversFacility(facility, socReport({ facilityIds: [] }))).toBe(true);
  });

  it('keeps reports that list the facility', () => {
    expect(reportCoversFacility(facility, socReport({ facilityIds: ['fac-b', 'fac-a'] }))).toBe(true);
  });

  it('drops reports that list only other facilities of the same provider', () => {
    expect(reportCoversFacility(facility, socReport({ facilityIds: ['fac-b'] }))).toBe(false);
  });

  it('drops reports from another provider, even if they name the facility id', () => {
    expect(reportCoversFacility(facility, socReport({ providerId: 'prov-2', facilityIds: [] }))).toBe(false);
    expect(reportCoversFacility(facility, socReport({ providerId: 'prov-2', facilityIds: ['fac-a'] }))).toBe(false);
  });

  it('filters a list, keeping input order', () => {
    const reports = [
      socReport({ id: 'r1', facilityIds: ['fac-a'] }),
      socReport({ id: 'r2', facilityIds: ['fac-b'] }),
      socReport({ id: 'r3', providerId: 'prov-9' }),
      socReport({ id: 'r4', facilityIds: [] }),
    ];
    expect(reportsCoveringFacility(facility, reports).map((r) => r.id)).toEqual(['r1', 'r4']);
  });
});
