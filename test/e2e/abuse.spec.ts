import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ApiKeysService } from '../../src/auth/api-keys.service.js';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from '../support/test-app.js';
import type { ConcurrencyLimit } from '../../src/common/concurrency-limit.js';
import { RANKING_LIMIT } from '../../src/scorecards/scorecards.controller.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A request from a given client address, through Fastify's injection (supertest is always loopback). */
function inject(t: TestApp, options: { url: string; remoteAddress?: string; headers?: Record<string, string> }) {
  return t.app.getHttpAdapter().getInstance().inject({ method: 'GET', ...options });
}

describe('rate limiting', () => {
  const LIMIT = 3;
  let t: TestApp;
  let keyA: string;
  let keyB: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { rateLimitPerMinute: LIMIT } });
    const keys = t.app.get(ApiKeysService);
    keyA = (await keys.create('key A', 'reader')).key;
    keyB = (await keys.create('key B', 'reader')).key;
  });
  afterAll(() => t.destroy());

  it('answers 429 problem details with Retry-After once a key is over its limit', async () => {
    const asA = t.withKey(keyA);
    for (let i = 0; i < LIMIT; i++) {
      const ok = await asA.get('/v1/providers').expect(200);
      expect(ok.headers['x-ratelimit-limit']).toBe(String(LIMIT));
      expect(ok.headers['x-ratelimit-remaining']).toBe(String(LIMIT - i - 1));
    }
    const refused = await asA.get('/v1/providers');
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ status: 429, title: 'Too many requests', instance: '/v1/providers' });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expect(refused.headers['x-request-id']).toMatch(UUID);
  });

  it('counts each key on its own, and keyless clients per IP', async () => {
    // Key A is spent (previous test); key B and anonymous callers from the same address are not.
    await t.withKey(keyA).get('/v1/carriers').expect(429);
    await t.withKey(keyB).get('/v1/carriers').expect(200);
    for (let i = 0; i < LIMIT; i++) {
      expect((await inject(t, { url: '/v1/carriers', remoteAddress: '198.51.100.7' })).statusCode).toBe(200);
    }
    expect((await inject(t, { url: '/v1/carriers', remoteAddress: '198.51.100.7' })).statusCode).toBe(429);
    expect((await inject(t, { url: '/v1/carriers', remoteAddress: '198.51.100.8' })).statusCode).toBe(200);
    // A key is not tied to an address: key B from the spent address still works.
    expect((await inject(t, { url: '/v1/carriers', remoteAddress: '198.51.100.7', headers: { authorization: `Bearer ${keyB}` } })).statusCode).toBe(200);
  });

  it('counts requests with bad keys against the client IP, so guessing keys is limited too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) {
      const res = await inject(t, { url: '/v1/providers', remoteAddress: '203.0.113.9', headers: { authorization: `Bearer dcs_guess${i}` } });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(401), 429]);
  });

  it('limits 404s and health checks like every other request', async () => {
    for (let i = 0; i < LIMIT; i++) await inject(t, { url: '/v1/no-such-route', remoteAddress: '192.0.2.44' });
    expect((await inject(t, { url: '/health', remoteAddress: '192.0.2.44' })).statusCode).toBe(429);
  });

  it('is off with a limit of 0 (the test default)', async () => {
    const unlimited = await startTestApp();
    try {
      for (let i = 0; i < 20; i++) {
        const res = await unlimited.anonymous().get('/health').expect(200);
        expect(res.headers['x-ratelimit-limit']).toBeUndefined();
      }
    } finally {
      await unlimited.destroy();
    }
  });

  it('takes the client IP from X-Forwarded-For only behind a trusted proxy', async () => {
    const direct = await startTestApp({ config: { rateLimitPerMinute: 1 } });
    const proxied = await startTestApp({ config: { rateLimitPerMinute: 1, trustProxy: ['127.0.0.1'] } });
    try {
      const forwardedFor = (ip: string) => ({ headers: { 'x-forwarded-for': ip }, remoteAddress: '127.0.0.1' });
      // Not trusted: both requests come from 127.0.0.1, whatever the header says.
      expect((await inject(direct, { url: '/health', ...forwardedFor('192.0.2.1') })).statusCode).toBe(200);
      expect((await inject(direct, { url: '/health', ...forwardedFor('192.0.2.2') })).statusCode).toBe(429);
      // Trusted: two clients.
      expect((await inject(proxied, { url: '/health', ...forwardedFor('192.0.2.1') })).statusCode).toBe(200);
      expect((await inject(proxied, { url: '/health', ...forwardedFor('192.0.2.2') })).statusCode).toBe(200);
      expect((await inject(proxied, { url: '/health', ...forwardedFor('192.0.2.1') })).statusCode).toBe(429);
    } finally {
      await direct.destroy();
      await proxied.destroy();
    }
  });
});

