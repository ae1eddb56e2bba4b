import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCarrier, createFacility, createProvider, createReport, fieldsOf } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const today = new Date();
const daysAgo = (days: number) => new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);

const premium = (carrierIds: string[]) => ({
  name: 'Premium One',
  verifiedAt: daysAgo(10),
  power: {
    utilityFeeds: 2, diverseSubstations: true, upsTechnology: 'lithium-ion', upsRedundancy: '2N+1', upsRuntimeMinutes: 15,
    generatorCount: 6, generatorRedundancy: '2N+1', generatorFuelHours: 72, generatorTestInterval: 'monthly',
    lastLoadTestAt: daysAgo(60), distribution: 'A+B', monitored24x7: true,
  },
  network: { model: 'carrier-neutral', carrierIds, diverseFiberEntries: 4, meetMeRooms: 2, internetExchanges: ['IX-A', 'IX-B'] },
  climate: { temperatureMin: 18, temperatureMax: 27, humidityMinPct: 30, humidityMaxPct: 60, maxSwingPerHour: 2, coolingRedundancy: '2N+1', monitored24x7: true },
  security: {
    accessMethods: ['badge', 'biometric', 'mantrap', 'pin'], layers: 5, cctv: true, cctvRetentionDays: 365, guards: '24x7',
    cabinetLocks: 'electronic', cagesAvailable: true, accessLogRetentionDays: 365, packageHandling: 'held-securely',
  },
  remoteHands: { availability: '24x7', responseTimeMinutes: 15, hourlyRate: 120, currency: 'USD', minimumBillableMinutes: 15, billingIncrementMinutes: 15, includedMinutesPerMonth: 120 },
  sla: { powerUptimePct: 100, networkUptimePct: 100, creditPctPerHour: 10 },
  pricing: { currency: 'USD', cabinetMonthly: 2000, perKwMonthly: 250, setupFee: 2500, crossConnectMonthly: 300 },
});

const budget = (carrierIds: string[]) => ({
  name: 'Budget One',
  verifiedAt: daysAgo(20),
  power: { utilityFeeds: 1, upsTechnology: 'battery-vrla', upsRedundancy: 'N', generatorCount: 1, generatorRedundancy: 'N', generatorFuelHours: 8, generatorTestInterval: 'annually', distribution: 'single' },
  network: { model: 'carrier-controlled', carrierIds, diverseFiberEntries: 1 },
  security: { accessMethods: ['key'], layers: 1, cctv: true, cctvRetentionDays: 7, guards: 'none', cabinetLocks: 'key', packageHandling: 'not-accepted' },
  remoteHands: { availability: 'business-hours', responseTimeMinutes: 240, hourlyRate: 150, currency: 'USD', minimumBillableMinutes: 60, billingIncrementMinutes: 30 },
  sla: { powerUptimePct: 99, networkUptimePct: 99 },
  pricing: { currency: 'USD', cabinetMonthly: 500, perKwMonthly: 100, crossConnectMonthly: 100 },
});

type Category = { score: number; weight: number; findings: Array<{ code: string; impact: number }>; missing: string[] };

