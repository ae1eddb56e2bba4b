import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCarrier, createFacility, createProvider, fieldsOf } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const fullFacility = (providerId: string, carrierIds: string[]) => ({
  providerId,
  name: 'Harbor SEA1',
  code: 'SEA1',
  address: { line1: '400 Harbor Way', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'us' },
  location: { latitude: 47.6062, longitude: -122.3321 },
  status: 'active',
  verifiedAt: '2026-10-01',
  power: {
    utilityFeeds: 2,
    diverseSubstations: true,
    upsTechnology: 'lithium-ion',
    upsRedundancy: '2N',
    upsRuntimeMinutes: 10,
    generatorCount: 4,
    generatorRedundancy: '2N',
    generatorFuelHours: 48,
    generatorTestInterval: 'monthly',
    lastLoadTestAt: '2026-06-01',
    distribution: 'A+B',
    monitored24x7: true,
  },
  network: { model: 'carrier-neutral', carrierIds, diverseFiberEntries: 2, meetMeRooms: 2, internetExchanges: ['NWIX'] },
  climate: { temperatureMin: 64.4, temperatureMax: 80.6, temperatureUnit: 'F', humidityMinPct: 20, humidityMaxPct: 60, maxSwingPerHour: 9, coolingRedundancy: 'N+1', monitored24x7: true },
  security: { accessMethods: ['badge', 'biometric', 'mantrap'], layers: 5, cctv: true, cctvRetentionDays: 90, guards: '24x7', cabinetLocks: 'electronic', cagesAvailable: true, accessLogRetentionDays: 365, packageHandling: 'held-securely' },
  remoteHands: { availability: '24x7', responseTimeMinutes: 15, hourlyRate: 150, currency: 'USD', minimumBillableMinutes: 30, billingIncrementMinutes: 15, includedMinutesPerMonth: 60 },
  sla: { powerUptimePct: 100, networkUptimePct: 99.999, creditPctPerHour: 5 },
  pricing: { currency: 'USD', cabinetMonthly: 1200, perKwMonthly: 180, setupFee: 1500, crossConnectMonthly: 250 },
});

