import { describe, expect, it } from 'vitest';
import {
  billedMinutes,
  incidentCost,
  scoreRemoteHands,
  TYPICAL_SHORT_INCIDENT_MINUTES,
  type RemoteHandsData,
} from '../../../src/scoring/index.js';
import { bestPracticeFacility, codesAndImpacts, facilityWith, findingOf, unknownFacility } from './fixtures.js';

function scoreWith(remoteHands: Partial<RemoteHandsData> | Record<string, unknown>) {
  return scoreRemoteHands(facilityWith({ remoteHands: remoteHands as Partial<RemoteHandsData> }));
}

describe('remote-hands billing', () => {
  it("prices DOMAIN.md's example: a 10-minute reboot at 150/h with a 30-minute minimum costs 75", () => {
    expect(billedMinutes(10, 30, 15)).toBe(30);
    expect(incidentCost(150, 10, 30, 15)).toBe(75);
  });

  it.each([
    [10, 0, 15, 15],
    [16, 0, 15, 30],
    [31, 30, 15, 45],
    [30, 30, 30, 30],
    [10, 0, 0, 10], // no increment: billed by the minute
    [0, 0, 15, 0],
    [0.3, 0, 0.1, 0.30000000000000004], // the epsilon keeps 3 increments, not 4
  ])('%d min with a %d min minimum in %d-min steps bills %d min', (duration, minimum, increment, expected) => {
    expect(billedMinutes(duration, minimum, increment)).toBe(expected);
  });

  it('uses a 10-minute incident as the typical short one', () => {
    expect(TYPICAL_SHORT_INCIDENT_MINUTES).toBe(10);
  });
});

describe('scoreRemoteHands', () => {
  it('gives a best-practice facility exactly 100', () => {
    expect(scoreRemoteHands(bestPracticeFacility())).toMatchObject({ score: 100, findings: [], missing: [] });
  });

  it.each([
    [{ availability: 'business-hours' }, 'remoteHands.availability', -15],
    [{ responseTimeMinutes: 20 }, 'remoteHands.response', -3],
    [{ responseTimeMinutes: 60 }, 'remoteHands.response', -6],
    [{ responseTimeMinutes: 120 }, 'remoteHands.response', -10],
    [{ responseTimeMinutes: 240 }, 'remoteHands.response', -15],
    // 150/h with a 30-minute minimum: 75 for a 10-minute reboot
    [{ hourlyRate: 150, minimumBillableMinutes: 30 }, 'remoteHands.incidentCost', -4],
    [{ hourlyRate: 180, minimumBillableMinutes: 60 }, 'remoteHands.incidentCost', -8],
    [{ hourlyRate: 250, minimumBillableMinutes: 60 }, 'remoteHands.incidentCost', -12],
  ])('%o loses points under %s (%d)', (remoteHands, code, impact) => {
    const result = scoreWith(remoteHands);
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
    expect(result.score).toBe(100 + impact);
  });

  it('states the effective cost of a short incident', () => {
    const finding = findingOf(scoreWith({ hourlyRate: 150, minimumBillableMinutes: 30 }), 'remoteHands.incidentCost');
    expect(finding?.message).toBe('A 10-minute reboot is billed as 30 minutes at 150/h: 75.00 USD.');
  });

  it('with no remote hands at all, loses 60 points and scores nothing else', () => {
    const result = scoreRemoteHands(facilityWith({ remoteHands: { availability: 'none' } }, unknownFacility()));
    expect(codesAndImpacts(result)).toEqual([['remoteHands.availability', -60]]);
    expect(result.missing).toEqual([]);
  });

  it('offering remote hands in business hours always beats offering none', () => {
    const worstBusinessHours = scoreWith({
      availability: 'business-hours',
      responseTimeMinutes: 1000,
      hourlyRate: 1000,
      minimumBillableMinutes: 240,
    });
    expect(worstBusinessHours.score).toBe(100 - 15 - 15 - 12);
    expect(worstBusinessHours.score).toBeGreaterThan(40);
  });

  it.each([
    [['availability'], 'remoteHands.availability.unknown', -20, ['remoteHands.availability']],
    [['responseTimeMinutes'], 'remoteHands.response.unknown', -6, ['remoteHands.responseTimeMinutes']],
    [['hourlyRate'], 'remoteHands.incidentCost.unknown', -6, ['remoteHands.hourlyRate']],
    [
      ['minimumBillableMinutes', 'billingIncrementMinutes'],
      'remoteHands.incidentCost.unknown',
      -6,
      ['remoteHands.minimumBillableMinutes', 'remoteHands.billingIncrementMinutes'],
    ],
  ])('unknown %o costs points under %s (%d)', (fields, code, impact, missing) => {
    const patch = Object.fromEntries(fields.map((field) => [field, undefined]));
    const result = scoreWith(patch);
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
    expect(result.missing).toEqual(missing);
    expect(result.scoredFields).toBe(5);
    expect(result.knownFields).toBe(5 - missing.length);
  });

  it('costs 32 points when nothing is known', () => {
    expect(scoreRemoteHands(unknownFacility()).score).toBe(100 - (20 + 6 + 6));
  });
});
