import { describe, expect, it } from 'vitest';
import {
  BUDGET_AT_MAX_SCORE,
  estimateMonthlyCost,
  scoreCost,
  type Budget,
  type Footprint,
} from '../../../src/scoring/index.js';
import { codesAndImpacts, facilityWith, findingOf, unknownFacility } from './fixtures.js';

/** DOMAIN.md-style prices: 900 per cabinet, 150 per kW, 300 per cross-connect, 150/h remote hands. */
const facility = facilityWith({
  pricing: { currency: 'USD', cabinetMonthly: 900, perKwMonthly: 150, crossConnectMonthly: 300, setupFee: 500 },
  remoteHands: {
    hourlyRate: 150,
    currency: 'USD',
    minimumBillableMinutes: 30,
    billingIncrementMinutes: 15,
    includedMinutesPerMonth: 30,
  },
});
const footprint: Footprint = {
  cabinets: 2,
  kw: 8,
  crossConnects: 2,
  remoteHandsIncidentsPerMonth: 2,
  averageIncidentMinutes: 20,
};
const budget: Budget = { targetMonthly: 3000, maxMonthly: 4500 };

describe('estimateMonthlyCost', () => {
  it('prices each line of the footprint and adds them up', () => {
    const estimate = estimateMonthlyCost(facility, footprint);
    expect(estimate.currency).toBe('USD');
    expect(estimate.lines.map((l) => [l.item, l.quantity, l.unitPrice, l.amount])).toEqual([
      ['cabinets', 2, 900, 1800],
      ['power', 8, 150, 1200],
      ['crossConnects', 2, 300, 600],
      // 2 incidents of 20 min, each billed 30 min (the minimum) = 60 min, less 30 included = 30 min
      ['remoteHands', 0.5, 150, 75],
    ]);
    expect(estimate.total).toBe(3675);
    expect(estimate.complete).toBe(true);
    expect(estimate.setupFee).toBe(500);
    expect(estimate.remoteHands).toEqual({
      incidents: 2,
      incidentMinutes: 20,
      billedMinutesPerIncident: 30,
      billedMinutes: 60,
      includedMinutes: 30,
      billableMinutes: 30,
    });
  });

  it('subtracts included minutes after per-incident rounding, never below zero', () => {
    const generous = facilityWith({ remoteHands: { includedMinutesPerMonth: 600 } }, facility);
    const line = estimateMonthlyCost(generous, footprint).lines.find((l) => l.item === 'remoteHands');
    expect(line?.amount).toBe(0);
  });

  it('treats missing included minutes as none included', () => {
    const none = facilityWith({ remoteHands: { includedMinutesPerMonth: undefined } }, facility);
    const estimate = estimateMonthlyCost(none, footprint);
    expect(estimate.lines.find((l) => l.item === 'remoteHands')?.amount).toBe(150);
    expect(estimate.missing).toEqual([]);
  });

  it('leaves out lines the footprint does not need, and needs no price for them', () => {
    const estimate = estimateMonthlyCost(unknownFacility(), { cabinets: 0, kw: 0 });
    expect(estimate).toMatchObject({ lines: [], total: 0, complete: true, missing: [], currency: null });
  });

  it('marks a line with an unknown price and totals only the priced lines', () => {
    const noCabinetPrice = facilityWith({ pricing: { cabinetMonthly: undefined } }, facility);
    const estimate = estimateMonthlyCost(noCabinetPrice, footprint);
    expect(estimate.lines[0]).toMatchObject({ item: 'cabinets', amount: null, unitPrice: null, missing: ['pricing.cabinetMonthly'] });
    expect(estimate.total).toBe(1875);
    expect(estimate.complete).toBe(false);
    expect(estimate.missing).toEqual(['pricing.cabinetMonthly']);
  });

  it('does not add remote hands billed in another currency', () => {
    const euroHands = facilityWith({ remoteHands: { currency: 'EUR' } }, facility);
    const estimate = estimateMonthlyCost(euroHands, footprint);
    expect(estimate.lines[3]).toMatchObject({ item: 'remoteHands', amount: null, missing: ['remoteHands.currency'] });
    expect(estimate.total).toBe(3600);
  });

  it('rounds each line to cents so lines add up to the total', () => {
    const odd = facilityWith({ pricing: { cabinetMonthly: 333.333, perKwMonthly: 0.1, crossConnectMonthly: 0.2 } }, facility);
    const estimate = estimateMonthlyCost(odd, { cabinets: 3, kw: 1, crossConnects: 1 });
    expect(estimate.lines.map((l) => l.amount)).toEqual([1000, 0.1, 0.2]);
    expect(estimate.total).toBe(1000.3);
  });
});