describe('facilities', () => {
  let t: TestApp;
  let providerId: string;
  let carriers: Array<{ id: string; name: string }>;

  beforeAll(async () => {
    t = await startTestApp();
    providerId = (await createProvider(t)).id;
    carriers = [await createCarrier(t, { name: 'Zeta Transit' }), await createCarrier(t, { name: 'Alpha Fiber' })];
  });
  afterAll(() => t.destroy());

  it('stores every block, converts Fahrenheit to Celsius and lists carriers by name', async () => {
    const res = await t.http.post('/v1/facilities').send(fullFacility(providerId, carriers.map((c) => c.id))).expect(201);
    expect(res.headers.location).toBe(`/v1/facilities/${res.body.id}`);
    const body = res.body;
    expect(body.address).toEqual({ line1: '400 Harbor Way', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' });
    expect(body.location).toEqual({ latitude: 47.6062, longitude: -122.3321 });
    expect(body.climate).toMatchObject({
      temperatureUnit: 'C',
      temperatureMin: 18,
      temperatureMax: 27,
      maxSwingPerHour: 5,
      temperatureMinF: 64.4,
      temperatureMaxF: 80.6,
      maxSwingPerHourF: 9,
    });
    expect(body.network.carriers).toEqual([
      { id: carriers[1].id, name: 'Alpha Fiber' },
      { id: carriers[0].id, name: 'Zeta Transit' },
    ]);
    expect(body.network.carrierIds).toEqual([carriers[1].id, carriers[0].id]);
    expect(body.power.upsRedundancy).toBe('2N');
    expect(body.version).toBe(1);
    const fetched = await t.http.get(`/v1/facilities/${body.id}`).expect(200);
    expect(fetched.body).toEqual(body);
  });

  it('treats unknown as a legitimate state: blocks may be absent or partial', async () => {
    const facility = await createFacility(t, providerId, { power: { utilityFeeds: 1 } });
    expect(facility.power).toEqual({ utilityFeeds: 1 });
    expect(facility.network).toBeNull();
    expect(facility.climate).toBeNull();
    expect(facility.status).toBe('active');
  });

  it('merges nested blocks on PATCH, clears fields and blocks with null, and bumps the version', async () => {
    const facility = await createFacility(t, providerId, {
      power: { upsRedundancy: 'N+1', generatorFuelHours: 24 },
      sla: { powerUptimePct: 99.99 },
      network: { model: 'carrier-neutral', carrierIds: [carriers[0].id] },
    });
    const res = await t.http
      .patch(`/v1/facilities/${facility.id}`)
      .send({ power: { upsRedundancy: '2N', generatorFuelHours: null }, sla: null, network: { diverseFiberEntries: 3 } })
      .expect(200);
    expect(res.body.power).toEqual({ upsRedundancy: '2N' });
    expect(res.body.sla).toBeNull();
    expect(res.body.network).toMatchObject({ model: 'carrier-neutral', diverseFiberEntries: 3, carrierIds: [carriers[0].id] });
    expect(res.body.version).toBe(2);
    const cleared = await t.http.patch(`/v1/facilities/${facility.id}`).send({ network: { carrierIds: [] } }).expect(200);
    expect(cleared.body.network.carrierIds).toEqual([]);
    expect(cleared.body.version).toBe(3);
  });

  it('keeps the Celsius range rule across PATCHes', async () => {
    const facility = await createFacility(t, providerId, { climate: { temperatureMin: 18, temperatureMax: 27 } });
    const res = await t.http.patch(`/v1/facilities/${facility.id}`).send({ climate: { temperatureMin: 30 } }).expect(400);
    expect(fieldsOf(res.body)).toEqual(['climate.temperatureMin']);
    const unchanged = await t.http.get(`/v1/facilities/${facility.id}`).expect(200);
    expect(unchanged.body.climate.temperatureMin).toBe(18);
    expect(unchanged.body.version).toBe(1);
  });

  it('rejects out-of-range values and bad nested fields, naming each', async () => {
    const res = await t.http
      .post('/v1/facilities')
      .send({
        providerId,
        name: 'Bad',
        address: { country: 'US' },
        location: { latitude: 91, longitude: 0 },
        power: { upsRedundancy: '3N', utilityFeeds: -1, wattage: 5 },
        climate: { temperatureMax: 101 },
        climateF: {},
        sla: { powerUptimePct: 100.5 },
        pricing: { cabinetMonthly: -5, currency: 'dollars' },
        verifiedAt: '2026-02-30',
      })
      .expect(400);
    expect(new Set(fieldsOf(res.body))).toEqual(
      new Set([
        'location.latitude',
        'power.upsRedundancy',
        'power.utilityFeeds',
        'power.wattage',
        'climate.temperatureMax',
        'climateF',
        'sla.powerUptimePct',
        'pricing.cabinetMonthly',
        'pricing.currency',
        'verifiedAt',
      ]),
    );
  });

  it('checks temperatures in the unit they were sent in', async () => {
    const fahrenheit = await createFacility(t, providerId, { climate: { temperatureMax: 200, temperatureUnit: 'F' } });
    expect(fahrenheit.climate).toMatchObject({ temperatureMax: 93.3333, temperatureMaxF: 200 });
    const res = await t.http
      .post('/v1/facilities')
      .send({ providerId, name: 'Too hot', address: { country: 'US' }, climate: { temperatureMax: 213, temperatureUnit: 'F' } })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual(['climate.temperatureMax']);
  });

  it('rejects carriers and providers that do not exist, writing nothing', async () => {
    const before = (await t.http.get('/v1/facilities').expect(200)).body.total;
    const res = await t.http
      .post('/v1/facilities')
      .send({
        providerId: '00000000-0000-4000-8000-000000000000',
        name: 'Ghost',
        address: { country: 'US' },
        network: { carrierIds: [carriers[0].id, '00000000-0000-4000-8000-000000000001'] },
      })
      .expect(400);
    expect(new Set(fieldsOf(res.body))).toEqual(new Set(['providerId', 'network.carrierIds.1']));
    expect((await t.http.get('/v1/facilities').expect(200)).body.total).toBe(before);
  });

  it('treats ids case-insensitively: the same carrier twice in two cases is a duplicate', async () => {
    const res = await t.http
      .post('/v1/facilities')
      .send({ providerId: providerId.toUpperCase(), name: 'Cases', address: { country: 'US' }, network: { carrierIds: [carriers[0].id, carriers[0].id.toUpperCase()] } })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual(['network.carrierIds']);
    const ok = await createFacility(t, providerId.toUpperCase(), { network: { carrierIds: [carriers[0].id.toUpperCase()] } });
    expect(ok).toMatchObject({ providerId, network: { carrierIds: [carriers[0].id] } });
  });

  it('rejects a missing required field and a null required field on PATCH', async () => {
    const res = await t.http.post('/v1/facilities').send({ providerId, name: 'No address' }).expect(400);
    expect(fieldsOf(res.body)).toEqual(['address']);
    const facility = await createFacility(t, providerId);
    const patch = await t.http.patch(`/v1/facilities/${facility.id}`).send({ status: null, address: null }).expect(400);
    expect(new Set(fieldsOf(patch.body))).toEqual(new Set(['status', 'address']));
  });

  it('deleting a carrier removes it from facilities and bumps their version', async () => {
    const carrier = await createCarrier(t);
    const facility = await createFacility(t, providerId, { network: { carrierIds: [carrier.id, carriers[0].id] } });
    await t.http.delete(`/v1/carriers/${carrier.id}`).expect(204);
    const after = await t.http.get(`/v1/facilities/${facility.id}`).expect(200);
    expect(after.body.network.carrierIds).toEqual([carriers[0].id]);
    expect(after.body.version).toBe(2);
  });

  it('renaming a carrier gives the facilities it serves a new version, so their ETag changes', async () => {
    const carrier = await createCarrier(t);
    const facility = await createFacility(t, providerId, { network: { carrierIds: [carrier.id] } });
    await t.http.patch(`/v1/carriers/${carrier.id}`).send({ name: 'Renamed Fiber' }).expect(200);
    const after = await t.http.get(`/v1/facilities/${facility.id}`).set('If-None-Match', '"1"').expect(200);
    expect(after.body).toMatchObject({ version: 2, network: { carriers: [{ id: carrier.id, name: 'Renamed Fiber' }] } });
    await t.http.patch(`/v1/carriers/${carrier.id}`).send({ website: 'https://renamed.example' }).expect(200);
    expect((await t.http.get(`/v1/facilities/${facility.id}`).expect(200)).body.version).toBe(2);
  });

  it('deletes a facility', async () => {
    const facility = await createFacility(t, providerId);
    await t.http.delete(`/v1/facilities/${facility.id}`).expect(204);
    await t.http.get(`/v1/facilities/${facility.id}`).expect(404);
  });
});

describe('facility lists', () => {
  let t: TestApp;
  let providers: string[];
  let carrier: { id: string };
  const names = (res: { body: { items: Array<{ name: string }> } }) => res.body.items.map((f) => f.name);

  beforeAll(async () => {
    t = await startTestApp();
    providers = [(await createProvider(t)).id, (await createProvider(t)).id];
    carrier = await createCarrier(t);
    await createFacility(t, providers[0], { name: 'Berlin One', address: { country: 'DE', city: 'Berlin' }, network: { model: 'carrier-neutral', carrierIds: [carrier.id] } });
    await createFacility(t, providers[0], { name: 'Seattle One', address: { country: 'US', city: 'Seattle' }, network: { model: 'carrier-controlled' } });
    await createFacility(t, providers[1], { name: 'seattle two', address: { country: 'US', city: 'Seattle' }, status: 'planned', network: { model: 'carrier-neutral', carrierIds: [carrier.id] } });
    await createFacility(t, providers[1], { name: 'Austin One', address: { country: 'US', city: 'Austin' }, status: 'decommissioned' });
  });
  afterAll(() => t.destroy());

  it('filters by provider, country, city, status, network model, carrier and name', async () => {
    expect(names(await t.http.get('/v1/facilities').query({ providerId: providers[0] }))).toEqual(['Berlin One', 'Seattle One']);
    expect(names(await t.http.get('/v1/facilities').query({ country: 'us' }))).toEqual(['Austin One', 'Seattle One', 'seattle two']);
    expect(names(await t.http.get('/v1/facilities').query({ city: 'Seattle', status: 'planned' }))).toEqual(['seattle two']);
    expect(names(await t.http.get('/v1/facilities').query({ networkModel: 'carrier-neutral' }))).toEqual(['Berlin One', 'seattle two']);
    expect(names(await t.http.get('/v1/facilities').query({ carrierId: carrier.id }))).toEqual(['Berlin One', 'seattle two']);
    expect(names(await t.http.get('/v1/facilities').query({ q: 'SEATTLE' }))).toEqual(['Seattle One', 'seattle two']);
    const none = await t.http.get('/v1/facilities').query({ q: '%' }).expect(200);
    expect(none.body).toEqual({ items: [], total: 0 });
  });

  it('sorts by name and by last update in both directions, and pages with a cursor', async () => {
    expect(names(await t.http.get('/v1/facilities').query({ sort: '-name' }))).toEqual(['seattle two', 'Seattle One', 'Berlin One', 'Austin One']);
    const updated = await t.http.get('/v1/facilities').query({ q: 'berlin' });
    await t.http.patch(`/v1/facilities/${updated.body.items[0].id}`).send({ code: 'BER1' }).expect(200);
    expect(names(await t.http.get('/v1/facilities').query({ sort: '-updatedAt', limit: 1 }))).toEqual(['Berlin One']);
    const first = await t.http.get('/v1/facilities').query({ limit: 3 }).expect(200);
    expect(first.body.total).toBe(4);
    expect(names(first)).toEqual(['Austin One', 'Berlin One', 'Seattle One']);
    const second = await t.http.get('/v1/facilities').query({ limit: 3, cursor: first.body.nextCursor }).expect(200);
    expect(names(second)).toEqual(['seattle two']);
    expect(second.body.nextCursor).toBeUndefined();
  });

  it('rejects bad filter values', async () => {
    const res = await t.http.get('/v1/facilities').query({ status: 'open', country: 'USA', providerId: 'x', networkModel: 'mesh' }).expect(400);
    expect(new Set(fieldsOf(res.body))).toEqual(new Set(['status', 'country', 'providerId', 'networkModel']));
  });
});

describe('facility pages under concurrent changes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  it('takes the next cursor from the page query, so a row changed while the page is read skips nothing', async () => {
    const provider = await createProvider(t);
    const created: Array<{ id: string; updatedAt: string }> = [];
    for (let i = 0; i < 4; i++) {
      const facility = await createFacility(t, provider.id, { name: `Keyset ${i}` });
      created.push({ id: facility.id, updatedAt: String(facility.updatedAt) });
    }
    const order = [...created].sort((a, b) => (a.updatedAt === b.updatedAt ? (a.id < b.id ? -1 : 1) : a.updatedAt < b.updatedAt ? -1 : 1));
    const [, second, third, fourth] = order.map((f) => f.id);

    // Another writer changes the page's last row between the page query and the read of its
    // rows (a TypeORM query subscriber runs just before that read; deterministic on both databases).
    const dataSource = t.app.get(DataSource);
    let armed = true;
    dataSource.subscribers.push({
      async beforeQuery(event) {
        if (!armed || !/FROM "facilities" WHERE "id" IN/.test(event.query)) return;
        armed = false;
        await dataSource.query(
          `UPDATE "facilities" SET "updatedAt" = '2999-01-01T00:00:00.000Z', "version" = "version" + 1 WHERE "id" = ${dataSource.driver.options.type === 'postgres' ? '$1' : '?'}`,
          [second],
        );
      },
    });
    const first = await t.http.get('/v1/facilities').query({ providerId: provider.id, sort: 'updatedAt', limit: 2 }).expect(200);
    expect(armed).toBe(false);
    expect(first.body.items[1]).toMatchObject({ id: second, updatedAt: '2999-01-01T00:00:00.000Z' });
    const next = await t.http.get('/v1/facilities').query({ providerId: provider.id, sort: 'updatedAt', limit: 2, cursor: first.body.nextCursor }).expect(200);
    // The rows after the second's old place come next (it comes again at its new place, later).
    expect(next.body.items.map((f: { id: string }) => f.id)).toEqual([third, fourth]);
  });
});