describe('HTTP hardening', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  it('sends security headers on API responses, errors and 404s', async () => {
    for (const res of [
      await t.http.get('/v1/providers').expect(200),
      await t.anonymous().post('/v1/providers').send({ name: 'x' }).expect(401),
      await t.http.get('/v1/nothing-here').expect(404),
    ]) {
      expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('gives Swagger UI a policy that lets it render: its own scripts, inline styles, data: images', async () => {
    const ui = await t.http.get('/docs').redirects(1).expect(200);
    const csp = ui.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' https: 'unsafe-inline'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).not.toContain('upgrade-insecure-requests');
    // Every script of the page is a file from the same origin: the policy needs no 'unsafe-inline' for scripts.
    const scripts = [...ui.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src=/);
      expect(body.trim()).toBe('');
    }
    for (const [, src] of ui.text.matchAll(/<script src="([^"]+)"/g)) {
      const asset = await t.http.get(new URL(src, 'http://localhost/docs').pathname).expect(200);
      expect(asset.headers['content-security-policy']).toContain("script-src 'self'");
    }
    const json = await t.http.get('/docs-json').expect(200);
    expect(json.headers['x-content-type-options']).toBe('nosniff');
  });

  it('has CORS off by default', async () => {
    const preflight = await t.anonymous()
      .options('/v1/providers')
      .set('origin', 'https://app.example.com')
      .set('access-control-request-method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const get = await t.anonymous().get('/v1/providers').set('origin', 'https://app.example.com').expect(200);
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('echoes X-Request-Id, or generates one, on every response', async () => {
    const sent = await t.http.get('/v1/providers').set('x-request-id', 'client-trace.42').expect(200);
    expect(sent.headers['x-request-id']).toBe('client-trace.42');
    const generated = await t.http.get('/v1/providers').expect(200);
    expect(generated.headers['x-request-id']).toMatch(UUID);
    const error = await t.http.get('/v1/nothing-here').set('x-request-id', 'trace-404').expect(404);
    expect(error.headers['x-request-id']).toBe('trace-404');
    // Not safe to log or echo: replaced.
    const unsafe = await t.http.get('/v1/providers').set('x-request-id', `${'x'.repeat(200)}`).expect(200);
    expect(unsafe.headers['x-request-id']).toMatch(UUID);
    const spaces = await t.http.get('/v1/providers').set('x-request-id', 'a b').expect(200);
    expect(spaces.headers['x-request-id']).toMatch(UUID);
  });

  it('rejects an over-long query string with 414 problem details', async () => {
    const res = await t.http.get(`/v1/providers?q=${'a'.repeat(3000)}`);
    expect(res.status).toBe(414);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 414, title: 'URI too long', instance: '/v1/providers' });
    await t.http.get(`/v1/providers?q=${'a'.repeat(150)}`).expect(200);
  });

  it('rejects an over-long path with 414, and a long non-UUID id with 400, both problem details', async () => {
    const long = await t.http.get(`/v1/providers/${'a'.repeat(2000)}`).set('x-request-id', 'long-path');
    expect(long.status).toBe(414);
    expect(long.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(long.headers['x-request-id']).toBe('long-path');
    expect(long.headers['x-content-type-options']).toBe('nosniff');
    const id = await t.http.get(`/v1/providers/${'a'.repeat(500)}`);
    expect(id.status).toBe(400);
    expect(id.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers a database failure with a generic 500: no stack, no SQL, no table names', async () => {
    const broken = await startTestApp();
    try {
      await broken.http.post('/v1/carriers').send({ name: 'Before the failure' }).expect(201);
      await broken.app.get(DataSource).query('ALTER TABLE carriers RENAME TO carriers_gone');
      const res = await broken.http.get('/v1/carriers');
      expect(res.status).toBe(500);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toEqual({
        type: expect.any(String),
        title: 'Internal server error',
        status: 500,
        detail: 'An unexpected error occurred. It has been logged.',
        instance: '/v1/carriers',
      });
      for (const leak of ['carriers_gone', 'SELECT', 'select', 'SQLITE', 'relation', 'QueryFailedError', 'at ', '.ts:', '.js:']) {
        expect(res.text).not.toContain(leak);
      }
    } finally {
      await broken.destroy().catch(() => undefined);
    }
  });
});

describe('CORS when configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { corsOrigins: ['https://app.example.com'] } });
  });
  afterAll(() => t.destroy());

  it('answers preflights from an allowed origin, with the headers the API uses', async () => {
    const res = await t.anonymous()
      .options('/v1/providers')
      .set('origin', 'https://app.example.com')
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'authorization, content-type');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(res.headers['access-control-allow-headers']?.toLowerCase()).toContain('authorization');
    expect(res.headers['access-control-allow-methods']).toContain('PATCH');
  });

  it('marks responses to allowed origins and exposes the useful headers', async () => {
    const res = await t.anonymous().get('/v1/providers').set('origin', 'https://app.example.com').expect(200);
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(res.headers['access-control-expose-headers']).toContain('X-Request-Id');
    expect(res.headers['access-control-expose-headers']).toContain('Retry-After');
  });

  it('does not allow other origins', async () => {
    const res = await t.anonymous().get('/v1/providers').set('origin', 'https://evil.example.net').expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('request logs', () => {
  it('writes one JSON line per request with the request id, and never the API key', async () => {
    const lines: string[] = [];
    const t = await startTestApp({ logStream: { write: (line: string) => void lines.push(line) } });
    try {
      await t.http.get('/v1/providers').set('x-request-id', 'log-trace-1').expect(200);
      await t.anonymous().get('/v1/providers').set('authorization', 'Bearer dcs_wrongKeyThatMustNotBeLogged').expect(401);
      const broken = t.app.get(DataSource);
      await broken.query('ALTER TABLE carriers RENAME TO carriers_gone');
      await t.http.get('/v1/carriers').set('x-request-id', 'log-trace-500').expect(500);

      const all = lines.join('');
      expect(all).not.toContain(TEST_ADMIN_KEY);
      expect(all).not.toContain('dcs_wrongKeyThatMustNotBeLogged');
      const entries = lines.map((line) => JSON.parse(line) as Record<string, any>);
      const completed = entries.filter((entry) => entry.msg === 'request completed');
      const first = completed.find((entry) => entry.reqId === 'log-trace-1');
      expect(first).toMatchObject({
        level: 30,
        req: { method: 'GET', url: '/v1/providers' },
        res: { statusCode: 200 },
        apiKey: { prefix: TEST_ADMIN_KEY.slice(0, 8), role: 'admin' },
      });
      expect(first!.responseTime).toEqual(expect.any(Number));
      expect(completed.some((entry) => entry.res?.statusCode === 401)).toBe(true);
      // The stack of the 500 is logged, with the request id the client got back.
      const failure = entries.find((entry) => entry.msg === 'unexpected error');
      expect(failure).toMatchObject({ level: 50, reqId: 'log-trace-500', err: { stack: expect.any(String) } });
    } finally {
      await t.destroy().catch(() => undefined);
    }
  });

  it('follows LOG_LEVEL', async () => {
    const lines: string[] = [];
    const t = await startTestApp({ logStream: { write: (line: string) => void lines.push(line) }, config: { logLevel: 'warn' } });
    try {
      await t.http.get('/v1/providers').expect(200);
      expect(lines.filter((line) => line.includes('request completed'))).toEqual([]);
    } finally {
      await t.destroy();
    }
  });
});

describe('NUL characters', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  it('are refused with 400 naming the field, in bodies, nested fields and queries (PostgreSQL cannot store them)', async () => {
    const body = await t.http.post('/v1/carriers').send({ name: 'Null\u0000Carrier' });
    expect(body.status).toBe(400);
    expect(body.body.errors).toEqual([{ field: 'name', message: 'name must not contain NUL (\\u0000) characters' }]);
    const nested = await t.http.post('/v1/providers').send({ name: 'ok', tags: ['a', { deep: 'b\u0000' }] });
    expect(nested.status).toBe(400);
    expect(nested.body.errors[0].field).toBe('tags.1.deep');
    const query = await t.http.get('/v1/providers?q=a%00b');
    expect(query.status).toBe(400);
    expect(query.body.errors[0].field).toBe('q');
    await t.http.post('/v1/carriers').send({ name: 'Plain \\u0000 text is fine' }).expect(201);
  });
});

describe('rankings at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ seed: 'demo', config: { rankingConcurrency: 1, rankingQueue: 0 } });
  });
  afterAll(() => t.destroy());

  it('answers 503 problem details with Retry-After while every slot is taken, and ranks again once one is free', async () => {
    // Holds the instance's only ranking slot, as a long ranking would.
    let release!: () => void;
    const held = t.app.get<ConcurrencyLimit>(RANKING_LIMIT).run(() => new Promise<void>((resolve) => (release = resolve)));
    const busy = await t.http.post('/v1/rankings').send({}).expect(503);
    expect(busy.headers['retry-after']).toBe('1');
    expect(busy.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(busy.body).toMatchObject({ status: 503, title: 'Service busy' });
    // Other reads are not held up by the limit.
    await t.http.get('/v1/facilities').expect(200);
    release();
    await held;
    expect((await t.http.post('/v1/rankings').send({}).expect(200)).body.total).toBeGreaterThan(0);
  });
});
