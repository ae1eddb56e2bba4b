import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildScorecard,
  CATEGORY_NAMES,
  getPreset,
  prepareFacility,
  rankFacilities,
  roundScore,
  scoreClimate,
  scoreCompliance,
  scoreCost,
  scoreNetwork,
  scorePower,
  scoreRemoteHands,
  scoreSecurity,
  scoreSla,
  type CategoryResult,
  type RequirementProfile,
  type Scorecard,
} from '../../../src/scoring/index.js';
import { extraReportArb, facilityArb, IMPROVEMENTS, profileArb, reportsArb, type Scenario } from './arbitraries.js';
import { bestPracticeFacility, bestPracticeReports, fullProfile, NOW } from './fixtures.js';

const RUNS = { numRuns: 300 };

function categoryResults(scenario: Scenario, profile: RequirementProfile): CategoryResult[] {
  const { facility, reports } = scenario;
  const results = [
    scorePower(facility, NOW),
    scoreNetwork(facility),
    scoreClimate(facility),
    scoreSecurity(facility),
    scoreRemoteHands(facility),
    scoreSla(facility),
    scoreCompliance(facility, reports, NOW),
  ];
  if (profile.budget) results.push(scoreCost(facility, profile.footprint, profile.budget));
  return results;
}

function expectNoWorse(before: Scorecard, after: Scorecard, label: string): void {
  for (const name of CATEGORY_NAMES) {
    const was = before.categories[name];
    if (was === undefined) continue;
    expect(after.categories[name]!.score, `${label}: ${name}`).toBeGreaterThanOrEqual(was.score);
  }
  expect(after.overall, `${label}: overall`).toBeGreaterThanOrEqual(before.overall);
}

