import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/app-config.js';
import { createProvider } from '../support/fixtures.js';
import { databaseUrlOf, startTestApp, type TestApp } from '../support/test-app.js';

describe('platform behaviour', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  it('reports health with the database status outside the /v1 prefix', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up', databaseType: expect.any(String) });
  });

  it('answers malformed JSON with problem details, not Fastify\'s own shape', async () => {
    const res = await t.http.post('/v1/providers').set('content-type', 'application/json').send('{"name": ').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, title: 'Bad request', instance: '/v1/providers' });
  });

  it('answers a body over 1 MiB with 413 problem details', async () => {
    const res = await t.http.post('/v1/providers').send({ name: 'big', notes: 'x'.repeat(1024 * 1024 + 10) }).expect(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.status).toBe(413);
  });

  it('answers a non-JSON body with 415 problem details', async () => {
    const res = await t.http.post('/v1/providers').set('content-type', 'text/plain').send('name=x').expect(415);
    expect(res.body.status).toBe(415);
  });

  it('answers an empty or non-object body with 400', async () => {
    const empty = await t.http.post('/v1/providers').set('content-type', 'application/json').send('');
    expect(empty.status).toBe(400);
    const array = await t.http.post('/v1/providers').send([{ name: 'x' }]);
    expect(array.status).toBe(400);
  });

  it('answers unknown routes with 404 problem details', async () => {
    const res = await t.http.get('/v1/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.status).toBe(404);
  });

  it('serves Swagger UI at /docs and the document at /docs-json', async () => {
    const ui = await t.http.get('/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
    const doc = await t.http.get('/docs-json').expect(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/v1/facilities', '/v1/providers/{id}', '/health']));
  });

  it('keeps data across a restart on the same database file', async () => {
    const url = databaseUrlOf(t.config);
    const provider = await createProvider(t, { notes: 'survives restarts' });
    await t.close();
    t = await startTestApp({ databaseUrl: url });
    const res = await t.http.get(`/v1/providers/${provider.id}`).expect(200);
    expect(res.body.notes).toBe('survives restarts');
  });

  it('answers 503 from /health when the database is unreachable', async () => {
    const other = await startTestApp();
    const dataSource = other.app.get((await import('typeorm')).DataSource);
    await dataSource.destroy();
    const res = await other.http.get('/health').expect(503);
    expect(res.body).toMatchObject({ status: 503, title: 'Service unavailable' });
    await other.destroy().catch(() => undefined);
  });
});

describe('configuration', () => {
  it('uses defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      database: { kind: 'sqlite', path: './data/dcscore.sqlite' },
      seed: 'demo',
      adminKey: null,
      publicRead: true,
      rateLimitPerMinute: 600,
      rankingConcurrency: 2,
      rankingQueue: 32,
      corsOrigins: [],
      trustProxy: false,
      logLevel: 'info',
    });
  });

  it('accepts IPv4, IPv6 and host names for HOST', () => {
    for (const host of ['127.0.0.1', '::', '::1', 'localhost', 'localhost.', 'api.internal.example', 'my_service', 'db-1']) {
      expect(loadConfig({ HOST: host }).host).toBe(host);
    }
  });

  it('parses PostgreSQL URLs and the seed switch', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/dcscore', DCSCORE_SEED: 'none', PORT: '8080' })).toMatchObject({
      port: 8080,
      database: { kind: 'postgres', url: 'postgres://u:p@db:5432/dcscore' },
      seed: 'none',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ HOST: 'http://localhost' }, 'HOST'],
    [{ HOST: '10.0.0.1:3000' }, 'HOST'],
    [{ HOST: '300.1.1.1' }, 'HOST'],
    [{ HOST: '1.2.3' }, 'HOST'],
    [{ HOST: 'bad host' }, 'HOST'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'sqlite:' }, 'DATABASE_URL'],
    [{ DCSCORE_SEED: 'lots' }, 'DCSCORE_SEED'],
    [{ DCSCORE_ADMIN_KEY: 'too-short' }, 'DCSCORE_ADMIN_KEY'],
    [{ DCSCORE_ADMIN_KEY: 'has spaces in it, which a header cannot carry' }, 'DCSCORE_ADMIN_KEY'],
    [{ DCSCORE_PUBLIC_READ: 'maybe' }, 'DCSCORE_PUBLIC_READ'],
    [{ DCSCORE_RATE_LIMIT_PER_MINUTE: '-1' }, 'DCSCORE_RATE_LIMIT_PER_MINUTE'],
    [{ DCSCORE_RATE_LIMIT_PER_MINUTE: '10.5' }, 'DCSCORE_RATE_LIMIT_PER_MINUTE'],
    [{ DCSCORE_RATE_LIMIT_PER_MINUTE: 'lots' }, 'DCSCORE_RATE_LIMIT_PER_MINUTE'],
    [{ DCSCORE_CORS_ORIGINS: 'example.com' }, 'DCSCORE_CORS_ORIGINS'],
    [{ DCSCORE_CORS_ORIGINS: 'https://app.example.com/' }, 'DCSCORE_CORS_ORIGINS'],
    [{ DCSCORE_CORS_ORIGINS: '*,https://app.example.com' }, 'DCSCORE_CORS_ORIGINS'],
    [{ DCSCORE_TRUST_PROXY: 'the load balancer' }, 'DCSCORE_TRUST_PROXY'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DCSCORE_RANKING_CONCURRENCY: '0' }, 'DCSCORE_RANKING_CONCURRENCY'],
    [{ DCSCORE_RANKING_QUEUE: 'many' }, 'DCSCORE_RANKING_QUEUE'],
  ])('stops on %o with one line naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} [^\\n]*$`));
  });

  it('parses the access control, abuse and logging settings', () => {
    expect(
      loadConfig({
        DCSCORE_ADMIN_KEY: 'a'.repeat(24),
        DCSCORE_PUBLIC_READ: 'false',
        DCSCORE_RATE_LIMIT_PER_MINUTE: '0',
        DCSCORE_CORS_ORIGINS: 'https://app.example.com, http://localhost:5173',
        DCSCORE_TRUST_PROXY: '10.0.0.0/8,loopback',
        LOG_LEVEL: 'WARN',
      }),
    ).toMatchObject({
      adminKey: 'a'.repeat(24),
      publicRead: false,
      rateLimitPerMinute: 0,
      corsOrigins: ['https://app.example.com', 'http://localhost:5173'],
      trustProxy: ['10.0.0.0/8', 'loopback'],
      logLevel: 'warn',
    });
    expect(loadConfig({ DCSCORE_CORS_ORIGINS: '*', DCSCORE_TRUST_PROXY: 'true' })).toMatchObject({ corsOrigins: ['*'], trustProxy: true });
  });

  it('never puts the admin key into its error message', () => {
    expect(() => loadConfig({ DCSCORE_ADMIN_KEY: 'secret-but-short' })).toThrow(/^(?!.*secret-but-short).*$/);
  });
});
