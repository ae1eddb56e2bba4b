import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDcscoreClient, type DcscoreClient, DcscoreError, type Facility } from '../src/index.js';
import { type RunningServer, startServer } from './support.js';

let server: RunningServer;
let client: DcscoreClient;

beforeAll(async () => {
  server = await startServer();
  client = createDcscoreClient({ baseUrl: server.baseUrl, apiKey: server.adminKey });
});

afterAll(async () => {
  await server?.close();
});

/** Expects `promise` to reject with a DcscoreError and returns it. */
async function problemOf(promise: Promise<unknown>): Promise<DcscoreError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DcscoreError);
  return error as DcscoreError;
}

describe('@dcscore/sdk against the real server', () => {
  it('creates a provider, a facility and a compliance report, and reads them back', async () => {
    const provider = await client.providers.create({
      name: 'Northwind Colocation',
      website: 'https://northwind-colo.example',
      headquartersCountry: 'US',
    });
    expect(provider).toMatchObject({ name: 'Northwind Colocation', version: 1, notes: null });

    const carrier = await client.carriers.create({ name: 'Meridian Fiber' });
    const facility = await client.facilities.create({
      providerId: provider.id,
      name: 'Harbor SEA1',
      address: { city: 'Seattle', country: 'US' },
      power: { upsRedundancy: '2N', utilityFeeds: 2 },
      network: { model: 'carrier-neutral', carrierIds: [carrier.id] },
    });
    expect(facility.providerId).toBe(provider.id);
    expect(facility.power?.upsRedundancy).toBe('2N');
    expect(facility.network?.carriers).toEqual([{ id: carrier.id, name: 'Meridian Fiber' }]);
    expect(facility.climate).toBeNull();

    const report = await client.complianceReports.create({
      providerId: provider.id,
      facilityIds: [facility.id],
      framework: 'SOC2',
      reportType: 'type2',
      periodEnd: '2026-09-30',
    });
    expect(report).toMatchObject({ framework: 'SOC2', facilityIds: [facility.id], opinion: null });

    const updated = await client.facilities.update(facility.id, { power: { generatorCount: 4 } });
    expect(updated.power).toMatchObject({ upsRedundancy: '2N', generatorCount: 4 });
    expect(await client.facilities.get(facility.id)).toEqual(updated);

    const covering = await client.complianceReports.listForFacility(facility.id);
    expect(covering.items.map((r) => r.id)).toEqual([report.id]);

    await client.complianceReports.remove(report.id);
    const gone = await problemOf(client.complianceReports.get(report.id));
    expect(gone.status).toBe(404);
    expect(gone.title).toBe('Compliance report not found');
  });

  it('throws DcscoreError with the field errors of a validation problem', async () => {
    const error = await problemOf(
      client.providers.create({ name: '', website: 'not a url', headquartersCountry: 'USA' }),
    );
    expect(error.status).toBe(400);
    expect(error.type).toMatch(/validation$/);
    expect(error.title).toBe('Validation failed');
    expect(error.problem?.status).toBe(400);
    expect(error.fieldErrors.map((e) => e.field).sort()).toEqual(['headquartersCountry', 'name', 'website']);
    expect(error.errorsFor('website')).toHaveLength(1);
    expect(error.message).toContain('400 Validation failed');
  });

  it('throws DcscoreError for conflicts and for ids that do not exist', async () => {
    await client.carriers.create({ name: 'Duplicate Fiber' });
    const conflict = await problemOf(client.carriers.create({ name: 'duplicate fiber' }));
    expect(conflict.status).toBe(409);

    const missing = await problemOf(client.facilities.get('00000000-0000-4000-8000-000000000000'));
    expect(missing.status).toBe(404);
    expect(missing.fieldErrors).toEqual([]);
  });

  it('sends If-Match from ifMatch, and the server refuses a stale version with 412', async () => {
    const carrier = await client.carriers.create({ name: 'Versioned Fiber' });
    const updated = await client.carriers.update(carrier.id, { website: 'https://versioned.example' }, { ifMatch: carrier.version });
    expect(updated.version).toBe(carrier.version + 1);

    const stale = await problemOf(client.carriers.update(carrier.id, { website: null }, { ifMatch: carrier.version }));
    expect(stale.status).toBe(412);
    await expect(client.carriers.remove(carrier.id, { ifMatch: updated.version })).resolves.toBeUndefined();
  });

  it('replays a create sent twice with the same idempotency key', async () => {
    const first = await client.providers.create({ name: 'Idempotent Provider' }, { idempotencyKey: 'sdk-test-key-1' });
    const again = await client.providers.create({ name: 'Idempotent Provider' }, { idempotencyKey: 'sdk-test-key-1' });
    expect(again).toEqual(first);
  });

  it('throws DcscoreError 401 for a write without an API key', async () => {
    const anonymous = createDcscoreClient({ baseUrl: server.baseUrl });
    const error = await problemOf(anonymous.carriers.create({ name: 'Anonymous Fiber' }));
    expect(error.status).toBe(401);
    expect((await anonymous.carriers.listPage()).items.length).toBeGreaterThan(0);
  });

  it('iterates a list of more than one page by following nextCursor', async () => {
    const provider = await client.providers.create({ name: 'Paging Provider' });
    const names = Array.from({ length: 7 }, (_, i) => `Paged ${String(i).padStart(2, '0')}`);
    for (const name of names) {
      await client.facilities.create({ providerId: provider.id, name, address: { country: 'NL' } });
    }

    const firstPage = await client.facilities.listPage({ providerId: provider.id, limit: 3 });
    expect(firstPage.items).toHaveLength(3);
    expect(firstPage.total).toBe(7);
    expect(firstPage.nextCursor).toBeTypeOf('string');

    const seen: Facility[] = [];
    for await (const facility of client.facilities.list({ providerId: provider.id, limit: 3 })) seen.push(facility);
    expect(seen.map((f) => f.name)).toEqual(names);

    const pageSizes: number[] = [];
    for await (const page of client.facilities.list({ country: 'NL', limit: 3 }).pages()) pageSizes.push(page.items.length);
    expect(pageSizes).toEqual([3, 3, 1]);

    expect(await client.facilities.list({ providerId: provider.id, limit: 200 }).toArray()).toHaveLength(7);
  });

  it('scores, ranks and compares facilities against presets and saved profiles', async () => {
    const provider = await client.providers.create({ name: 'Scoring Provider' });
    const [a, b] = await Promise.all(
      ['Scoring A', 'Scoring B'].map((name, i) =>
        client.facilities.create({
          providerId: provider.id,
          name,
          address: { country: 'DE' },
          power: { upsRedundancy: i === 0 ? '2N' : 'N', utilityFeeds: i === 0 ? 2 : 1 },
        }),
      ),
    );

    const presets = await client.profiles.presets();
    expect(presets.items.map((p) => p.id)).toContain('balanced');

    const profile = await client.profiles.create({ name: 'Power first', weights: { power: 3, network: 1 } });
    expect(await client.profiles.get(profile.id)).toMatchObject({ name: 'Power first', preset: false });
    expect((await client.profiles.list().toArray()).map((p) => p.id)).toContain(profile.id);

    const scorecard = await client.scorecards.get(a!.id, { profileId: profile.id });
    expect(scorecard).toMatchObject({ facilityId: a!.id, profileId: profile.id });
    expect(scorecard.overall).toBeTypeOf('number');
    expect(await client.facilities.scorecard(a!.id, { profileId: profile.id })).toMatchObject({ facilityId: a!.id, profileId: profile.id, categories: { power: scorecard.categories.power } });

    const ranking = await client.rankings.create({ profileId: profile.id, facilityIds: [b!.id, a!.id] });
    expect(ranking.items.map((item) => item.facilityId)).toEqual([a!.id, b!.id]);

    const comparison = await client.comparisons.get({ facilityIds: [a!.id, b!.id] });
    expect(comparison.facilities.map((f) => f.facilityId)).toEqual([a!.id, b!.id]);

    const presetEdit = await problemOf(client.profiles.update('balanced', { name: 'Mine now' }));
    expect(presetEdit.status).toBe(405);
    await client.profiles.remove(profile.id);
  });

  it('keeps the typed openapi-fetch client available as raw', async () => {
    const { data, response } = await client.raw.GET('/health');
    expect(response.status).toBe(200);
    expect(data?.status).toBe('ok');
    expect(await client.health.get()).toMatchObject({ status: 'ok', database: 'up' });
  });
});