describe('scoring properties', () => {
  it('keeps every score within 0..100 and confidence within 0..1', () => {
    fc.assert(
      fc.property(facilityArb, reportsArb, profileArb, (facility, reports, profile) => {
        const card = buildScorecard(facility, reports, profile, NOW);
        const scores = Object.values(card.categories).map((c) => c.score);
        for (const score of scores) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        expect(card.overall).toBeGreaterThanOrEqual(0);
        expect(card.overall).toBeLessThanOrEqual(100);
        expect(card.confidence).toBeGreaterThanOrEqual(0);
        expect(card.confidence).toBeLessThanOrEqual(1);
        // overall is a weighted average of the category scores
        expect(card.overall).toBeGreaterThanOrEqual(roundScore(Math.min(...scores)));
        expect(card.overall).toBeLessThanOrEqual(roundScore(Math.max(...scores)));
      }),
      RUNS,
    );
  });

  it('explains every lost point: score = max(0, 100 + sum of impacts), each impact <= 0', () => {
    fc.assert(
      fc.property(facilityArb, reportsArb, profileArb, (facility, reports, profile) => {
        for (const result of categoryResults({ facility, reports }, profile)) {
          let sum = 0;
          for (const finding of result.findings) {
            expect(finding.impact).toBeLessThanOrEqual(0);
            expect(finding.code).toMatch(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/);
            expect(finding.message.length).toBeGreaterThan(10);
            sum += finding.impact;
          }
          expect(result.score).toBe(Math.max(0, roundScore(100 + sum)));
          expect(new Set(result.findings.map((f) => f.code)).size).toBe(result.findings.length);
          expect(new Set(result.missing).size).toBe(result.missing.length);
          expect(result.knownFields).toBeLessThanOrEqual(result.scoredFields);
          // every missing field shows up as a finding ending in .unknown
          if (result.missing.length > 0) expect(result.findings.some((f) => f.code.endsWith('.unknown'))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('puts exactly the category scorers\' results in the scorecard', () => {
    fc.assert(
      fc.property(facilityArb, reportsArb, profileArb, (facility, reports, profile) => {
        const card = buildScorecard(facility, reports, profile, NOW);
        const direct = categoryResults({ facility, reports }, profile);
        const names = profile.budget ? CATEGORY_NAMES : CATEGORY_NAMES.filter((name) => name !== 'cost');
        names.forEach((name, i) => {
          const { score, findings, missing } = direct[i]!;
          expect(card.categories[name], name).toMatchObject({ score, findings, missing });
        });
      }),
      RUNS,
    );
  });

  it('never lowers a category score or the overall when one attribute improves', () => {
    fc.assert(
      fc.property(
        facilityArb,
        reportsArb,
        profileArb,
        fc.integer({ min: 0, max: IMPROVEMENTS.length - 1 }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        (facility, reports, profile, which, step) => {
          const [label, improve] = IMPROVEMENTS[which]!;
          const improved = improve({ facility, reports }, step);
          fc.pre(improved !== null);
          const before = buildScorecard(facility, reports, profile, NOW);
          const after = buildScorecard(improved!.facility, improved!.reports, profile, NOW);
          expectNoWorse(before, after, label);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never lowers a score when a report is added', () => {
    fc.assert(
      fc.property(facilityArb, reportsArb, profileArb, extraReportArb, (facility, reports, profile, extra) => {
        const before = buildScorecard(facility, reports, profile, NOW);
        const after = buildScorecard(facility, [...reports, extra], profile, NOW);
        expectNoWorse(before, after, 'added report');
      }),
      RUNS,
    );
  });

  it('never makes a facility ineligible when one attribute improves', () => {
    const profile = fullProfile({
      requirements: {
        ...getPreset('high-availability')!.requirements,
        requiredReports: [{ framework: 'SOC2', reportType: 'type2' }, { framework: 'ISO27001' }],
        maxMonthlyCost: 4000,
        countries: ['DE', 'NL'],
      },
    });
    fc.assert(
      fc.property(
        facilityArb,
        reportsArb,
        fc.integer({ min: 0, max: IMPROVEMENTS.length - 1 }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        (facility, reports, which, step) => {
          const improved = IMPROVEMENTS[which]![1]({ facility, reports }, step);
          fc.pre(improved !== null);
          const before = buildScorecard(facility, reports, profile, NOW);
          const after = buildScorecard(improved!.facility, improved!.reports, profile, NOW);
          expect(after.unmetRequirements.length).toBeLessThanOrEqual(before.unmetRequirements.length);
          if (before.eligible) expect(after.eligible).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('ranks the same way whatever the input order', () => {
    const entriesArb = fc
      .array(fc.tuple(facilityArb, reportsArb, fc.constantFrom('Alpha', 'alpha', 'Beta', 'Gamma')), { minLength: 2, maxLength: 12 })
      .map((rows) => rows.map(([facility, reports, name], i) => ({ facility: { ...facility, id: `f${i}`, name }, reports })));
    fc.assert(
      fc.property(
        entriesArb.chain((entries) =>
          fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })),
        ),
        profileArb,
        ([entries, shuffled], profile) => {
          const ranking = rankFacilities(entries, profile, NOW);
          expect(rankFacilities(shuffled, profile, NOW)).toEqual(ranking);
          // and the order obeys the documented rule
          for (let i = 1; i < ranking.items.length; i++) {
            const a = ranking.items[i - 1]!;
            const b = ranking.items[i]!;
            if (a.eligible === b.eligible) expect(a.overall).toBeGreaterThanOrEqual(b.overall);
            else expect(a.eligible).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('shows in a ranking exactly what the scorecards show (rankings score without findings)', () => {
    const entriesArb = fc
      .array(fc.tuple(facilityArb, reportsArb), { minLength: 1, maxLength: 6 })
      .map((rows) => rows.map(([facility, reports], i) => ({ facility: { ...facility, id: `f${i}` }, reports })));
    fc.assert(
      fc.property(entriesArb, profileArb, (entries, profile) => {
        const lean = rankFacilities(entries, profile, NOW);
        const full = rankFacilities(entries, profile, NOW, { includeFindings: true });
        for (const [i, item] of lean.items.entries()) {
          const entry = entries.find((e) => e.facility.id === item.facilityId)!;
          const card = buildScorecard(entry.facility, entry.reports, profile, NOW);
          const categories = Object.fromEntries(
            Object.entries(card.categories).map(([name, c]) => [name, { score: c.score, weight: c.weight }]),
          );
          expect(item).toEqual({
            rank: i + 1,
            facilityId: card.facilityId,
            facilityName: card.facilityName,
            overall: card.overall,
            eligible: card.eligible,
            unmetRequirements: card.unmetRequirements,
            confidence: card.confidence,
            categories,
            monthlyCost: card.monthlyCost,
          });
          expect(Object.keys(item.categories)).toEqual(Object.keys(card.categories));
          expect(full.items[i]).toEqual({ ...item, categories: card.categories });
        }
        expect({ ...full, items: [] }).toEqual({ ...lean, items: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('scores a prepared facility (the fixed-shape copy kept per revision) exactly like the original', () => {
    fc.assert(
      fc.property(facilityArb, reportsArb, profileArb, (facility, reports, profile) => {
        const prepared = prepareFacility(facility);
        expect(prepared).not.toBe(facility);
        const expected = buildScorecard(facility, reports, profile, NOW);
        expect(buildScorecard(prepared, reports, profile, NOW)).toEqual(expected);
        // Scored again: the same copy is read, and it is still unchanged.
        expect(buildScorecard(prepared, reports, profile, NOW)).toEqual(expected);
        expect(rankFacilities([{ facility: prepared, reports }], profile, NOW)).toEqual(rankFacilities([{ facility, reports }], profile, NOW));
      }),
      RUNS,
    );
  });

  it('gives a best-practice facility 100 in every category, even when it exceeds best practice', () => {
    const beyondArb = fc.record({
      utilityFeeds: fc.integer({ min: 2, max: 6 }),
      generatorFuelHours: fc.integer({ min: 48, max: 200 }),
      carriers: fc.integer({ min: 3, max: 30 }),
      layers: fc.integer({ min: 5, max: 8 }),
      retention: fc.integer({ min: 90, max: 3650 }),
      temperatureMin: fc.double({ min: 18, max: 22, noNaN: true }),
      temperatureMax: fc.double({ min: 22, max: 27, noNaN: true }),
      cabinetMonthly: fc.integer({ min: 0, max: 800 }),
    });
    fc.assert(
      fc.property(beyondArb, (beyond) => {
        const base = bestPracticeFacility();
        const facility = {
          ...base,
          power: { ...base.power, utilityFeeds: beyond.utilityFeeds, generatorFuelHours: beyond.generatorFuelHours },
          network: { ...base.network, carrierIds: Array.from({ length: beyond.carriers }, (_, i) => `c${i}`) },
          climate: { ...base.climate, temperatureMin: beyond.temperatureMin, temperatureMax: beyond.temperatureMax },
          security: {
            ...base.security,
            layers: beyond.layers,
            cctvRetentionDays: beyond.retention,
            accessLogRetentionDays: beyond.retention,
            accessMethods: [...ACCESS_ALL],
          },
          pricing: { ...base.pricing, cabinetMonthly: beyond.cabinetMonthly },
        };
        const card = buildScorecard(facility, bestPracticeReports(), fullProfile(), NOW);
        for (const name of CATEGORY_NAMES) expect(card.categories[name]!.score, name).toBe(100);
        expect(card.overall).toBe(100);
      }),
      RUNS,
    );
  });

  it('prints numbers without float noise', () => {
    const isRounded = (value: number, decimals: number) => Number(value.toFixed(decimals)) === value;
    fc.assert(
      fc.property(facilityArb, reportsArb, profileArb, (facility, reports, profile) => {
        const card = buildScorecard(facility, reports, profile, NOW);
        expect(isRounded(card.overall, 1)).toBe(true);
        expect(isRounded(card.confidence, 2)).toBe(true);
        for (const category of Object.values(card.categories)) {
          expect(isRounded(category.score, 1)).toBe(true);
          expect(isRounded(category.weight, 4)).toBe(true);
          for (const finding of category.findings) expect(isRounded(finding.impact, 1)).toBe(true);
        }
        if (card.monthlyCost) {
          expect(isRounded(card.monthlyCost.total, 2)).toBe(true);
          for (const line of card.monthlyCost.lines) if (line.amount !== null) expect(isRounded(line.amount, 2)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

const ACCESS_ALL = ['key', 'badge', 'pin', 'biometric', 'mantrap', 'facial-recognition'] as const;
