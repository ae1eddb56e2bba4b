/**
 * Before/after: two builds of the app (each a checkout with `npm run build` done, e.g. a
 * `git worktree` of the old commit with node_modules linked) serving the same generated data,
 * driven in alternating short rounds so that a change in the machine's load hits both alike.
 * Reports requests/s, latency and the server's CPU time per request (from /proc: the steadiest
 * number on shared cores).
 *
 *   node bench/compare.mjs --a=/tmp/dcs-before --b=. [--sizes=1000,10000] [--rounds=3] [--seconds=3]
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const builds = { a: resolve(args.a ?? '.'), b: resolve(args.b ?? '.') };
const SIZES = (args.sizes ?? '1000,10000').split(',').map(Number);
const ROUNDS = Number(args.rounds ?? 3);
const SECONDS = Number(args.seconds ?? 3);
const tmp = fileURLToPath(new URL('.tmp/', import.meta.url));
mkdirSync(tmp, { recursive: true });

const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, 100 Hz ticks
};
const run = (cmd, argv, cwd) =>
  new Promise((ok, fail) => spawn(cmd, argv, { cwd, stdio: 'inherit' }).on('exit', (c) => (c === 0 ? ok() : fail(new Error(`${argv} exited ${c}`)))));

async function start(name, dir, dbPath, port) {
  const log = openSync(`${tmp}compare-${name}.log`, 'w');
  // What `npm run start:prod` runs: the bundle, or dist/main.js in builds from before it existed.
  const entry = existsSync(resolve(dir, 'dist/server.mjs')) ? 'dist/server.mjs' : 'dist/main.js';
  const child = spawn(process.execPath, [entry], {
    cwd: dir,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `sqlite:${dbPath}`, DCSCORE_SEED: 'none', DCSCORE_RATE_LIMIT_PER_MINUTE: '1000000000' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).status === 200) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function measure(pid, options) {
  const before = cpuMs(pid);
  const r = await autocannon({ connections: 24, duration: SECONDS, ...options });
  if (r.non2xx + r.errors > 0) throw new Error(`${r.non2xx} non-2xx, ${r.errors} errors`);
  return { requests: r.requests.total, seconds: r.duration, cpuMs: cpuMs(pid) - before, p50: r.latency.p50 };
}

for (const size of SIZES) {
  const servers = {};
  let ids;
  for (const [name, dir] of Object.entries(builds)) {
    const dbPath = `${tmp}compare-${name}-${size}.sqlite`;
    await run(process.execPath, ['bench/lib/seed.mjs', dbPath, String(size)], dir);
    ids ??= new Database(dbPath, { readonly: true }).prepare('SELECT id FROM facilities').pluck().all();
    const port = name === 'a' ? 3961 : 3962;
    servers[name] = { port, dbPath, child: await start(name, dir, dbPath, port) };
  }
  let i = 0;
  const cycle = (suffix) => [{ setupRequest: (req) => ({ ...req, path: `/v1/facilities/${ids[i++ % ids.length]}${suffix}` }) }];
  const scenarios = {
    'GET /v1/facilities/{id}': (url) => ({ url, requests: cycle('') }),
    'GET /v1/facilities?limit=50': (url) => ({ url: `${url}/v1/facilities?limit=50` }),
    'GET /v1/facilities/{id}/scorecard': (url) => ({ url, requests: cycle('/scorecard') }),
    [`POST /v1/rankings (all ${size})`]: (url) => ({
      url: `${url}/v1/rankings`, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', connections: 1,
    }),
  };
  const totals = {};
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [scenario, options] of Object.entries(scenarios)) {
      const order = round % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
      for (const name of order) {
        const { port, child } = servers[name];
        const m = await measure(child.pid, options(`http://127.0.0.1:${port}`));
        if (round === 0) continue; // warm-up round
        const t = (totals[`${scenario}|${name}`] ??= { requests: 0, seconds: 0, cpuMs: 0, p50: [] });
        t.requests += m.requests;
        t.seconds += m.seconds;
        t.cpuMs += m.cpuMs;
        t.p50.push(m.p50);
      }
    }
  }
  console.log(`\n${size} facilities (${ROUNDS} rounds of ${SECONDS} s each, alternating; a = ${builds.a}, b = ${builds.b})`);
  console.log(`${'scenario'.padEnd(36)}  ${'a req/s'.padStart(8)} ${'b req/s'.padStart(8)}  ${'a p50'.padStart(7)} ${'b p50'.padStart(7)}  ${'a CPU/req'.padStart(10)} ${'b CPU/req'.padStart(10)}  b/a (CPU)`);
  for (const scenario of Object.keys(scenarios)) {
    const [a, b] = ['a', 'b'].map((n) => totals[`${scenario}|${n}`]);
    const rate = (t) => Math.round(t.requests / t.seconds);
    const median = (list) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)];
    const cpu = (t) => (t.cpuMs * 1000) / t.requests;
    const fmt = (us) => (us >= 10_000 ? `${Math.round(us / 1000)} ms` : `${Math.round(us)} µs`);
    console.log(
      `${scenario.padEnd(36)}  ${String(rate(a)).padStart(8)} ${String(rate(b)).padStart(8)}  ${String(median(a.p50)).padStart(7)} ${String(median(b.p50)).padStart(7)}  ` +
        `${fmt(cpu(a)).padStart(10)} ${fmt(cpu(b)).padStart(10)}  ${(cpu(b) / cpu(a)).toFixed(2)}`,
    );
  }
  for (const { child, dbPath } of Object.values(servers)) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  }
}
