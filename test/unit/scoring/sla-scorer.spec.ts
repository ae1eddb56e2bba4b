import { describe, expect, it } from 'vitest';
import { allowedDowntimePerYear, scoreSla, slaImpact, type SlaData } from '../../../src/scoring/index.js';
import { bestPracticeFacility, codesAndImpacts, facilityWith, findingOf, unknownFacility } from './fixtures.js';

function scoreWith(sla: Partial<SlaData> | Record<string, unknown>) {
  return scoreSla(facilityWith({ sla: sla as Partial<SlaData> }));
}

describe('scoreSla', () => {
  it('gives 100 % power and network SLAs with a real credit exactly 100', () => {
    expect(scoreSla(bestPracticeFacility())).toMatchObject({ score: 100, findings: [], missing: [] });
  });

  it.each([
    [100, 0],
    [99.999, -2],
    [99.99, -6],
    [99.95, -12],
    [99.9, -18],
    [99.5, -28],
    [99, -28],
    [98.9, -40],
  ])('an SLA of %d %% loses %d', (pct, impact) => {
    expect(slaImpact(pct)).toBe(impact);
  });

  it.each([
    [{ powerUptimePct: 99.9 }, 'sla.power', -18],
    [{ networkUptimePct: 99.99 }, 'sla.network', -6],
    [{ creditPctPerHour: 0 }, 'sla.credit', -6],
    [{ creditPctPerHour: 2 }, 'sla.credit', -3],
  ])('%o loses points under %s (%d)', (sla, code, impact) => {
    expect(codesAndImpacts(scoreWith(sla))).toEqual([[code, impact]]);
  });

  it('says how much outage the SLA allows per 365-day year (DOMAIN.md table)', () => {
    expect(allowedDowntimePerYear(99)).toBe('87.6 hours');
    expect(allowedDowntimePerYear(99.9)).toBe('8.76 hours');
    expect(allowedDowntimePerYear(99.95)).toBe('4.38 hours');
    expect(allowedDowntimePerYear(99.99)).toBe('52.56 minutes');
    expect(allowedDowntimePerYear(99.999)).toBe('5.26 minutes');
    expect(findingOf(scoreWith({ powerUptimePct: 99.9 }), 'sla.power')?.message).toBe(
      'Power SLA is 99.9 %: up to 8.76 hours of outage a year before any credit is owed.',
    );
  });

  it.each([
    ['powerUptimePct', 'sla.power.unknown', -18],
    ['networkUptimePct', 'sla.network.unknown', -18],
    ['creditPctPerHour', 'sla.credit.unknown', -3],
  ])('an unknown %s costs points under %s (%d)', (field, code, impact) => {
    const result = scoreWith({ [field]: undefined });
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
    expect(result.missing).toEqual([`sla.${field}`]);
  });

  it('costs 39 points when nothing is known', () => {
    expect(scoreSla(unknownFacility()).score).toBe(100 - (18 + 18 + 3));
  });
});
