import { describe, expect, it } from 'vitest';
import { scoreCompliance, type ComplianceReportData } from '../../../src/scoring/index.js';
import {
  bestPracticeFacility,
  bestPracticeReports,
  codesAndImpacts,
  findingOf,
  impactSum,
  isoCertificate,
  monthsAgo,
  NOW,
  socReport,
} from './fixtures.js';

const facility = bestPracticeFacility();

function scoreWithSoc(patch: Partial<ComplianceReportData>) {
  return scoreCompliance(facility, [socReport(patch), isoCertificate()], NOW);
}

describe('scoreCompliance', () => {
  it('gives a current, clean SOC 2 Type 2 plus a current ISO 27001 certificate exactly 100', () => {
    const result = scoreCompliance(facility, bestPracticeReports(), NOW);
    expect(result).toMatchObject({ score: 100, findings: [], missing: [] });
  });

  it('costs the most when no report covers the facility', () => {
    const result = scoreCompliance(facility, [], NOW);
    expect(codesAndImpacts(result)).toEqual([
      ['compliance.soc.unknown', -40],
      ['compliance.iso27001.unknown', -8],
    ]);
    expect(result.missing).toEqual(['reports.soc', 'reports.iso27001']);
    expect(result.score).toBe(52);
  });

  it('ranks SOC 2 Type 2 > Type 1 > SOC 3 > none', () => {
    const type2 = scoreWithSoc({}).score;
    const type1 = scoreWithSoc({ reportType: 'type1' }).score;
    const soc3 = scoreWithSoc({ framework: 'SOC3' }).score;
    const none = scoreCompliance(facility, [isoCertificate()], NOW).score;
    expect([type2, type1, soc3, none]).toEqual([100, 88, 80, 60]);
  });

  it.each([
    [{ reportType: 'type1' }, 'compliance.soc2.type1', -12],
    [{ framework: 'SOC3' }, 'compliance.soc3.only', -20],
    [{ periodEnd: monthsAgo(14) }, 'compliance.soc2.stale', -10],
    [{ periodEnd: monthsAgo(20) }, 'compliance.soc2.stale', -16],
    [{ periodEnd: monthsAgo(30) }, 'compliance.soc2.stale', -22],
    [{ periodEnd: monthsAgo(14), bridgeLetterThrough: monthsAgo(13) }, 'compliance.soc2.stale', -10],
    [{ opinion: 'qualified' }, 'compliance.soc2.opinion', -12],
    [{ opinion: 'adverse' }, 'compliance.soc2.opinion', -30],
    [{ opinion: 'disclaimer' }, 'compliance.soc2.opinion', -30],
    [{ standard: 'SAS70' }, 'compliance.soc2.obsolete', -15],
    [{ exceptionsCount: 1 }, 'compliance.soc2.exceptions', -3],
    [{ exceptionsCount: 4 }, 'compliance.soc2.exceptions', -7],
    [{ exceptionsCount: 9 }, 'compliance.soc2.exceptions', -12],
  ] as [Partial<ComplianceReportData>, string, number][])('%o loses points under %s (%d)', (patch, code, impact) => {
    const result = scoreWithSoc(patch);
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
    expect(result.score).toBe(100 + impact);
  });

  it.each([
    [{ opinion: undefined }, 'compliance.soc2.opinion.unknown', -6, 'reports.soc.opinion'],
    [{ periodEnd: undefined }, 'compliance.soc2.age.unknown', -8, 'reports.soc.periodEnd'],
    [{ standard: undefined }, 'compliance.soc2.standard.unknown', -2, 'reports.soc.standard'],
    [{ standard: 'none' }, 'compliance.soc2.standard.unknown', -2, 'reports.soc.standard'],
    [{ exceptionsCount: undefined }, 'compliance.soc2.exceptions.unknown', -4, 'reports.soc.exceptionsCount'],
  ] as [Partial<ComplianceReportData>, string, number, string][])(
    'an unknown report field %o costs points under %s (%d)',
    (patch, code, impact, missing) => {
      const result = scoreWithSoc(patch);
      expect(codesAndImpacts(result)).toEqual([[code, impact]]);
      expect(result.missing).toEqual([missing]);
    },
  );

  it('flags an SSAE 16 report dated after SSAE 18 replaced it (2017-05-01), as a standard to check', () => {
    const current = scoreWithSoc({ standard: 'SSAE16', periodEnd: monthsAgo(6), issuedAt: undefined });
    expect(codesAndImpacts(current)).toEqual([['compliance.soc2.standard.mismatch', -2]]);
    expect(findingOf(current, 'compliance.soc2.standard.mismatch')?.message).toBe(
      `The SOC 2 report says SSAE 16 but is dated ${monthsAgo(6)}, after SSAE 18 replaced SSAE 16 (reports dated from 2017-05-01): check which standard it follows.`,
    );
    // Dated by its opinion when known: a period ending before the change, reported after it.
    const issuedLater = scoreWithSoc({ standard: 'SSAE16', periodEnd: '2016-12-31', issuedAt: '2017-05-01' });
    expect(findingOf(issuedLater, 'compliance.soc2.standard.mismatch')).toBeDefined();
    const issuedBefore = scoreWithSoc({ standard: 'SSAE16', periodEnd: '2016-12-31', issuedAt: '2017-04-30' });
    expect(findingOf(issuedBefore, 'compliance.soc2.standard.mismatch')).toBeUndefined();
    expect(findingOf(issuedBefore, 'compliance.soc2.standard.unknown')).toBeUndefined();
  });

  it('a bridge letter that reaches today keeps an old period current', () => {
    const result = scoreWithSoc({ periodEnd: monthsAgo(14), bridgeLetterThrough: monthsAgo(-1) });
    expect(result.score).toBe(100);
  });

  it('credits a bridge letter for at most 3 months after the period', () => {
    const result = scoreWithSoc({ periodEnd: monthsAgo(36), bridgeLetterThrough: monthsAgo(0) });
    expect(findingOf(result, 'compliance.soc2.stale')).toBeDefined();
  });

  it('says when a report is stale and whether a bridge letter covers the gap', () => {
    const finding = findingOf(scoreWithSoc({ periodEnd: '2024-03-31' }), 'compliance.soc2.stale');
    expect(finding?.message).toBe(
      "The SOC 2 report's period ended 2024-03-31 and no bridge letter covers the gap: its assurance is 14 months old and controls may have changed since.",
    );
  });

  it('does not score exceptions for a Type 1 or a SOC 3 (they have no tests of operating effectiveness)', () => {
    expect(codesAndImpacts(scoreWithSoc({ reportType: 'type1', exceptionsCount: 9 }))).toEqual([
      ['compliance.soc2.type1', -12],
    ]);
    expect(codesAndImpacts(scoreWithSoc({ framework: 'SOC3', exceptionsCount: undefined }))).toEqual([
      ['compliance.soc3.only', -20],
    ]);
  });

  it('caps one report at the cost of having none, keeping the rest as zero-impact notes', () => {
    const result = scoreWithSoc({ framework: 'SOC3', opinion: 'adverse', standard: 'SAS70', periodEnd: monthsAgo(40) });
    expect(codesAndImpacts(result)).toEqual([
      ['compliance.soc3.only', -20],
      ['compliance.soc3.opinion', -20], // 20 of its 30 fit under the cap after the SOC 3 level
      ['compliance.soc3.obsolete', 0],
      ['compliance.soc3.stale', 0],
    ]);
    expect(impactSum(result)).toBe(-40);
    expect(result.score).toBe(60);
  });

  it('uses the report that loses the fewest points', () => {
    const staleType2 = socReport({ id: 'a-old', periodEnd: monthsAgo(30) }); // -22
    const freshType1 = socReport({ id: 'b-new', reportType: 'type1' }); // -12
    const result = scoreCompliance(facility, [staleType2, freshType1, isoCertificate()], NOW);
    expect(codesAndImpacts(result)).toEqual([['compliance.soc2.type1', -12]]);
  });

  it('breaks ties between equally good reports by id', () => {
    const b = socReport({ id: 'b', periodEnd: monthsAgo(14) });
    const a = socReport({ id: 'a', periodEnd: monthsAgo(15) });
    const result = scoreCompliance(facility, [b, a, isoCertificate()], NOW);
    expect(findingOf(result, 'compliance.soc2.stale')?.message).toContain(monthsAgo(15));
  });

  it('ignores reports that do not cover the facility', () => {
    const otherProvider = socReport({ providerId: 'prov-2' });
    const otherFacility = socReport({ facilityIds: ['fac-other'] });
    const result = scoreCompliance(facility, [otherProvider, otherFacility, isoCertificate()], NOW);
    expect(codesAndImpacts(result)).toEqual([['compliance.soc.unknown', -40]]);
  });

  it('counts a report that lists this facility among others', () => {
    const result = scoreCompliance(facility, [socReport({ facilityIds: ['fac-other', facility.id] }), isoCertificate()], NOW);
    expect(result.score).toBe(100);
  });

  it('does not score SOC 1 or PCI DSS', () => {
    const soc1 = socReport({ framework: 'SOC1' });
    const pci = isoCertificate({ id: 'pci', framework: 'PCI-DSS', reportType: 'attestation' });
    const result = scoreCompliance(facility, [soc1, pci, isoCertificate()], NOW);
    expect(codesAndImpacts(result)).toEqual([['compliance.soc.unknown', -40]]);
  });

  it.each([
    [{ issuedAt: monthsAgo(37) }, 'compliance.iso27001.expired', -8],
    [{ issuedAt: undefined }, 'compliance.iso27001.age.unknown', -4],
  ] as [Partial<ComplianceReportData>, string, number][])('ISO 27001 %o loses points under %s (%d)', (patch, code, impact) => {
    const result = scoreCompliance(facility, [socReport(), isoCertificate(patch)], NOW);
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
  });

  it('accepts an ISO 27001 certificate up to 3 years old', () => {
    expect(scoreCompliance(facility, [socReport(), isoCertificate({ issuedAt: monthsAgo(35.9) })], NOW).score).toBe(100);
  });
});
