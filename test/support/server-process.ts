import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** `npm run start:prod`'s command line without `node` (its flags, then the bundle `npm run build` makes; `pretest` builds it). */
const START_PROD: string[] = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).scripts['start:prod'].split(/\s+/).slice(1);
export const SERVER_ENTRY = resolve(ROOT, START_PROD.at(-1)!);
export const TEST_ADMIN_KEY = 'test-admin-key-0123456789abcdef0123456789';

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  output: () => string;
}

/** Starts the server as `npm run start:prod` does (flags included), as its own process, and waits for /health. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run "npm run build" first`);
  const port = await freePort();
  let log = '';
  const child = spawn(process.execPath, [...START_PROD.slice(0, -1), SERVER_ENTRY], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DCSCORE_SEED: 'none', DCSCORE_ADMIN_KEY: TEST_ADMIN_KEY, DCSCORE_RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${log}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become healthy: ${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, baseUrl, output: () => log };
}

export async function stopServerProcess(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill(signal);
  await exited;
}
