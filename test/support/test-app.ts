import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.setup.js';
import type { LogDestination } from '../../src/http/logging.js';
import { type AppConfig, loadConfig, parseDatabaseUrl, type SeedMode } from '../../src/config/app-config.js';

/** The admin key every test app is configured with (DCSCORE_ADMIN_KEY); `t.http` sends it. */
export const TEST_ADMIN_KEY = 'test-admin-key-0123456789abcdef0123456789';

export type TestClient = ReturnType<typeof request.agent>;

export interface TestApp {
  app: NestFastifyApplication;
  /** Sends the admin key on every request. */
  http: TestClient;
  /** A client that sends no key. */
  anonymous: () => TestClient;
  /** A client that sends `Authorization: Bearer <key>`. */
  withKey: (key: string) => TestClient;
  config: AppConfig;
  /** Closes the app; the database stays so a test can start another app on it. */
  close(): Promise<void>;
  /** Closes the app and deletes the database (whichever app on it is destroyed). */
  destroy(): Promise<void>;
}

export interface TestAppOptions {
  seed?: SeedMode;
  /** Reuse the database of an earlier app (restart tests, several instances on one database). */
  databaseUrl?: string;
  /**
   * Overrides of the test configuration, which is: admin key TEST_ADMIN_KEY, public read on,
   * rate limiting off, CORS off, no logs.
   */
  config?: Partial<Omit<AppConfig, 'database' | 'seed'>>;
  /** Turns logging on (level `info` unless `config.logLevel` says otherwise), into this stream. */
  logStream?: LogDestination;
}

/** How to delete each database this process created, by URL; an entry runs at most once. */
const ownedDatabases = new Map<string, () => Promise<void>>();

/**
 * Starts the real application on a real database of its own: a fresh SQLite file in a temp
 * directory, or, when TEST_DATABASE_URL names a PostgreSQL server (CI's PostgreSQL job), a
 * fresh database created on that server. Spec files run in parallel, so sharing one database
 * would let their rows leak into each other's lists and totals.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase(process.env.TEST_DATABASE_URL));
  const config: AppConfig = {
    ...loadConfig({}),
    port: 0,
    database: parseDatabaseUrl(databaseUrl),
    seed: options.seed ?? 'none',
    adminKey: TEST_ADMIN_KEY,
    rateLimitPerMinute: 0,
    logLevel: options.logStream ? 'info' : 'silent',
    ...options.config,
  };
  const logging = options.logStream ? { logStream: options.logStream } : { logger: false };
  const app = await createApp(config, logging).catch(async (error: unknown) => {
    if (!options.databaseUrl) await dropTestDatabase(databaseUrl);
    throw error;
  });
  const server = app.getHttpServer();
  const withKey = (key: string) => request.agent(server).set('authorization', `Bearer ${key}`);
  return {
    app,
    http: withKey(config.adminKey ?? TEST_ADMIN_KEY),
    anonymous: () => request.agent(server),
    withKey,
    config,
    close: () => app.close(),
    destroy: async () => {
      try {
        await app.close();
      } finally {
        await dropTestDatabase(databaseUrl);
      }
    },
  };
}

export function databaseUrlOf(config: AppConfig): string {
  return config.database.kind === 'sqlite' ? `sqlite:${config.database.path}` : config.database.url;
}

async function createTestDatabase(serverUrl: string | undefined): Promise<string> {
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'dcscore-test-'));
    const url = `sqlite:${join(dir, 'dcscore.sqlite')}`;
    ownedDatabases.set(url, async () => rmSync(dir, { recursive: true, force: true }));
    return url;
  }
  if (parseDatabaseUrl(serverUrl).kind !== 'postgres') return serverUrl;
  // Unique per app; the timestamp lets a later run sweep databases left by an interrupted one.
  const name = `dcscore_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // UTF8 with the C collation: text sorts by code point, as on SQLite, whatever the server's locale.
  await withAdmin(serverUrl, async (admin) => {
    await sweepStaleDatabases(admin);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  });
  ownedDatabases.set(url.href, () =>
    withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  );
  return url.href;
}

async function dropTestDatabase(url: string): Promise<void> {
  const drop = ownedDatabases.get(url);
  ownedDatabases.delete(url);
  await drop?.();
}

/** A short-lived connection to the database TEST_DATABASE_URL names, for CREATE/DROP DATABASE. */
async function withAdmin<T>(serverUrl: string, work: (admin: DataSource) => Promise<T>): Promise<T> {
  const admin = await new DataSource({ type: 'postgres', url: serverUrl, poolSize: 1, logging: false }).initialize();
  try {
    return await work(admin);
  } finally {
    await admin.destroy();
  }
}

const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
let swept = false;

/** Once per process: drops test databases over a day old, left behind by interrupted runs. */
async function sweepStaleDatabases(admin: DataSource): Promise<void> {
  if (swept) return;
  swept = true;
  const rows: Array<{ datname: string }> = await admin.query(
    "SELECT datname FROM pg_database WHERE datname ~ '^dcscore_test_[0-9a-z]+_[0-9a-f]{8}$'",
  );
  for (const { datname } of rows) {
    const created = parseInt(datname.split('_')[2], 36);
    if (Date.now() - created > STALE_AFTER_MS) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => undefined);
    }
  }
}
