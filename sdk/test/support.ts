import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../src/app.setup.js';
import { loadConfig } from '../../src/config/app-config.js';

export interface RunningServer {
  app: NestFastifyApplication;
  baseUrl: string;
  /** An admin API key, ensured at start (DCSCORE_ADMIN_KEY). */
  adminKey: string;
  close(): Promise<void>;
}

/**
 * The real application, as production builds it, on a fresh SQLite file with no seed,
 * listening on an ephemeral loopback port. The configuration goes through `loadConfig`, as in
 * production, from these variables only (not the caller's environment).
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dcscore-sdk-'));
  const adminKey = `sdk-test-${randomBytes(24).toString('hex')}`;
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dir, 'sdk.sqlite')}`,
    DCSCORE_SEED: 'none',
    DCSCORE_ADMIN_KEY: adminKey,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await createApp(config, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  return {
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    adminKey,
    close: async () => {
      try {
        await app.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