describe('scoring through HTTP', () => {
  let t: TestApp;
  let premiumId: string;
  let budgetId: string;
  let twinIds: string[];

  beforeAll(async () => {
    t = await startTestApp();
    const provider = (await createProvider(t)).id;
    const cheap = (await createProvider(t)).id;
    const carriers = [await createCarrier(t), await createCarrier(t), await createCarrier(t)];
    premiumId = (await createFacility(t, provider, premium(carriers.map((c) => c.id)))).id;
    budgetId = (await createFacility(t, cheap, { ...budget([carriers[0].id]), address: { country: 'CA', city: 'Toronto' } })).id;
    await createReport(t, provider, {
      periodStart: daysAgo(365 + 60), periodEnd: daysAgo(60), opinion: 'unqualified', exceptionsCount: 0, standard: 'SSAE18',
      trustServicesCriteria: ['security', 'availability'],
    });
    await createReport(t, provider, { framework: 'ISO27001', reportType: 'certificate', standard: 'none', periodStart: daysAgo(400), periodEnd: daysAgo(30), issuedAt: daysAgo(300) });
    // Two facilities with identical data: only the name (then id) can order them.
    const twinProvider = (await createProvider(t)).id;
    twinIds = [
      (await createFacility(t, twinProvider, { name: 'Twin B', power: { upsRedundancy: 'N+1' } })).id,
      (await createFacility(t, twinProvider, { name: 'Twin A', power: { upsRedundancy: 'N+1' } })).id,
    ];
  });
  afterAll(() => t.destroy());

  it('explains every lost point: each category score is 100 plus its impacts', async () => {
    const res = await t.http.get(`/v1/facilities/${budgetId}/scorecard`).expect(200);
    expect(res.body.profileId).toBe('balanced');
    expect(Object.keys(res.body.categories).sort()).toEqual(['climate', 'compliance', 'network', 'power', 'remoteHands', 'security', 'sla']);
    expect(res.body.excludedCategories).toEqual(['cost']);
    expect(res.body.warnings.map((w: { code: string }) => w.code)).toContain('cost.excluded');
    for (const category of Object.values(res.body.categories) as Category[]) {
      const sum = category.findings.reduce((total, f) => total + f.impact, 0);
      expect(category.score).toBeCloseTo(Math.max(0, 100 + sum), 5);
      for (const finding of category.findings) expect(finding.impact).toBeLessThanOrEqual(0);
    }
    const codes = (res.body.categories.power as Category).findings.map((f) => f.code);
    expect(codes).toContain('power.ups.redundancy');
    // The climate block is absent: unknown is scored as such, never as good.
    expect(res.body.categories.climate.missing.length).toBeGreaterThan(0);
    expect(res.body.categories.climate.score).toBeLessThan(100);
    expect(res.body.confidence).toBeLessThan(1);
    expect(res.body.estimatedTier).toMatchObject({ tier: 1, basis: 'derived' });
  });

  it('scores best practice at 100 in every facility category', async () => {
    const res = await t.http.get(`/v1/facilities/${premiumId}/scorecard`).query({ profileId: 'high-availability' }).expect(200);
    for (const name of ['power', 'network', 'climate', 'security', 'sla', 'compliance']) {
      expect({ name, score: res.body.categories[name].score }).toEqual({ name, score: 100 });
    }
    expect(res.body.eligible).toBe(true);
    expect(res.body.estimatedTier.tier).toBe(4);
  });

  it('estimates the monthly cost for the profile\'s footprint', async () => {
    const profile = (
      await t.http
        .post('/v1/profiles')
        .send({ name: 'Cost check', weights: { cost: 1, power: 1 }, footprint: { cabinets: 2, kw: 10, crossConnects: 3 }, budget: { targetMonthly: 2000, maxMonthly: 4000 } })
        .expect(201)
    ).body;
    const res = await t.http.get(`/v1/facilities/${budgetId}/scorecard`).query({ profileId: profile.id }).expect(200);
    // 2 x 500 + 10 x 100 + 3 x 100
    expect(res.body.monthlyCost.total).toBe(2300);
    expect(res.body.monthlyCost.currency).toBe('USD');
    expect(res.body.categories.cost.score).toBeGreaterThan(0);
    expect(res.body.categories.cost.score).toBeLessThan(100);
    expect(res.body.excludedCategories).toEqual([]);
  });

  it('answers 404 for an unknown facility or profile', async () => {
    await t.http.get('/v1/facilities/00000000-0000-4000-8000-000000000000/scorecard').expect(404);
    const res = await t.http.get(`/v1/facilities/${budgetId}/scorecard`).query({ profileId: 'no-such-profile' }).expect(404);
    expect(res.body.title).toBe('Profile not found');
  });

  it('ranks eligible facilities first, then the ineligible with their reasons', async () => {
    const res = await t.http
      .post('/v1/rankings')
      .send({ profileId: 'high-availability', facilityIds: [budgetId, premiumId] })
      .expect(200);
    expect(res.body.items.map((i: { facilityId: string }) => i.facilityId)).toEqual([premiumId, budgetId]);
    expect(res.body.items[0]).toMatchObject({ rank: 1, eligible: true, unmetRequirements: [] });
    expect(res.body.items[1].eligible).toBe(false);
    expect(res.body.items[1].unmetRequirements.map((u: { requirement: string }) => u.requirement)).toContain('minPowerRedundancy');
    expect(res.body.total).toBe(2);
  });

  it('shows the margin between the top two and where the winner wins and loses', async () => {
    const res = await t.http
      .post('/v1/rankings')
      .send({ profile: { weights: { power: 1, cost: 1 }, footprint: { cabinets: 2, kw: 8 }, budget: { targetMonthly: 1500, maxMonthly: 6000 } }, facilityIds: [premiumId, budgetId] })
      .expect(200);
    const [first, second] = res.body.items;
    expect(res.body.profileId).toBe('inline');
    expect(res.body.topTwo.winnerId).toBe(first.facilityId);
    expect(res.body.topTwo.margin).toBeCloseTo(first.overall - second.overall, 1);
    const categories = [...res.body.topTwo.winnerLeads, ...res.body.topTwo.winnerTrails].map((d: { category: string }) => d.category);
    expect(categories.sort()).toEqual(['cost', 'power']);
    const loses = res.body.topTwo.winnerTrails.map((d: { category: string }) => d.category);
    expect(loses).toHaveLength(1);
  });

  it('breaks ties by name, then id', async () => {
    const res = await t.http.post('/v1/rankings').send({ facilityIds: twinIds }).expect(200);
    expect(res.body.items.map((i: { facilityName: string }) => i.facilityName)).toEqual(['Twin A', 'Twin B']);
    expect(res.body.items[0].overall).toBe(res.body.items[1].overall);
  });

  it('leaves decommissioned facilities out of filtered rankings unless asked for', async () => {
    const provider = (await createProvider(t)).id;
    const closed = (await createFacility(t, provider, { name: 'Closed One', status: 'decommissioned', address: { country: 'NZ' } })).id;
    const open = (await createFacility(t, provider, { name: 'Open One', address: { country: 'NZ' } })).id;
    const ids = (res: { body: { items: Array<{ facilityId: string }> } }) => res.body.items.map((i) => i.facilityId);
    expect(ids(await t.http.post('/v1/rankings').send({ filter: { country: 'NZ' } }).expect(200))).toEqual([open]);
    expect(ids(await t.http.post('/v1/rankings').send({ filter: { country: 'NZ', status: 'decommissioned' } }).expect(200))).toEqual([closed]);
  });

  it('ranks by filter, and validates the request', async () => {
    const byCountry = await t.http.post('/v1/rankings').send({ filter: { country: 'CA' } }).expect(200);
    expect(byCountry.body.items.map((i: { facilityId: string }) => i.facilityId)).toEqual([budgetId]);
    const both = await t.http.post('/v1/rankings').send({ facilityIds: [budgetId], filter: { country: 'CA' } }).expect(400);
    expect(fieldsOf(both.body)).toEqual(['filter']);
    const twoProfiles = await t.http.post('/v1/rankings').send({ profileId: 'budget', profile: { weights: { power: 1 } } }).expect(400);
    expect(fieldsOf(twoProfiles.body)).toEqual(['profile']);
    const zero = await t.http.post('/v1/rankings').send({ profile: { weights: { power: 0 } } }).expect(400);
    expect(fieldsOf(zero.body)).toEqual(['weights']);
    await t.http.post('/v1/rankings').send({ facilityIds: ['00000000-0000-4000-8000-000000000000'] }).expect(404);
    const twice = await t.http.post('/v1/rankings').send({ facilityIds: [budgetId, budgetId.toUpperCase()] }).expect(400);
    expect(fieldsOf(twice.body)).toEqual(['facilityIds']);
    const bad = await t.http.post('/v1/rankings').send({ facilityIds: ['nope'], extra: true }).expect(400);
    expect(new Set(fieldsOf(bad.body))).toEqual(new Set(['facilityIds', 'extra']));
  });

  it('compares facilities side by side with the attributes that differ', async () => {
    const res = await t.http.get('/v1/comparisons').query({ facilityIds: `${budgetId},${premiumId}`, profileId: 'budget' }).expect(200);
    expect(res.body.facilities.map((f: { facilityId: string }) => f.facilityId)).toEqual([budgetId, premiumId]);
    const power = res.body.categories.find((c: { category: string }) => c.category === 'power');
    expect(power.scores[premiumId]).toBeGreaterThan(power.scores[budgetId]);
    const ups = res.body.differences.find((d: { field: string }) => d.field === 'power.upsRedundancy');
    expect(ups.values).toEqual({ [budgetId]: 'N', [premiumId]: '2N+1' });
    const fields = res.body.differences.map((d: { field: string }) => d.field);
    expect(fields).not.toContain('pricing.currency');
  });

  it('rejects comparisons of one facility or repeated ids', async () => {
    const one = await t.http.get('/v1/comparisons').query({ facilityIds: budgetId }).expect(400);
    expect(fieldsOf(one.body)).toEqual(['facilityIds']);
    const repeated = await t.http.get('/v1/comparisons').query({ facilityIds: `${budgetId},${budgetId}` }).expect(400);
    expect(fieldsOf(repeated.body)).toEqual(['facilityIds']);
  });
});
