import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCarrier, createFacility, createProvider } from '../support/fixtures.js';
import { databaseUrlOf, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Facility rows are cached by revision on the read paths (src/facilities/facility-reads.ts).
 * Two instances on one database: every read made through one instance after a write through
 * the other sees the write, whichever read path warmed the cache (GET, list, scorecard, ranking).
 */
describe('facility reads after writes through another instance', () => {
  let reader: TestApp;
  let writer: TestApp;

  beforeAll(async () => {
    reader = await startTestApp();
    writer = await startTestApp({ databaseUrl: databaseUrlOf(reader.config) });
  });
  afterAll(async () => {
    await writer?.close();
    await reader?.destroy();
  });

  async function readEverything(providerId: string, id: string) {
    const one = (await reader.http.get(`/v1/facilities/${id}`).expect(200)).body;
    const page = (await reader.http.get(`/v1/facilities?providerId=${providerId}&limit=50`).expect(200)).body;
    const scorecard = (await reader.http.get(`/v1/facilities/${id}/scorecard`).expect(200)).body;
    const ranking = (await reader.http.post('/v1/rankings').send({ filter: { providerId } }).expect(200)).body;
    return { one, listed: page.items.find((f: { id: string }) => f.id === id), scorecard, ranking };
  }

  it('serves the new version everywhere after a PATCH, and nothing after a DELETE', async () => {
    const provider = await createProvider(writer);
    const carrier = await createCarrier(writer);
    const facility = await createFacility(writer, provider.id, { power: { utilityFeeds: 1, upsRedundancy: 'N' } });

    const before = await readEverything(provider.id, facility.id);
    expect(before.one.power).toEqual({ utilityFeeds: 1, upsRedundancy: 'N' });
    expect(before.listed.version).toBe(1);

    const patched = (
      await writer.http
        .patch(`/v1/facilities/${facility.id}`)
        .send({ name: `${facility.name} renamed`, power: { upsRedundancy: '2N' }, network: { carrierIds: [carrier.id] } })
        .expect(200)
    ).body;
    const after = await readEverything(provider.id, facility.id);
    expect(after.one).toEqual(patched);
    expect(after.listed).toEqual(patched);
    expect(after.scorecard.facilityName).toBe(patched.name);
    expect(after.scorecard.categories.power.score).toBeGreaterThan(before.scorecard.categories.power.score);
    expect(after.ranking.items.map((i: { facilityName: string }) => i.facilityName)).toEqual([patched.name]);

    // Carriers are cached with the facility: renaming or removing one must show too.
    await writer.http.patch(`/v1/carriers/${carrier.id}`).send({ name: `${carrier.name} renamed` }).expect(200);
    const renamed = (await reader.http.get(`/v1/facilities/${facility.id}`).expect(200)).body;
    expect(renamed.network.carriers).toEqual([{ id: carrier.id, name: `${carrier.name} renamed` }]);
    await writer.http.delete(`/v1/carriers/${carrier.id}`).expect(204);
    const withoutCarrier = (await reader.http.get(`/v1/facilities?providerId=${provider.id}`).expect(200)).body.items[0];
    expect(withoutCarrier.network?.carriers ?? []).toEqual([]);
    const rescored = (await reader.http.get(`/v1/facilities/${facility.id}/scorecard`).expect(200)).body;
    expect(after.scorecard.categories.network.missing).not.toContain('network.carrierIds');
    expect(rescored.categories.network.missing).toContain('network.carrierIds');

    await writer.http.delete(`/v1/facilities/${facility.id}`).expect(204);
    await reader.http.get(`/v1/facilities/${facility.id}`).expect(404);
    await reader.http.get(`/v1/facilities/${facility.id}/scorecard`).expect(404);
    expect((await reader.http.get(`/v1/facilities?providerId=${provider.id}`).expect(200)).body.items).toEqual([]);
    expect((await reader.http.post('/v1/rankings').send({ filter: { providerId: provider.id } }).expect(200)).body.items).toEqual([]);
  });
});
