import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacility, createProvider, fieldsOf } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('optimistic concurrency with ETag and If-Match', () => {
  let t: TestApp;
  let providerId: string;
  beforeAll(async () => {
    t = await startTestApp();
    providerId = (await createProvider(t)).id;
  });
  afterAll(() => t.destroy());

  it('sends the version as a strong ETag and answers a matching If-None-Match with 304', async () => {
    const created = await t.http.post('/v1/facilities').send({ providerId, name: 'ETag One', address: { country: 'US' } }).expect(201);
    expect(created.headers.etag).toBe('"1"');
    const facility = created.body as { id: string };
    const res = await t.http.get(`/v1/facilities/${facility.id}`).expect(200);
    expect(res.headers.etag).toBe('"1"');
    const notModified = await t.http.get(`/v1/facilities/${facility.id}`).set('If-None-Match', '"1"').expect(304);
    expect(notModified.headers.etag).toBe('"1"');
    expect(notModified.text ?? '').toBe('');
    expect(notModified.headers['content-length']).toBeUndefined();
    // RFC 9110: a list, a weak tag naming the same version, and * all match; HEAD is conditional too.
    for (const header of ['"0", "1"', 'W/"1"', '*']) {
      await t.http.get(`/v1/facilities/${facility.id}`).set('If-None-Match', header).expect(304);
    }
    await t.http.head(`/v1/facilities/${facility.id}`).set('If-None-Match', '"1"').expect(304);
    await t.http.get(`/v1/facilities/${facility.id}`).set('If-None-Match', '"0", W/"2"').expect(200);
    const patched = await t.http.patch(`/v1/facilities/${facility.id}`).send({ code: 'X1' }).expect(200);
    expect(patched.headers.etag).toBe('"2"');
    const changed = await t.http.get(`/v1/facilities/${facility.id}`).set('If-None-Match', '"1"').expect(200);
    expect(changed.body.code).toBe('X1');
    // Lists and other multi-record answers have no single version, so no ETag.
    const list = await t.http.get('/v1/facilities').expect(200);
    expect(list.headers.etag).toBeUndefined();
  });

  it('moves the version only when something really changed', async () => {
    const facility = await createFacility(t, providerId, { code: 'SAME', power: { upsRedundancy: '2N' } });
    const carrier = (await t.http.post('/v1/carriers').send({ name: 'Version Fiber' }).expect(201)).body;
    const same = await t.http.patch(`/v1/facilities/${facility.id}`).send({ code: 'SAME', power: { upsRedundancy: '2N' } }).expect(200);
    expect(same.body.version).toBe(1);
    expect(same.headers.etag).toBe('"1"');
    expect((await t.http.patch(`/v1/facilities/${facility.id}`).send({}).expect(200)).body.version).toBe(1);
    expect((await t.http.patch(`/v1/facilities/${facility.id}`).send({ network: { carrierIds: [carrier.id] } }).expect(200)).body.version).toBe(2);
    expect((await t.http.patch(`/v1/facilities/${facility.id}`).send({ network: { carrierIds: [carrier.id] } }).expect(200)).body.version).toBe(2);
    const provider = await createProvider(t, { notes: 'kept' });
    expect((await t.http.patch(`/v1/providers/${provider.id}`).send({ notes: 'kept' }).expect(200)).body.version).toBe(1);
    expect((await t.http.patch(`/v1/providers/${provider.id}`).send({ notes: 'changed' }).expect(200)).body.version).toBe(2);
  });

  it('refuses a PATCH or DELETE whose If-Match is stale with 412, changing nothing', async () => {
    const provider = await createProvider(t, { notes: 'original' });
    await t.http.patch(`/v1/providers/${provider.id}`).set('If-Match', '"1"').send({ notes: 'first' }).expect(200);
    const stale = await t.http.patch(`/v1/providers/${provider.id}`).set('If-Match', '"1"').send({ notes: 'second' }).expect(412);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stale.body.title).toBe('Precondition failed');
    await t.http.delete(`/v1/providers/${provider.id}`).set('If-Match', '"1"').expect(412);
    const current = await t.http.get(`/v1/providers/${provider.id}`).expect(200);
    expect(current.body).toMatchObject({ notes: 'first', version: 2 });
    await t.http.delete(`/v1/providers/${provider.id}`).set('If-Match', '"2"').expect(204);
  });

  it('rejects a malformed If-Match with 400 naming the header, and accepts *', async () => {
    const provider = await createProvider(t);
    const bad = await t.http.patch(`/v1/providers/${provider.id}`).set('If-Match', 'version-1').send({ notes: 'x' }).expect(400);
    expect(fieldsOf(bad.body)).toEqual(['If-Match']);
    await t.http.patch(`/v1/providers/${provider.id}`).set('If-Match', '*').send({ notes: 'x' }).expect(200);
    const listWithBad = await t.http.patch(`/v1/providers/${provider.id}`).set('If-Match', '"2", nope').send({ notes: 'y' }).expect(400);
    expect(fieldsOf(listWithBad.body)).toEqual(['If-Match']);
  });

  it('follows RFC 9110 for If-Match lists and weak tags: any listed version matches, a weak tag never does', async () => {
    const provider = await createProvider(t);
    await t.http.patch(`/v1/providers/${provider.id}`).set('If-Match', '"7", "1"').send({ notes: 'listed' }).expect(200);
    const weak = await t.http.patch(`/v1/providers/${provider.id}`).set('If-Match', 'W/"2"').send({ notes: 'weak' }).expect(412);
    expect(weak.body.detail).toMatch(/names no strong ETag, but the record is at version 2/);
    const neither = await t.http.delete(`/v1/providers/${provider.id}`).set('If-Match', '"1", "3"').expect(412);
    expect(neither.body.detail).toMatch(/names versions 1, 3, but the record is at version 2/);
    await t.http.delete(`/v1/providers/${provider.id}`).set('If-Match', 'W/"2", "2"').expect(204);
  });

  it('loses no update among 50 concurrent conflicting PATCHes: each is applied on top of the last or refused with 412', async () => {
    const facility = await createFacility(t, providerId, { power: { generatorCount: 0 } });
    // Every writer read version 1 and increments generatorCount from what it read.
    const attempts = Array.from({ length: 50 }, (_, i) =>
      t.http
        .patch(`/v1/facilities/${facility.id}`)
        .set('If-Match', '"1"')
        .send({ power: { generatorCount: 1 }, code: `W${i}` }),
    );
    const results = await Promise.all(attempts);
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 412)).toBe(true);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    const winner = results.find((r) => r.status === 200);
    const final = await t.http.get(`/v1/facilities/${facility.id}`).expect(200);
    expect(final.body.version).toBe(2);
    expect(final.body.code).toBe(winner?.body.code);

    // Writers that re-read and retry on 412 all land, one after another, none lost.
    const writers = Array.from({ length: 10 }, async (_, i) => {
      for (;;) {
        const read = await t.http.get(`/v1/facilities/${facility.id}`).expect(200);
        const res = await t.http
          .patch(`/v1/facilities/${facility.id}`)
          .set('If-Match', read.headers.etag)
          .send({ power: { generatorCount: read.body.power.generatorCount + 1 }, code: `R${i}` });
        if (res.status === 200) return;
        expect(res.status).toBe(412);
      }
    });
    await Promise.all(writers);
    const after = await t.http.get(`/v1/facilities/${facility.id}`).expect(200);
    expect(after.body.power.generatorCount).toBe(11);
    expect(after.body.version).toBe(12);
  });
});