describe('scoreCost', () => {
  it('scores 100 at or under the target', () => {
    expect(scoreCost(facility, footprint, { targetMonthly: 3675, maxMonthly: 5000 })).toMatchObject({ score: 100, findings: [] });
  });

  it('falls linearly from 100 at the target to 40 at the maximum', () => {
    // 3675 is 45 % of the way from 3000 to 4500: 60 x 0.45 = 27 points lost
    const result = scoreCost(facility, footprint, budget);
    expect(codesAndImpacts(result)).toEqual([['cost.budget.aboveTarget', -27]]);
    expect(result.score).toBe(73);
    expect(findingOf(result, 'cost.budget.aboveTarget')?.message).toBe(
      'The estimate of 3675.00 USD a month is above the 3000.00 USD target (maximum 4500.00 USD).',
    );
    expect(scoreCost(facility, footprint, { targetMonthly: 2000, maxMonthly: 3675 }).score).toBe(BUDGET_AT_MAX_SCORE);
  });

  it('keeps budget losses at 0.1-point resolution', () => {
    const result = scoreCost(facility, footprint, { targetMonthly: 3000, maxMonthly: 10000 });
    // 675 / 7000 x 60 = 5.7857...
    expect(codesAndImpacts(result)).toEqual([['cost.budget.aboveTarget', -5.8]]);
    expect(result.score).toBe(94.2);
  });

  it('scores 0 above the maximum, with a finding', () => {
    const result = scoreCost(facility, footprint, { targetMonthly: 2000, maxMonthly: 3674.99 });
    expect(codesAndImpacts(result)).toEqual([['cost.budget.over', -100]]);
    expect(result.score).toBe(0);
  });

  it.each([
    ['cabinetMonthly', 'cost.cabinets.unknown', -60],
    ['perKwMonthly', 'cost.power.unknown', -60],
    ['crossConnectMonthly', 'cost.crossConnects.unknown', -10],
  ])('an unknown %s costs points under %s (%d)', (field, code, impact) => {
    const result = scoreCost(facilityWith({ pricing: { [field]: undefined } }, facility), footprint, {
      targetMonthly: 10000,
      maxMonthly: 20000,
    });
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
    expect(result.missing).toEqual([`pricing.${field}`]);
  });

  it('an unpriceable remote-hands line costs 10 points and lists what is missing', () => {
    const result = scoreCost(facilityWith({ remoteHands: { hourlyRate: undefined } }, facility), footprint, {
      targetMonthly: 10000,
      maxMonthly: 20000,
    });
    expect(codesAndImpacts(result)).toEqual([['cost.remoteHands.unknown', -10]]);
    expect(result.missing).toEqual(['remoteHands.hourlyRate']);
    expect(result.knownFields).toBe(5);
    expect(result.scoredFields).toBe(6);
  });

  it('checks the budget against the priced lines when some are unknown (a lower bound)', () => {
    const result = scoreCost(facilityWith({ pricing: { crossConnectMonthly: undefined } }, facility), footprint, {
      targetMonthly: 1000,
      maxMonthly: 2000,
    });
    expect(codesAndImpacts(result)).toEqual([
      ['cost.budget.over', -100],
      ['cost.crossConnects.unknown', -10],
    ]);
    expect(findingOf(result, 'cost.budget.over')?.message).toContain('at least 3075.00 USD');
  });

  it('cannot check a budget in another currency', () => {
    const result = scoreCost(facility, footprint, { ...budget, currency: 'EUR' });
    expect(codesAndImpacts(result)).toEqual([['cost.currency.mismatch', -30]]);
  });

  it('returns the estimate with the score', () => {
    expect(scoreCost(facility, footprint, budget).estimate.total).toBe(3675);
  });
});

describe('leaving a price out', () => {
  it('never scores better than a price at the maximum budget', () => {
    const budget = { targetMonthly: 3000, maxMonthly: 4500 };
    const footprint = { cabinets: 2, kw: 8 };
    const priced = (cabinetMonthly?: number) =>
      scoreCost({ id: 'f', name: 'F', providerId: 'p', pricing: { currency: 'USD', perKwMonthly: 100, ...(cabinetMonthly !== undefined && { cabinetMonthly }) } }, footprint, budget).score;
    // 2 x 1,850 + 8 x 100 = 4,500: exactly the maximum.
    expect(priced()).toBeLessThanOrEqual(priced(1850));
    expect(priced()).toBeGreaterThanOrEqual(priced(5000));
  });
});
