import { describe, expect, it } from 'vitest';
import { getPreset, rankFacilities, type ScoringEntry } from '../../../src/scoring/index.js';
import { bestPracticeFacility, bestPracticeReports, facilityWith, fullProfile, NOW } from './fixtures.js';

function entry(id: string, name: string, patch: Parameters<typeof facilityWith>[0] = {}): ScoringEntry {
  return { facility: facilityWith({ ...patch, id, name }), reports: bestPracticeReports() };
}

describe('rankFacilities', () => {
  it('puts eligible facilities first, then by overall descending', () => {
    const profile = fullProfile({ requirements: { minCarriers: 3 } });
    const ranking = rankFacilities(
      [
        entry('a', 'Alpha', { power: { upsRedundancy: 'N+1' } }), // eligible, 98.5
        entry('b', 'Bravo', { network: { carrierIds: ['c1', 'c2'] } }), // ineligible, higher score than Alpha
        entry('c', 'Charlie'), // eligible, 100
      ],
      profile,
      NOW,
    );
    expect(ranking.items.map((i) => [i.rank, i.facilityId, i.overall, i.eligible])).toEqual([
      [1, 'c', 100, true],
      [2, 'a', 98.5, true],
      [3, 'b', 99.3, false],
    ]);
    expect(ranking.items[2]?.unmetRequirements).toMatchObject([{ requirement: 'minCarriers', expected: 3, actual: 2 }]);
  });

  it('breaks ties by name (case-insensitive), then id', () => {
    const ranking = rankFacilities(
      [entry('z2', 'beta'), entry('z1', 'Beta'), entry('y', 'alpha'), entry('x', 'Beta')],
      fullProfile(),
      NOW,
    );
    expect(ranking.items.map((i) => `${i.facilityName}/${i.facilityId}`)).toEqual(['alpha/y', 'Beta/x', 'Beta/z1', 'beta/z2']);
  });

  it('compares the overall as shown (0.1 resolution)', () => {
    const weights = { power: 2, network: 0, climate: 0, security: 0, remoteHands: 0, sla: 0, compliance: 0, cost: 1 };
    // 3500 a month is 1/600 of the way from 3499 to 4099: cost 99.9, overall 99.97, shown as 100.
    const profile = fullProfile({ weights, budget: { targetMonthly: 3499, maxMonthly: 4099 } });
    const pricier = entry('p', 'Aardvark');
    const cheaper = entry('c', 'Zebra', { pricing: { cabinetMonthly: 799 } }); // 3498: cost 100, overall 100
    const ranking = rankFacilities([cheaper, pricier], profile, NOW);
    expect(ranking.items.map((i) => [i.facilityName, i.overall, i.categories.cost?.score])).toEqual([
      ['Aardvark', 100, 99.9],
      ['Zebra', 100, 100],
    ]);
  });

  it('carries category scores and weights, and findings only when asked', () => {
    const entries = [entry('a', 'A', { power: { upsRedundancy: 'N+1' } })];
    const lean = rankFacilities(entries, fullProfile(), NOW);
    expect(lean.items[0]?.categories.power).toEqual({ score: 88, weight: 0.125 });
    const full = rankFacilities(entries, fullProfile(), NOW, { includeFindings: true });
    expect(full.items[0]?.categories.power?.findings).toMatchObject([{ code: 'power.ups.redundancy', impact: -12 }]);
    expect(full.items[0]?.monthlyCost?.total).toBe(3500);
  });

  it('explains the top two: margin, where the winner leads and where it trails', () => {
    const profile = fullProfile({
      weights: { power: 2, network: 1, climate: 1, security: 1, remoteHands: 1, sla: 1, compliance: 1, cost: 2 },
      budget: { targetMonthly: 3000, maxMonthly: 6000 },
    });
    // Winner: top power, pricier (3500: -10 cost). Runner-up: N+1 UPS (-12 power), cheap.
    const winner = entry('win', 'Winner');
    const runnerUp = entry('run', 'Runner-up', {
      power: { upsRedundancy: 'N+1' },
      pricing: { cabinetMonthly: 500 },
    });
    const ranking = rankFacilities([runnerUp, winner], profile, NOW);
    expect(ranking.items.map((i) => [i.facilityId, i.overall])).toEqual([
      ['win', 98], // (2 x 100 + 6 x 100 + 2 x 90) / 10
      ['run', 97.6], // (2 x 88 + 6 x 100 + 2 x 100) / 10
    ]);
    expect(ranking.topTwo).toEqual({
      winnerId: 'win',
      runnerUpId: 'run',
      margin: 0.4,
      winnerLeads: [{ category: 'power', winner: 20, runnerUp: 17.6, difference: 2.4 }],
      winnerTrails: [{ category: 'cost', winner: 18, runnerUp: 20, difference: -2 }],
    });
  });

  it('has no top-two analysis with fewer than two facilities', () => {
    expect(rankFacilities([entry('a', 'A')], fullProfile(), NOW).topTwo).toBeNull();
    expect(rankFacilities([], fullProfile(), NOW)).toMatchObject({ items: [], topTwo: null });
  });

  it('notes at ranking level when cost is excluded', () => {
    const ranking = rankFacilities([entry('a', 'A')], getPreset('balanced')!, NOW);
    expect(ranking.excludedCategories).toEqual(['cost']);
    expect(ranking.warnings.map((w) => w.code)).toEqual(['cost.excluded']);
    expect(ranking.items[0]?.categories.cost).toBeUndefined();
  });

  it('ranks 10,000 facilities quickly', () => {
    const levels = ['N', 'N+1', 'N+2', '2N', '2N+1'] as const;
    const reports = bestPracticeReports();
    const entries: ScoringEntry[] = [];
    for (let i = 0; i < 10_000; i++) {
      const facility = bestPracticeFacility(`f${i}`, `Facility ${i % 500}`);
      facility.power = { ...facility.power, upsRedundancy: levels[i % 5] };
      facility.pricing = { ...facility.pricing, cabinetMonthly: 500 + (i % 300) * 10 };
      entries.push({ facility, reports });
    }
    const started = performance.now();
    const ranking = rankFacilities(entries, getPreset('budget')!, NOW);
    const elapsed = performance.now() - started;
    expect(ranking.items).toHaveLength(10_000);
    expect(ranking.items[0]?.overall).toBeGreaterThanOrEqual(ranking.items[9_999]!.overall);
    // Typically 0.2-0.3 s. The generous bound tolerates a busy CI machine and still catches an
    // accidental quadratic step (10,000 x 10,000 comparisons of scorecards takes minutes).
    expect(elapsed).toBeLessThan(8_000);
  });
});
