import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('Idempotency-Key on creation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  const countNamed = async (name: string) =>
    (await t.http.get('/v1/carriers').query({ q: name }).expect(200)).body.total as number;

  it('answers a retry with the same key and body with the first response, creating nothing new', async () => {
    const first = await t.http.post('/v1/carriers').set('Idempotency-Key', 'key-1').send({ name: 'Once Only Fiber' }).expect(201);
    const retry = await t.http.post('/v1/carriers').set('Idempotency-Key', 'key-1').send({ name: 'Once Only Fiber' }).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await countNamed('Once Only Fiber')).toBe(1);
  });

  it('refuses the same key with another body with 422', async () => {
    await t.http.post('/v1/carriers').set('Idempotency-Key', 'key-2').send({ name: 'Body A' }).expect(201);
    const res = await t.http.post('/v1/carriers').set('Idempotency-Key', 'key-2').send({ name: 'Body B' }).expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await countNamed('Body B')).toBe(0);
  });

  it('forgets a key whose request failed, so a corrected retry can use it', async () => {
    await t.http.post('/v1/carriers').set('Idempotency-Key', 'key-3').send({ name: '' }).expect(400);
    await t.http.post('/v1/carriers').set('Idempotency-Key', 'key-3').send({ name: '' }).expect(400);
    await t.http.post('/v1/carriers').set('Idempotency-Key', 'key-3b').send({ name: 'Corrected' }).expect(201);
  });

  it('creates one record when the same request is fired concurrently', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => t.http.post('/v1/carriers').set('Idempotency-Key', 'key-4').send({ name: 'Concurrent Fiber' })),
    );
    for (const res of results) expect([201, 409]).toContain(res.status);
    expect(await countNamed('Concurrent Fiber')).toBe(1);
  });

  it('creates a duplicate-free record per distinct key, and validates the key', async () => {
    await t.http.post('/v1/carriers').set('Idempotency-Key', 'key-5').send({ name: 'Keyed A' }).expect(201);
    await t.http.post('/v1/carriers').set('Idempotency-Key', 'key-6').send({ name: 'Keyed B' }).expect(201);
    const bad = await t.http.post('/v1/carriers').set('Idempotency-Key', 'x'.repeat(300)).send({ name: 'Keyed C' }).expect(400);
    expect(fieldsOf(bad.body)).toEqual(['Idempotency-Key']);
  });

  it('treats the same path with another query string as another request (a dry run, then the real import)', async () => {
    const doc = (await t.http.get('/v1/export').expect(200)).body as { carriers: Array<Record<string, unknown>> };
    doc.carriers.push({ ...doc.carriers[0], id: '7c0e8d3e-1b7e-4a51-9d0c-2f5b8f0e6a11', name: 'Imported Once Fiber' });
    const dry = await t.http.post('/v1/import?dryRun=true').set('Idempotency-Key', 'key-7').send(doc).expect(200);
    const real = await t.http.post('/v1/import').set('Idempotency-Key', 'key-7').send(doc).expect(200);
    expect(dry.body.dryRun).toBe(true);
    expect(real.body.dryRun).toBe(false);
    expect(real.headers['idempotent-replayed']).toBeUndefined();
    expect(await countNamed('Imported Once Fiber')).toBe(1);
    const retry = await t.http.post('/v1/import').set('Idempotency-Key', 'key-7').send(doc).expect(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(real.body);
  });

  it('is offered, and documented, on every POST that creates or imports; not on rankings (a read) or API keys', async () => {
    const document = (await t.http.get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { operationId: string; parameters?: Array<{ name: string; in: string }> }>>;
    };
    const posts = Object.values(document.paths).flatMap((item) => (item.post ? [item.post] : []));
    const documented = posts.filter((op) => op.parameters?.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'));
    expect(posts.filter((op) => !documented.includes(op)).map((op) => op.operationId).sort()).toEqual(['createApiKey', 'createRanking']);
    expect(documented.length).toBeGreaterThanOrEqual(7);
  });

  it('never stores a ranking (a read, often megabytes): rankings ignore the header', async () => {
    await t.http.post('/v1/rankings').set('Idempotency-Key', 'key-9').send({}).expect(200);
    const second = await t.http.post('/v1/rankings').set('Idempotency-Key', 'key-9').send({}).expect(200);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    const stored = await t.app.get(DataSource).query('SELECT COUNT(*) AS "n" FROM idempotency_records');
    const before = Number(stored[0].n);
    await t.http.post('/v1/rankings').set('Idempotency-Key', 'key-10').send({}).expect(200);
    expect(Number((await t.app.get(DataSource).query('SELECT COUNT(*) AS "n" FROM idempotency_records'))[0].n)).toBe(before);
  });

  it('never stores a new API key: creating keys ignores the header', async () => {
    const first = await t.http.post('/v1/api-keys').set('Idempotency-Key', 'key-8').send({ name: 'ci', role: 'reader' }).expect(201);
    const second = await t.http.post('/v1/api-keys').set('Idempotency-Key', 'key-8').send({ name: 'ci', role: 'reader' }).expect(201);
    expect(second.body.id).not.toBe(first.body.id);
    const dataSource = t.app.get(DataSource);
    const stored = await dataSource.query('SELECT "responseBody" FROM idempotency_records');
    expect(JSON.stringify(stored)).not.toContain(first.body.key);
  });
});
