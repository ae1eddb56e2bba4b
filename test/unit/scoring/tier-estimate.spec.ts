import { describe, expect, it } from 'vitest';
import { estimateTier, type Redundancy } from '../../../src/scoring/index.js';
import { bestPracticeFacility, facilityWith, unknownFacility } from './fixtures.js';

function tierOf(ups?: Redundancy, generators?: Redundancy, distribution?: 'single' | 'A+B', cooling?: Redundancy) {
  return estimateTier(
    facilityWith({
      power: { upsRedundancy: ups, generatorRedundancy: generators, distribution },
      climate: { coolingRedundancy: cooling },
    }),
  );
}

describe('estimateTier', () => {
  it.each([
    ['2N', '2N', 'A+B', '2N', 4],
    ['2N+1', '2N+1', 'A+B', '2N+1', 4],
    ['N+1', 'N+1', 'A+B', 'N+1', 3], // concurrently maintainable: redundant components, alternate path
    ['2N', '2N', 'A+B', 'N+1', 3], // the lowest part sets the tier
    ['N+1', 'N+1', 'single', 'N+1', 2], // redundant components, one path
    ['2N', '2N', 'single', '2N', 2],
    ['N', '2N', 'A+B', '2N', 1],
    ['2N', '2N', 'A+B', 'N', 1],
  ] as const)('UPS %s, generators %s, %s distribution, cooling %s: Tier %d', (ups, gen, dist, cooling, tier) => {
    expect(tierOf(ups, gen, dist, cooling).tier).toBe(tier);
  });

  it('is labelled as derived and says it is not a certification', () => {
    const estimate = estimateTier(bestPracticeFacility());
    expect(estimate.basis).toBe('derived');
    expect(estimate.explanation).toContain('not certified by the Uptime Institute');
    expect(estimate.explanation).toContain('cooling 2N+1 (allows Tier IV)');
  });

  it('is null when a part is unknown and could still change the answer', () => {
    const estimate = tierOf('N+1', 'N+1', 'A+B', undefined);
    expect(estimate.tier).toBeNull();
    expect(estimate.explanation).toContain('cooling unknown');
    expect(estimate.explanation).toContain('at most Tier III');
  });

  it('is Tier I when a known part is N, whatever is unknown', () => {
    expect(tierOf('N', undefined, undefined, undefined).tier).toBe(1);
  });

  it('is null for a facility nobody knows anything about', () => {
    expect(estimateTier(unknownFacility()).tier).toBeNull();
  });
});
