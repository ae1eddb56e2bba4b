import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupSqlite, runBackupCli } from '../../src/bin/backup.js';
import { createProvider } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/*
 * `npm run backup`: an online SQLite backup while the server runs. Always on a SQLite file,
 * whatever TEST_DATABASE_URL says (PostgreSQL is backed up with pg_dump, see the CLI test).
 */

const integrityOf = (file: string): unknown => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
};

const recorder = () => {
  const lines: string[] = [];
  return { lines, out: { log: (m: string) => lines.push(m), error: (m: string) => lines.push(m) } };
};

describe('online SQLite backup', () => {
  let dir: string;
  let live: string;
  let t: TestApp;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dcscore-backup-'));
    live = join(dir, 'dcscore.sqlite');
    t = await startTestApp({ databaseUrl: `sqlite:${live}`, seed: 'demo' });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies a consistent, intact database while the app keeps serving writes', async () => {
    const before = await createProvider(t, { notes: 'written before the backup' });
    const file = join(dir, 'backups', 'dcscore-backup.sqlite');

    // One page per step: the copy spans many event-loop turns, with writes in between
    // (SQLite restarts a backup whose source changed, so the copy is still one state).
    const writes = Array.from({ length: 20 }, (_, i) => createProvider(t, { notes: `written during the backup ${i}` }));
    const [result] = await Promise.all([backupSqlite(live, file, { pagesPerStep: 1 }), ...writes]);
    expect(result).toMatchObject({ destination: resolve(file), integrity: 'ok' });
    expect(result.bytes).toBe(statSync(file).size);
    expect(integrityOf(file)).toBe('ok');
    // A single self-contained file: nothing partial, no -wal to copy along.
    expect(readdirSync(join(dir, 'backups'))).toEqual(['dcscore-backup.sqlite']);
    const journal = new Database(file, { readonly: true });
    expect(journal.pragma('journal_mode', { simple: true })).toBe('delete');
    journal.close();

    // The app served throughout and still does.
    await t.http.get(`/v1/providers/${before.id}`).expect(200);
    const total = (await t.http.get('/v1/providers').expect(200)).body.total as number;

    // Restore: a new app on the backup file finds the data.
    const restored = await startTestApp({ databaseUrl: `sqlite:${file}` });
    try {
      const res = await restored.http.get(`/v1/providers/${before.id}`).expect(200);
      expect(res.body.notes).toBe('written before the backup');
      const restoredTotal = (await restored.http.get('/v1/providers').expect(200)).body.total as number;
      expect(restoredTotal).toBeGreaterThan(12);
      expect(restoredTotal).toBeLessThanOrEqual(total);
      expect((await restored.http.get('/v1/facilities').expect(200)).body.total).toBe(15);
    } finally {
      await restored.close();
    }
  });

  it('the command reads DATABASE_URL like the server and reports the result', async () => {
    const file = join(dir, 'cli-backup.sqlite');
    const { lines, out } = recorder();
    expect(await runBackupCli([file], { DATABASE_URL: `sqlite:${live}` }, out)).toBe(0);
    expect(lines.join('\n')).toContain('integrity ok');
    expect(integrityOf(file)).toBe('ok');
  });

  it('refuses PostgreSQL (use pg_dump), in-memory databases, bad arguments and overwriting the database', async () => {
    const pg = recorder();
    expect(await runBackupCli(['x.dump'], { DATABASE_URL: 'postgres://u:p@db:5432/dcscore' }, pg.out)).toBe(2);
    expect(pg.lines.join('\n')).toContain('pg_dump');

    const memory = recorder();
    expect(await runBackupCli(['x.sqlite'], { DATABASE_URL: 'sqlite::memory:' }, memory.out)).toBe(2);

    const usage = recorder();
    expect(await runBackupCli([], {}, usage.out)).toBe(2);
    expect(usage.lines.join('\n')).toContain('Usage');

    const self = recorder();
    expect(await runBackupCli([live], { DATABASE_URL: `sqlite:${live}` }, self.out)).toBe(1);
    expect(self.lines.join('\n')).toContain('must not be the database itself');

    const missing = recorder();
    expect(await runBackupCli([join(dir, 'y.sqlite')], { DATABASE_URL: `sqlite:${join(dir, 'nope.sqlite')}` }, missing.out)).toBe(1);
    expect(missing.lines.join('\n')).toContain('No database file');
  });

  // The compiled entry point, when a build is there (`npm test` builds first).
  const cli = resolve('dist/bin/backup.js');
  it.skipIf(!existsSync(cli))('runs as `node dist/bin/backup.js <file>`', async () => {
    const file = join(dir, 'node-backup.sqlite');
    const { stdout } = await promisify(execFile)(process.execPath, [cli, file], {
      env: { ...process.env, DATABASE_URL: `sqlite:${live}` },
    });
    expect(stdout).toContain('integrity ok');
    expect(integrityOf(file)).toBe('ok');
  });
});
