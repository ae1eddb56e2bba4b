import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createDcscoreClient, DcscoreError, parseRetryAfter } from '../src/index.js';

interface Seen {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  url: string;
  body: string;
  at: number;
}

type Answer = (res: ServerResponse) => void;

const healthy: Answer = (res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: 'ok', database: 'up', databaseType: 'stub' }));
};

const unavailable =
  (retryAfter?: string, status = 503): Answer =>
  (res) => {
    res.writeHead(status, {
      'content-type': 'application/problem+json',
      ...(retryAfter === undefined ? {} : { 'retry-after': retryAfter }),
    });
    res.end(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status, detail: 'Try again later.' }));
  };

let server: Server | undefined;

/** A tiny local server that gives the scripted answers in order (the last one repeats). */
async function scriptedServer(answers: Answer[]): Promise<{ baseUrl: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', headers: req.headers, url: req.url ?? '', body, at: Date.now() });
      (answers[seen.length - 1] ?? answers[answers.length - 1]!)(res);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, seen };
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe('retries', () => {
  it('waits for Retry-After on 503, then resolves with the 200', async () => {
    const { baseUrl, seen } = await scriptedServer([unavailable('1'), healthy]);
    const client = createDcscoreClient({ baseUrl });

    const started = Date.now();
    await expect(client.health.get()).resolves.toMatchObject({ status: 'ok' });

    expect(seen).toHaveLength(2);
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('re-sends the request body of a POST retried after 429', async () => {
    const { baseUrl, seen } = await scriptedServer([unavailable('0', 429), unavailable('0', 429), healthy]);
    const client = createDcscoreClient({ baseUrl });

    await client.providers.create({ name: 'Retried Provider' });

    expect(seen.map((s) => s.method)).toEqual(['POST', 'POST', 'POST']);
    expect(seen.map((s) => JSON.parse(s.body))).toEqual(Array(3).fill({ name: 'Retried Provider' }));
    // One Idempotency-Key for the call, sent again on every retry: the server creates one record.
    const keys = seen.map((s) => s.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
  });

  it('backs off exponentially without Retry-After and gives up after `retries`', async () => {
    const { baseUrl, seen } = await scriptedServer([unavailable()]);
    const delays: number[] = [];
    const client = createDcscoreClient({
      baseUrl,
      retry: { retries: 3, baseDelayMs: 100, jitter: false, sleep: async (ms) => void delays.push(ms) },
    });

    const error = await client.health.get().catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DcscoreError);
    expect((error as DcscoreError).status).toBe(503);
    expect(seen).toHaveLength(4);
    expect(delays).toEqual([100, 200, 400]);
  });

  it('does not retry when turned off, nor when Retry-After is longer than maxRetryAfterMs', async () => {
    const { baseUrl, seen } = await scriptedServer([unavailable('1'), unavailable('3600'), healthy]);

    await expect(createDcscoreClient({ baseUrl, retry: false }).health.get()).rejects.toMatchObject({ status: 503 });
    expect(seen).toHaveLength(1);

    await expect(createDcscoreClient({ baseUrl }).health.get()).rejects.toMatchObject({ status: 503 });
    expect(seen).toHaveLength(2);
  });

  it('does not retry other errors', async () => {
    const { baseUrl, seen } = await scriptedServer([unavailable('0', 500), healthy]);
    await expect(createDcscoreClient({ baseUrl }).health.get()).rejects.toMatchObject({ status: 500 });
    expect(seen).toHaveLength(1);
  });

  it('parses Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('errors that are not problem details', () => {
  it('still throws DcscoreError, from the status line and body', async () => {
    const { baseUrl } = await scriptedServer([
      (res) => {
        res.writeHead(502, 'Bad Gateway', { 'content-type': 'text/html' });
        res.end('<h1>upstream down</h1>');
      },
    ]);
    const error = (await createDcscoreClient({ baseUrl }).health.get().catch((caught: unknown) => caught)) as DcscoreError;
    expect(error).toBeInstanceOf(DcscoreError);
    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', detail: '<h1>upstream down</h1>', problem: undefined });
    expect(error.fieldErrors).toEqual([]);
  });

  it('sends the API key as a bearer token, and extra headers', async () => {
    let headers: Record<string, unknown> = {};
    server = createServer((req, res) => {
      headers = req.headers;
      healthy(res);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = createDcscoreClient({ baseUrl: `http://127.0.0.1:${port}/`, apiKey: 'k-123', headers: { 'User-Agent': 'sdk-test' } });
    await client.health.get();
    expect(headers).toMatchObject({ authorization: 'Bearer k-123', 'user-agent': 'sdk-test' });
  });
});
