import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, stopServerProcess, TEST_ADMIN_KEY } from '../support/server-process.js';

const auth = { authorization: `Bearer ${TEST_ADMIN_KEY}`, 'content-type': 'application/json' };

describe('crash safety', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dcscore-crash-'));
  const databaseUrl = `sqlite:${join(dir, 'dcscore.sqlite')}`;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged write and an intact database after kill -9 during a stream of writes', async () => {
    const server = await startServerProcess({ DATABASE_URL: databaseUrl });
    const acknowledged: string[] = [];
    let sent = 0;
    // Four writers stream creates until the server is killed under them.
    const writer = async (w: number) => {
      for (let i = 0; ; i++) {
        sent++;
        try {
          const res = await fetch(`${server.baseUrl}/v1/providers`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ name: `Crash ${w}-${i}`, notes: 'x'.repeat(2000) }),
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          return; // connection refused or reset: the server is gone
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 5));
    await stopServerProcess(server, 'SIGKILL');
    await Promise.all(writers);
    expect(sent).toBeGreaterThan(acknowledged.length);

    const restarted = await startServerProcess({ DATABASE_URL: databaseUrl });
    try {
      const missing: string[] = [];
      for (const id of acknowledged) {
        const res = await fetch(`${restarted.baseUrl}/v1/providers/${id}`, { headers: auth });
        if (res.status !== 200) missing.push(id);
      }
      expect(missing).toEqual([]);
    } finally {
      await stopServerProcess(restarted);
    }
    const db = new Database(join(dir, 'dcscore.sqlite'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('SELECT COUNT(*) AS n FROM providers').get() as { n: number };
      expect(rows.n).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      db.close();
    }
  });
});
