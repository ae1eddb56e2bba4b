import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, stopServerProcess, TEST_ADMIN_KEY } from '../support/server-process.js';

/**
 * `npm run start:prod` runs a bundle of the compiled server (scripts/bundle-server.mjs). What a
 * bundler can break shows in the OpenAPI document (class names become schema names, decorator
 * metadata becomes properties and validation), so the bundle must serve the committed one.
 */
describe('the production bundle (dist/server.mjs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dcscore-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the committed OpenAPI document, validates input and stores data', async () => {
    const server = await startServerProcess({ DATABASE_URL: `sqlite:${join(dir, 'dcscore.sqlite')}` });
    try {
      const committed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../openapi/openapi.json'), 'utf8'));
      expect(await (await fetch(`${server.baseUrl}/docs-json`)).json()).toEqual(committed);
      expect((await fetch(`${server.baseUrl}/docs/`)).status).toBe(200);

      const headers = { authorization: `Bearer ${TEST_ADMIN_KEY}`, 'content-type': 'application/json' };
      const invalid = await fetch(`${server.baseUrl}/v1/providers`, { method: 'POST', headers, body: JSON.stringify({ name: 42 }) });
      expect(invalid.status).toBe(400);
      const created = await fetch(`${server.baseUrl}/v1/providers`, { method: 'POST', headers, body: JSON.stringify({ name: 'Bundle Co' }) });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      expect(((await (await fetch(`${server.baseUrl}/v1/providers/${id}`, { headers })).json()) as { name: string }).name).toBe('Bundle Co');
    } finally {
      await stopServerProcess(server);
    }
  });
});
