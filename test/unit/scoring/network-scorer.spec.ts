import { describe, expect, it } from 'vitest';
import { scoreNetwork, type NetworkData } from '../../../src/scoring/index.js';
import { bestPracticeFacility, codesAndImpacts, facilityWith, unknownFacility } from './fixtures.js';

function scoreWith(network: Partial<NetworkData> | Record<string, unknown>) {
  return scoreNetwork(facilityWith({ network: network as Partial<NetworkData> }));
}

describe('scoreNetwork', () => {
  it('gives a best-practice facility exactly 100', () => {
    expect(scoreNetwork(bestPracticeFacility())).toMatchObject({ score: 100, findings: [], missing: [] });
  });

  it.each([
    [{ model: 'hybrid' }, 'network.model', -3],
    [{ model: 'carrier-controlled' }, 'network.model', -20],
    [{ carrierIds: [] }, 'network.carriers', -35],
    [{ carrierIds: ['c1'] }, 'network.carriers', -25],
    [{ carrierIds: ['c1', 'c1', 'c1'] }, 'network.carriers', -25],
    [{ carrierIds: ['c1', 'c2'] }, 'network.carriers', -6],
    [{ diverseFiberEntries: 0 }, 'network.fiberEntries', -20],
    [{ diverseFiberEntries: 1 }, 'network.fiberEntries', -15],
    [{ meetMeRooms: 0 }, 'network.meetMeRooms', -6],
    [{ meetMeRooms: 1 }, 'network.meetMeRooms', -2],
    [{ internetExchanges: [] }, 'network.internetExchanges', -5],
  ])('%o loses points under %s (%d)', (network, code, impact) => {
    const result = scoreWith(network);
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
    expect(result.score).toBe(100 + impact);
  });

  it.each([
    ['model', 'network.model.unknown', -10],
    ['carrierIds', 'network.carriers.unknown', -15],
    ['diverseFiberEntries', 'network.fiberEntries.unknown', -8],
    ['meetMeRooms', 'network.meetMeRooms.unknown', -3],
    ['internetExchanges', 'network.internetExchanges.unknown', -3],
  ])('an unknown %s costs points under %s (%d)', (field, code, impact) => {
    const result = scoreWith({ [field]: undefined });
    expect(codesAndImpacts(result)).toEqual([[code, impact]]);
    expect(result.missing).toEqual([`network.${field}`]);
  });

  it('calls a single carrier a single point of failure', () => {
    expect(scoreWith({ carrierIds: ['c1'] }).findings[0]?.message).toMatch(/single point of failure/);
  });

  it('costs 39 points when nothing is known', () => {
    expect(scoreNetwork(unknownFacility()).score).toBe(100 - (10 + 15 + 8 + 3 + 3));
  });
});
