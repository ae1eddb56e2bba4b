import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFacility, createProvider, createReport, fieldsOf } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('providers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  it('creates a provider with 201, a Location header and version 1', async () => {
    const res = await t.http
      .post('/v1/providers')
      .send({ name: 'Northwind Colocation', website: 'https://northwind.example', headquartersCountry: 'us', notes: 'n' })
      .expect(201);
    expect(res.headers.location).toBe(`/v1/providers/${res.body.id}`);
    expect(res.body).toMatchObject({
      name: 'Northwind Colocation',
      website: 'https://northwind.example',
      headquartersCountry: 'US',
      notes: 'n',
      version: 1,
    });
    expect(res.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const fetched = await t.http.get(res.headers.location).expect(200);
    expect(fetched.body).toEqual(res.body);
  });

  it('rejects a duplicate name case-insensitively with 409 naming the field', async () => {
    await t.http.post('/v1/providers').send({ name: 'Duplicate Co' }).expect(201);
    const res = await t.http.post('/v1/providers').send({ name: 'DUPLICATE co' }).expect(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(fieldsOf(res.body)).toEqual(['name']);
  });

  it('rejects unknown fields, wrong types and bad values, naming each field', async () => {
    const res = await t.http
      .post('/v1/providers')
      .send({ name: 42, website: 'not a url', headquartersCountry: 'XX', colour: 'blue' })
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: 'https://dcscore.dev/problems/validation', title: 'Validation failed', status: 400 });
    expect(new Set(fieldsOf(res.body))).toEqual(new Set(['name', 'website', 'headquartersCountry', 'colour']));
  });

  it('patches only the fields sent, clears with null, bumps the version, refuses a null name', async () => {
    const created = await createProvider(t, { website: 'https://a.example', notes: 'keep' });
    const res = await t.http.patch(`/v1/providers/${created.id}`).send({ website: null }).expect(200);
    expect(res.body).toMatchObject({ website: null, notes: 'keep', version: 2, name: created.name });
    const bad = await t.http.patch(`/v1/providers/${created.id}`).send({ name: null }).expect(400);
    expect(fieldsOf(bad.body)).toEqual(['name']);
    const again = await t.http.get(`/v1/providers/${created.id}`).expect(200);
    expect(again.body.version).toBe(2);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const missing = await t.http.get('/v1/providers/00000000-0000-4000-8000-000000000000').expect(404);
    expect(missing.body.title).toBe('Provider not found');
    const malformed = await t.http.get('/v1/providers/not-a-uuid').expect(400);
    expect(fieldsOf(malformed.body)).toEqual(['id']);
  });

  it('refuses to delete a provider with facilities unless cascade=true, which removes them and their reports', async () => {
    const provider = await createProvider(t);
    const facility = await createFacility(t, provider.id);
    const report = await createReport(t, provider.id);
    const refused = await t.http.delete(`/v1/providers/${provider.id}`).expect(409);
    expect(refused.body.detail).toContain('cascade=true');
    await t.http.get(`/v1/facilities/${facility.id}`).expect(200);
    await t.http.delete(`/v1/providers/${provider.id}?cascade=true`).expect(204);
    await t.http.get(`/v1/providers/${provider.id}`).expect(404);
    await t.http.get(`/v1/facilities/${facility.id}`).expect(404);
    await t.http.get(`/v1/compliance-reports/${report.id}`).expect(404);
  });

  it('deletes a provider without facilities', async () => {
    const provider = await createProvider(t);
    await t.http.delete(`/v1/providers/${provider.id}`).expect(204);
    await t.http.delete(`/v1/providers/${provider.id}`).expect(404);
  });

  it('paginates with a cursor in name order and searches by name', async () => {
    for (const name of ['Pg Delta', 'pg alpha', 'Pg Charlie', 'PG bravo', 'Pg Echo']) {
      await t.http.post('/v1/providers').send({ name }).expect(201);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await t.http.get('/v1/providers').query({ q: 'pg ', limit: 2, ...(cursor && { cursor }) }).expect(200);
      expect(res.body.total).toBe(5);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((p: { name: string }) => p.name));
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['pg alpha', 'PG bravo', 'Pg Charlie', 'Pg Delta', 'Pg Echo']);
    const desc = await t.http.get('/v1/providers').query({ q: 'pg ', sort: '-name', limit: 1 }).expect(200);
    expect(desc.body.items[0].name).toBe('Pg Echo');
  });

  it('validates list parameters', async () => {
    const res = await t.http.get('/v1/providers').query({ limit: 500, sort: 'size', cursor: 'garbage' }).expect(400);
    expect(new Set(fieldsOf(res.body))).toEqual(new Set(['limit', 'sort']));
    const badCursor = await t.http.get('/v1/providers').query({ cursor: 'garbage' }).expect(400);
    expect(fieldsOf(badCursor.body)).toEqual(['cursor']);
    const page = await t.http.get('/v1/providers').query({ limit: 1, sort: 'updatedAt' }).expect(200);
    const otherSort = await t.http.get('/v1/providers').query({ limit: 1, sort: 'name', cursor: page.body.nextCursor }).expect(400);
    expect(fieldsOf(otherSort.body)).toEqual(['cursor']);
    const notANumber = await t.http.get('/v1/providers').query({ limit: 'ten' }).expect(400);
    expect(fieldsOf(notANumber.body)).toEqual(['limit']);
  });
});
