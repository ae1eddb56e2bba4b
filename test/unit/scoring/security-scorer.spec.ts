import { describe, expect, it } from 'vitest';
import { scoreSecurity, type SecurityData } from '../../../src/scoring/index.js';
import { bestPracticeFacility, codesAndImpacts, facilityWith, findingOf, unknownFacility } from './fixtures.js';

function scoreWith(security: Partial<SecurityData> | Record<string, unknown>) {
  return scoreSecurity(facilityWith({ security: security as Partial<SecurityData> }));
}

describe('scoreSecurity', () => {
  it('gives a best-practice facility exactly 100', () => {
    expect(scoreSecurity(bestPracticeFacility())).toMatchObject({ score: 100, findings: [], missing: [] });
  });

  it.each([
    [{ layers: 4 }, 'security.layers', -3],
    [{ layers: 3 }, 'security.layers', -8],
    [{ layers: 2 }, 'security.layers', -15],
    [{ layers: 1 }, 'security.layers', -25],
    [{ accessMethods: ['facial-recognition', 'mantrap'] }, 'security.access.methods', -5],
    [{ accessMethods: ['badge', 'pin', 'mantrap'] }, 'security.access.biometric', -5],
    [{ accessMethods: ['badge', 'pin', 'biometric'] }, 'security.access.mantrap', -4],
    [{ cctvRetentionDays: 60 }, 'security.cctv.retention', -5],
    [{ cctvRetentionDays: 10 }, 'security.cctv.retention', -10],
    [{ accessLogRetentionDays: 30 }, 'security.accessLog.retention', -4],
    [{ accessLogRetentionDays: 29 }, 'security.accessLog.retention', -8],
    [{ guards: 'none' }, 'security.guards', -15],
    [{ guards: 'business-hours' }, 'security.guards', -7],
    [{ cabinetLocks: 'none' }, 'security.cabinetLocks', -15],
    [{ cabinetLocks: 'key' }, 'security.cabinetLocks', -6],
    [{ cabinetLocks: 'combination' }, 'security.cabinetLocks', -3],
    [{ cagesAvailable: false }, 'security.cages', -4],
    [{ packageHandling: 'not-accepted' }, 'security.packages', -5],
    [{ packageHandling: 'accepted' }, 'security.packages', -3],
  ])('%o loses points under %s (%d)', (security, code, impact) => {
    const result = scoreWith(security);
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
    expect(result.score).toBe(100 + impact);
  });

  it('scores access methods by distinct count, biometric and mantrap', () => {
    expect(codesAndImpacts(scoreWith({ accessMethods: [] }))).toEqual([
      ['security.access.methods', -20],
      ['security.access.biometric', -5],
      ['security.access.mantrap', -4],
    ]);
    expect(codesAndImpacts(scoreWith({ accessMethods: ['key', 'key'] }))).toEqual([
      ['security.access.methods', -10],
      ['security.access.biometric', -5],
      ['security.access.mantrap', -4],
    ]);
  });

  it('without CCTV, loses 15 points and does not score footage retention', () => {
    const result = scoreWith({ cctv: false, cctvRetentionDays: undefined });
    expect(codesAndImpacts(result)).toEqual([['security.cctv', -15]]);
    expect(result.missing).toEqual([]);
    expect(result.scoredFields).toBe(8);
  });

  it('asks whether theft can be proven when logs are short-lived', () => {
    expect(findingOf(scoreWith({ accessLogRetentionDays: 14 }), 'security.accessLog.retention')?.message).toBe(
      'Access logs are kept 14 days: theft noticed later cannot be proven; keep at least 90 days.',
    );
  });

  it.each([
    ['accessMethods', 'security.access.unknown', -12],
    ['layers', 'security.layers.unknown', -10],
    ['cctv', 'security.cctv.unknown', -8],
    ['cctvRetentionDays', 'security.cctv.retention.unknown', -5],
    ['guards', 'security.guards.unknown', -8],
    ['cabinetLocks', 'security.cabinetLocks.unknown', -6],
    ['cagesAvailable', 'security.cages.unknown', -2],
    ['accessLogRetentionDays', 'security.accessLog.retention.unknown', -4],
    ['packageHandling', 'security.packages.unknown', -3],
  ])('an unknown %s costs points under %s (%d)', (field, code, impact) => {
    const result = scoreWith({ [field]: undefined });
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
    expect(result.missing).toEqual([`security.${field}`]);
  });

  it('costs 58 points when nothing is known', () => {
    expect(scoreSecurity(unknownFacility()).score).toBe(100 - (12 + 10 + 8 + 5 + 8 + 6 + 2 + 4 + 3));
  });
});
