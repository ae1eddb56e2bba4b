import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../../src/app.setup.js';
import { type AppConfig, parseDatabaseUrl, type SeedMode } from '../../src/config/app-config.js';

export interface TestApp {
  app: NestFastifyApplication;
  http: ReturnType<typeof request>;
  config: AppConfig;
  /** Closes the app; the database stays so a test can start another app on it. */
  close(): Promise<void>;
  /** Closes the app and deletes the database. */
  destroy(): Promise<void>;
}

export interface TestAppOptions {
  seed?: SeedMode;
  /** Reuse the database of an earlier app (restart tests). */
  databaseUrl?: string;
}

/**
 * Starts the real application on a real database: a fresh SQLite file in a temp directory,
 * or the PostgreSQL database named by TEST_DATABASE_URL (CI's PostgreSQL job).
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  let dir: string | undefined;
  let databaseUrl = options.databaseUrl ?? process.env.TEST_DATABASE_URL;
  if (!databaseUrl) {
    dir = mkdtempSync(join(tmpdir(), 'dcscore-test-'));
    databaseUrl = `sqlite:${join(dir, 'dcscore.sqlite')}`;
  }
  const config: AppConfig = { port: 0, database: parseDatabaseUrl(databaseUrl), seed: options.seed ?? 'none' };
  const app = await createApp(config, { logger: false });
  const server = app.getHttpServer();
  return {
    app,
    http: request(server),
    config,
    close: () => app.close(),
    destroy: async () => {
      await app.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function databaseUrlOf(config: AppConfig): string {
  return config.database.kind === 'sqlite' ? `sqlite:${config.database.path}` : config.database.url;
}
