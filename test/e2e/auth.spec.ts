import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeysService } from '../../src/auth/api-keys.service.js';
import { announceBootstrapKey } from '../../src/auth/bootstrap-key.js';
import { buildOpenApiDocument } from '../../src/app.setup.js';
import { DataSource } from 'typeorm';
import { createFacility, createProvider } from '../support/fixtures.js';
import { databaseUrlOf, startTestApp, TEST_ADMIN_KEY, type TestApp } from '../support/test-app.js';

interface CreatedKey {
  id: string;
  key: string;
  prefix: string;
  role: string;
  name: string;
}

async function createKey(t: TestApp, role: string, name = `${role} key`): Promise<CreatedKey> {
  const res = await t.http.post('/v1/api-keys').send({ name, role }).expect(201);
  return res.body as CreatedKey;
}

function expectProblem(res: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
}

describe('access control with API keys', () => {
  let t: TestApp;
  let reader: CreatedKey;
  let editor: CreatedKey;

  beforeAll(async () => {
    t = await startTestApp();
    reader = await createKey(t, 'reader');
    editor = await createKey(t, 'editor');
  });
  afterAll(() => t.destroy());

  it('answers a write without a key with 401 problem details and a Bearer challenge', async () => {
    const res = await t.anonymous().post('/v1/providers').send({ name: 'Anonymous Colo' });
    expectProblem(res, 401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="dcscore"');
    expect(res.body.title).toBe('Unauthorized');
  });

  it.each([
    ['an unknown key', 'Bearer dcs_thisKeyWasNeverIssuedToAnyoneAtAll0123456789'],
    ['another scheme', `Basic ${Buffer.from('admin:admin').toString('base64')}`],
    ['a Bearer header without a key', 'Bearer'],
    ['a key with spaces', 'Bearer two words'],
  ])('answers %s with 401 invalid_token, on reads too', async (_label, header) => {
    const res = await t.anonymous().get('/v1/providers').set('authorization', header);
    expectProblem(res, 401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="dcscore", error="invalid_token"');
  });

  it('accepts the scheme name in any case', async () => {
    await t.anonymous().get('/v1/providers').set('authorization', `bearer ${TEST_ADMIN_KEY}`).expect(200);
  });

  it('lets a reader read and rank, and refuses its writes with 403', async () => {
    const provider = await createProvider(t);
    const asReader = t.withKey(reader.key);
    await asReader.get('/v1/providers').expect(200);
    await asReader.get(`/v1/providers/${provider.id}`).expect(200);
    await asReader.post('/v1/rankings').send({ profileId: 'balanced' }).expect(200);

    const write = await asReader.post('/v1/providers').send({ name: 'Reader Colo' });
    expectProblem(write, 403);
    expect(write.body.title).toBe('Forbidden');
    expect(write.body.detail).toContain('"editor"');
    expectProblem(await asReader.patch(`/v1/providers/${provider.id}`).send({ notes: 'x' }), 403);
    expectProblem(await asReader.delete(`/v1/providers/${provider.id}`), 403);
    expectProblem(await asReader.post('/v1/carriers').send({ name: 'Reader Carrier' }), 403);
    expectProblem(await asReader.post('/v1/profiles').send({ name: 'Reader profile', weights: { power: 1 } }), 403);
  });

  it('lets an editor write everywhere but not manage keys', async () => {
    const asEditor = t.withKey(editor.key);
    const provider = (await asEditor.post('/v1/providers').send({ name: 'Editor Colo' }).expect(201)).body as { id: string };
    await asEditor.post('/v1/carriers').send({ name: 'Editor Carrier' }).expect(201);
    const facility = (
      await asEditor
        .post('/v1/facilities')
        .send({ providerId: provider.id, name: 'Editor DC1', address: { country: 'US', city: 'Reno' } })
        .expect(201)
    ).body as { id: string };
    await asEditor
      .post('/v1/compliance-reports')
      .send({ providerId: provider.id, facilityIds: [facility.id], framework: 'SOC2', reportType: 'type2', periodEnd: '2026-06-30' })
      .expect(201);
    await asEditor.post('/v1/profiles').send({ name: 'Editor profile', weights: { power: 2 } }).expect(201);
    await asEditor.patch(`/v1/providers/${provider.id}`).send({ notes: 'edited' }).expect(200);

    expectProblem(await asEditor.get('/v1/api-keys'), 403);
    expectProblem(await asEditor.post('/v1/api-keys').send({ name: 'escalation', role: 'admin' }), 403);
  });

  it('creates a key once: the plain key is in the 201 response only', async () => {
    const res = await t.http.post('/v1/api-keys').send({ name: 'ci importer', role: 'editor' }).expect(201);
    const created = res.body as CreatedKey & Record<string, unknown>;
    expect(created).toMatchObject({ name: 'ci importer', role: 'editor', lastUsedAt: null, revokedAt: null });
    expect(created.key).toMatch(/^dcs_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.key.slice(0, 8));
    expect(res.headers.location).toBe(`/v1/api-keys/${created.id}`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(Object.keys(created).sort()).toEqual(['createdAt', 'id', 'key', 'lastUsedAt', 'name', 'prefix', 'revokedAt', 'role']);

    const one = await t.http.get(`/v1/api-keys/${created.id}`).expect(200);
    expect(one.body).toEqual({ ...created, key: undefined, lastUsedAt: null });
    expect(one.text).not.toContain(created.key);
  });

  it('lists keys with their prefixes only, never a key or its hash', async () => {
    const res = await t.http.get('/v1/api-keys').expect(200);
    const items = res.body.items as Array<Record<string, unknown>>;
    expect(res.body.total).toBe(items.length);
    expect(items.map((item) => item.name)).toEqual(expect.arrayContaining(['DCSCORE_ADMIN_KEY', 'reader key', 'editor key']));
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['createdAt', 'id', 'lastUsedAt', 'name', 'prefix', 'revokedAt', 'role']);
      expect(item.prefix).toHaveLength(8);
    }
    for (const secret of [TEST_ADMIN_KEY, reader.key, editor.key]) {
      expect(res.text).not.toContain(secret);
      expect(res.text).not.toContain(createHash('sha256').update(secret).digest('hex'));
    }
    expect(items.find((item) => item.name === 'DCSCORE_ADMIN_KEY')).toMatchObject({ role: 'admin', prefix: TEST_ADMIN_KEY.slice(0, 8) });
  });

  it('stores only the SHA-256 of each key', async () => {
    const rows: Array<Record<string, unknown>> = await t.app.get(DataSource).query('SELECT * FROM api_keys');
    const stored = JSON.stringify(rows);
    for (const secret of [TEST_ADMIN_KEY, reader.key, editor.key]) {
      expect(stored).not.toContain(secret);
      expect(stored).toContain(createHash('sha256').update(secret).digest('hex'));
    }
  });

  it('records when a key was last used', async () => {
    const key = await createKey(t, 'reader', 'usage tracked');
    await t.withKey(key.key).get('/v1/carriers').expect(200);
    const res = await t.http.get(`/v1/api-keys/${key.id}`).expect(200);
    expect(Date.parse(res.body.lastUsedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('stops accepting a key as soon as it is revoked, and keeps it listed', async () => {
    const key = await createKey(t, 'editor', 'short-lived');
    const asKey = t.withKey(key.key);
    await asKey.get('/v1/providers').expect(200);
    await t.http.delete(`/v1/api-keys/${key.id}`).expect(204);
    const refused = await asKey.get('/v1/providers');
    expectProblem(refused, 401);
    expectProblem(await asKey.post('/v1/carriers').send({ name: 'After revocation' }), 401);
    const listed = await t.http.get(`/v1/api-keys/${key.id}`).expect(200);
    expect(listed.body.revokedAt).toEqual(expect.any(String));
    // Revoking again changes nothing.
    await t.http.delete(`/v1/api-keys/${key.id}`).expect(204);
  });

  it('answers unknown and malformed key ids with 404 and 400', async () => {
    expectProblem(await t.http.delete('/v1/api-keys/00000000-0000-4000-8000-00000000abcd'), 404);
    expectProblem(await t.http.get('/v1/api-keys/not-a-uuid'), 400);
  });

  it('validates new keys', async () => {
    const res = await t.http.post('/v1/api-keys').send({ name: '', role: 'superuser' });
    expectProblem(res, 400);
    expect((res.body.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual(['name', 'role']);
  });

  it('allows anonymous reads and rankings with public read (the default), not writes or key management', async () => {
    const provider = await createProvider(t);
    const facility = await createFacility(t, provider.id);
    const anonymous = t.anonymous();
    await anonymous.get('/v1/providers').expect(200);
    await anonymous.get(`/v1/facilities/${facility.id}`).expect(200);
    await anonymous.get(`/v1/facilities/${facility.id}/scorecard`).expect(200);
    await anonymous.post('/v1/rankings').send({ facilityIds: [facility.id] }).expect(200);
    expectProblem(await anonymous.delete(`/v1/facilities/${facility.id}`), 401);
    expectProblem(await anonymous.get('/v1/api-keys'), 401);
  });

  it('declares the bearer scheme, and 401/403/429 per operation, in the OpenAPI document', () => {
    const document = buildOpenApiDocument(t.app) as unknown as {
      components: { securitySchemes: Record<string, unknown> };
      paths: Record<string, Record<string, { security?: unknown; responses: Record<string, unknown> }>>;
    };
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect(operation.responses['429'], where).toBeDefined();
        if (path === '/health') {
          expect(operation.security, where).toEqual([]);
          continue;
        }
        expect(operation.security, where).toEqual([{ bearer: [] }]);
        expect(operation.responses['401'], where).toBeDefined();
        // 403 wherever a reader key is not enough: every write except rankings, and admin-only reads.
        const readerRoute = (method === 'get' && !path.startsWith('/v1/api-keys') && path !== '/v1/export') || path === '/v1/rankings';
        expect(operation.responses['403'] === undefined, where).toBe(readerRoute);
      }
    }
  });
});

describe('access control without public read', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { publicRead: false } });
  });
  afterAll(() => t.destroy());

  it('refuses anonymous reads and rankings with 401', async () => {
    const anonymous = t.anonymous();
    const res = await anonymous.get('/v1/providers');
    expectProblem(res, 401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="dcscore"');
    expectProblem(await anonymous.get('/v1/profiles/presets'), 401);
    expectProblem(await anonymous.post('/v1/rankings').send({}), 401);
  });

  it('keeps /health and /docs open', async () => {
    const anonymous = t.anonymous();
    await anonymous.get('/health').expect(200);
    await anonymous.get('/docs').redirects(1).expect(200);
    await anonymous.get('/docs-json').expect(200);
  });

  it('lets any valid key read', async () => {
    const reader = await createKey(t, 'reader');
    await t.withKey(reader.key).get('/v1/providers').expect(200);
    await t.withKey(reader.key).post('/v1/rankings').send({}).expect(200);
  });
});

describe('admin keys', () => {
  it('never revokes the last active admin key', async () => {
    const t = await startTestApp();
    try {
      const list = await t.http.get('/v1/api-keys').expect(200);
      const envKey = (list.body.items as CreatedKey[]).find((key) => key.name === 'DCSCORE_ADMIN_KEY')!;
      const last = await t.http.delete(`/v1/api-keys/${envKey.id}`);
      expectProblem(last, 409);

      const second = await createKey(t, 'admin', 'second admin');
      await t.http.delete(`/v1/api-keys/${envKey.id}`).expect(204);
      expectProblem(await t.http.get('/v1/api-keys'), 401);
      const asSecond = t.withKey(second.key);
      await asSecond.get('/v1/api-keys').expect(200);
      expectProblem(await asSecond.delete(`/v1/api-keys/${second.id}`), 409);
    } finally {
      await t.destroy();
    }
  });

  it('keeps a revoked DCSCORE_ADMIN_KEY revoked across restarts', async () => {
    let t = await startTestApp();
    try {
      const second = await createKey(t, 'admin', 'second admin');
      const envKey = ((await t.http.get('/v1/api-keys')).body.items as CreatedKey[]).find((k) => k.name === 'DCSCORE_ADMIN_KEY')!;
      await t.http.delete(`/v1/api-keys/${envKey.id}`).expect(204);
      const url = databaseUrlOf(t.config);
      await t.close();
      t = await startTestApp({ databaseUrl: url });
      expectProblem(await t.http.get('/v1/api-keys'), 401);
      await t.withKey(second.key).get('/v1/api-keys').expect(200);
    } finally {
      await t.destroy();
    }
  });
});

describe('the bootstrap admin key', () => {
  it('is printed once on a database without keys, works as admin, and is not printed again on restart', async () => {
    let t = await startTestApp({ config: { adminKey: null } });
    try {
      const printed: string[] = [];
      expect(await announceBootstrapKey(t.app, t.config, (line) => printed.push(line))).toBe(true);
      expect(printed).toHaveLength(1);
      const key = /(dcs_[A-Za-z0-9_-]{43})/.exec(printed[0])?.[1];
      expect(key).toBeDefined();

      const asBootstrap = t.withKey(key!);
      const list = await asBootstrap.get('/v1/api-keys').expect(200);
      expect(list.body.items).toEqual([expect.objectContaining({ name: 'bootstrap admin key', role: 'admin', prefix: key!.slice(0, 8) })]);
      await asBootstrap.post('/v1/providers').send({ name: 'First Colo' }).expect(201);

      // A second call, or a second instance on the same database, prints nothing.
      expect(await announceBootstrapKey(t.app, t.config, (line) => printed.push(line))).toBe(false);
      const url = databaseUrlOf(t.config);
      await t.close();
      t = await startTestApp({ databaseUrl: url, config: { adminKey: null } });
      expect(await announceBootstrapKey(t.app, t.config, (line) => printed.push(line))).toBe(false);
      expect(printed).toHaveLength(1);
      await t.withKey(key!).get('/v1/api-keys').expect(200);
    } finally {
      await t.destroy();
    }
  });

  it('is not created when DCSCORE_ADMIN_KEY is set', async () => {
    const t = await startTestApp();
    try {
      const printed: string[] = [];
      expect(await announceBootstrapKey(t.app, t.config, (line) => printed.push(line))).toBe(false);
      expect(printed).toEqual([]);
      expect(await t.app.get(ApiKeysService).createBootstrapKeyIfEmpty()).toBeNull();
    } finally {
      await t.destroy();
    }
  });
});
