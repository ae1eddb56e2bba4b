/**
 * dcscore benchmarks against a raw node:http baseline (issue 6). See BENCHMARKS.md.
 *
 *   npm run build && npm run bench
 *   npm run bench -- --sizes=1000 --duration=5      (quicker, partial)
 *
 * For each database size it seeds a fresh SQLite file (bench/.tmp/), starts the built server
 * (`node dist/server.mjs`, i.e. `npm run start:prod`, DCSCORE_SEED=none) and a raw node:http server answering the same bytes,
 * drives both with autocannon on loopback, and prints a table; everything measured goes to
 * bench/results.json. Ratios compare the app with the raw baseline measured in the same run
 * on the same database size.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = fileURLToPath(new URL('.tmp/', import.meta.url));

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const SIZES = (args.sizes ?? '1000,10000').split(',').map(Number);
const DURATION = Number(args.duration ?? 10);
const WARMUP = Number(args.warmup ?? 2);
const CONNECTIONS = Number(args.connections ?? 24);
const RANK_DURATION = Number(args['rank-duration'] ?? DURATION);
const OUT = args.out ?? fileURLToPath(new URL('results.json', import.meta.url));
/** The server's entry point; the default is what `npm run start:prod` runs. */
/**
 * The server's command line as `npm run start:prod` has it (`node <flags> dist/server.mjs`), so
 * the benchmark runs what production runs, flags included; `--entry` swaps the entry file.
 */
const START_PROD = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts['start:prod'].split(/\s+/).slice(1);
const ENTRY = args.entry ?? START_PROD.at(-1);
const SERVER_ARGS = [...START_PROD.slice(0, -1), ENTRY];

const TARGETS = {
  facilityRatio: 0.5,
  listRatio: 0.35,
  scorecardRatio: 0.35,
  rankP50Ms: { 1000: 50, 10000: 300 },
  scorecardsPerSecond: 100_000,
  rssMb: 250,
  startupMs: 2000,
};

const log = (...parts) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function runNode(script, scriptArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...scriptArgs], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`${script} exited ${code}`))));
  });
}

/**
 * Starts a server process, its output going to `logFile`, and resolves once `readyPath`
 * answers 200, with the time that took (from spawn: process start, imports, migrations check,
 * Nest init, listen).
 */
async function startServer(command, env, port, readyPath, logFile) {
  const log = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, command, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', log, log] });
  closeSync(log);
  let exited = false;
  child.on('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`server exited during start-up; see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}${readyPath}`);
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 60_000) throw new Error(`server not ready after 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return { child, startupMs: performance.now() - started };
}

function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** CPU time (user + system) a process has used, in ms (from /proc, 100 Hz ticks). */
function cpuMsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: round(kb('VmRSS') / 1024), peakRssMb: round(kb('VmHWM') / 1024) };
}

/** autocannon with a warm-up whose numbers are thrown away. Fails on any non-2xx answer. */
async function load(name, options) {
  const { warmup = WARMUP, pid, ...rest } = options;
  const base = { connections: CONNECTIONS, ...rest };
  if (warmup > 0) await autocannon({ ...base, duration: warmup });
  const cpuBefore = pid ? cpuMsOf(pid) : 0;
  const result = await autocannon({ ...base, duration: options.duration ?? DURATION });
  const cpuMs = pid ? cpuMsOf(pid) - cpuBefore : undefined;
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  return {
    scenario: name,
    connections: base.connections,
    requests: result.requests.total,
    reqPerSec: round(result.requests.total / result.duration, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    seconds: result.duration,
    ...(cpuMs !== undefined && { serverCpuMs: cpuMs, serverCpuUsPerRequest: round((cpuMs * 1000) / Math.max(1, result.requests.total), 0) }),
    loadAverage: round(os.loadavg()[0], 2),
  };
}

/** Two runs of one baseline as one: requests over total time; latencies averaged. */
function combine(a, b) {
  const requests = a.requests + b.requests;
  return {
    scenario: a.scenario,
    connections: a.connections,
    requests,
    reqPerSec: round(requests / (a.seconds + b.seconds), 0),
    p50Ms: round((a.p50Ms + b.p50Ms) / 2, 1),
    p99Ms: round((a.p99Ms + b.p99Ms) / 2, 1),
    bytesPerResponse: a.bytesPerResponse,
    seconds: a.seconds + b.seconds,
    serverCpuUsPerRequest: round(((a.serverCpuMs + b.serverCpuMs) * 1000) / requests, 0),
  };
}

/** A `requests` entry that walks through `paths` in a shuffled order (so no single row stays hot). */
function cycling(paths, extra = {}) {
  let i = 0;
  return [{ method: 'GET', ...extra, setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }];
}

function shuffled(list, seed = 7) {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Production settings, except: a fresh database without the demo seed, loopback only, and a
 * rate limit too high to reach (every request comes from one IP; the limiter still runs, so
 * its cost is measured). Request logs go to a file in bench/.tmp/.
 */
function appEnv(port, dbPath) {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${dbPath}`,
    DCSCORE_SEED: 'none',
    DCSCORE_RATE_LIMIT_PER_MINUTE: '1000000000',
    NODE_ENV: 'production',
  };
}

async function benchSize(facilities) {
  log(`--- ${facilities.toLocaleString('en')} facilities ---`);
  const dbPath = `${tmp}bench-${facilities}.sqlite`;
  const seeded = await runNode('bench/lib/seed.mjs', [dbPath, String(facilities)]);
  log(`seeded ${JSON.stringify(seeded)}`);
  const db = new Database(dbPath, { readonly: true });
  const ids = shuffled(db.prepare('SELECT id FROM facilities ORDER BY id').pluck().all());
  db.close();

  const appPort = await freePort();
  // Start-up is measured three times (median reported): one sample is at the mercy of the machine.
  const startups = [];
  for (let i = 0; i < 2; i++) {
    const probe = await startServer(SERVER_ARGS, appEnv(appPort, dbPath), appPort, '/health', `${tmp}app-${facilities}.log`);
    startups.push(Math.round(probe.startupMs));
    await stopServer(probe.child);
  }
  const app = await startServer(SERVER_ARGS, appEnv(appPort, dbPath), appPort, '/health', `${tmp}app-${facilities}.log`);
  startups.push(Math.round(app.startupMs));
  const startupMs = [...startups].sort((a, b) => a - b)[1];
  log(`app ready in ${startups.join(', ')} ms (first 200 from /health; median ${startupMs})`);
  const appUrl = `http://127.0.0.1:${appPort}`;
  const appPid = app.child.pid;

  // The exact bytes the app answers: the raw server will answer the same.
  const docs = {
    facility: await (await fetch(`${appUrl}/v1/facilities/${ids[0]}`)).text(),
    list: await (await fetch(`${appUrl}/v1/facilities?limit=50`)).text(),
  };
  const rawArgs = [];
  for (const [name, body] of Object.entries(docs)) {
    writeFileSync(`${tmp}${name}-${facilities}.json`, body);
    rawArgs.push(`/${name}=${tmp}${name}-${facilities}.json`);
  }
  const rawPort = await freePort();
  const raw = await startServer(['bench/raw-server.mjs', String(rawPort), ...rawArgs], {}, rawPort, '/facility', `${tmp}raw-${facilities}.log`);
  const rawUrl = `http://127.0.0.1:${rawPort}`;
  const RAW_FACILITY = ['raw node:http, facility-sized JSON', { url: `${rawUrl}/facility`, pid: raw.child.pid }];
  const RAW_LIST = ['raw node:http, list-page-sized JSON', { url: `${rawUrl}/list`, pid: raw.child.pid }];
  await load('raw warm-up', { url: `${rawUrl}/facility`, duration: WARMUP, warmup: 0 });

  /**
   * The app's run sandwiched between two half-length runs of each raw baseline (before and
   * after), so a change in the machine's load during the scenario affects both sides alike:
   * these cores are shared, and the ratio is what counts.
   */
  async function versusRaw(name, options, baselines) {
    const before = [];
    for (const [rawName, rawOptions] of baselines) before.push(await load(rawName, { ...rawOptions, duration: DURATION / 2, warmup: 0 }));
    const app = await load(name, { pid: appPid, ...options });
    const rawRuns = [];
    for (const [index, [rawName, rawOptions]] of [...baselines.entries()].reverse()) {
      const after = await load(rawName, { ...rawOptions, duration: DURATION / 2, warmup: 0 });
      rawRuns[index] = combine(before[index], after);
    }
    const [rawFacility, rawSameBytes] = rawRuns;
    const result = {
      ...app,
      raw: rawFacility,
      ratio: round(app.reqPerSec / rawFacility.reqPerSec, 3),
      // Server CPU per request, raw / app: steadier than requests/s when other work shares the cores.
      cpuRatio: round(rawFacility.serverCpuUsPerRequest / app.serverCpuUsPerRequest, 3),
      ...(rawSameBytes && { rawSameBytes, ratioSameBytes: round(app.reqPerSec / rawSameBytes.reqPerSec, 3) }),
    };
    log(JSON.stringify(result));
    return result;
  }

  const facilityPaths = ids.map((id) => `/v1/facilities/${id}`);
  const scenarios = [];
  scenarios.push({
    ...(await versusRaw('GET /v1/facilities/{id}', { url: appUrl, requests: cycling(facilityPaths) }, [RAW_FACILITY])),
    target: TARGETS.facilityRatio,
  });
  scenarios.push({
    ...(await versusRaw('GET /v1/facilities?limit=50', { url: `${appUrl}/v1/facilities?limit=50` }, [RAW_FACILITY, RAW_LIST])),
    target: TARGETS.listRatio,
  });
  scenarios.push({
    ...(await versusRaw(
      'GET /v1/facilities/{id}/scorecard',
      { url: appUrl, requests: cycling(facilityPaths.map((p) => `${p}/scorecard`)) },
      [RAW_FACILITY],
    )),
    target: TARGETS.scorecardRatio,
  });
  // The stack's own floor: bare NestJS on Fastify answering the facility document (bench/nest-floor.mjs).
  const floorPort = await freePort();
  const floor = await startServer(['bench/nest-floor.mjs', String(floorPort), `${tmp}facility-${facilities}.json`], {}, floorPort, '/facility', `${tmp}floor-${facilities}.log`);
  scenarios.push({
    ...(await versusRaw('bare NestJS + Fastify, facility JSON (floor)', { url: `http://127.0.0.1:${floorPort}/facility`, pid: floor.child.pid }, [RAW_FACILITY])),
    floor: true,
  });
  await stopServer(floor.child);
  await stopServer(raw.child);

  // One ranking at a time: its latency is the point, not its throughput.
  const ranking = await load(`POST /v1/rankings (all ${facilities})`, {
    url: `${appUrl}/v1/rankings`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
    connections: 1,
    warmup: 1,
    duration: RANK_DURATION,
    pid: appPid,
  });
  const rankTarget = TARGETS.rankP50Ms[facilities];
  scenarios.push({ ...ranking, msPerFacility: round(ranking.p50Ms / facilities, 4), ...(rankTarget && { targetP50Ms: rankTarget }) });
  log(JSON.stringify(scenarios.at(-1)));

  const memory = memoryOf(app.child.pid);
  await stopServer(app.child);
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  return {
    facilities,
    seeded,
    startupMs,
    startupSamplesMs: startups,
    rssAfterLoadMb: memory.rssMb,
    peakRssMb: memory.peakRssMb,
    scenarios,
  };
}

function evaluate(results) {
  const checks = [];
  const add = (target, value, limit, pass, unit = '') => checks.push({ target, value, limit, unit, pass });
  for (const run of results.runs) {
    const [facility, list, scorecard, , ranking] = run.scenarios; // the fourth is the framework floor
    const n = run.facilities.toLocaleString('en');
    add(`GET /v1/facilities/{id} >= 50 % of raw (${n})`, facility.ratio, TARGETS.facilityRatio, facility.ratio >= TARGETS.facilityRatio);
    add(`GET /v1/facilities?limit=50 >= 35 % of raw facility-sized (${n})`, list.ratio, TARGETS.listRatio, list.ratio >= TARGETS.listRatio);
    add(
      `GET /v1/facilities?limit=50 >= 35 % of raw same bytes (${n})`,
      list.ratioSameBytes,
      TARGETS.listRatio,
      list.ratioSameBytes >= TARGETS.listRatio,
    );
    add(`GET /v1/facilities/{id}/scorecard >= 35 % of raw (${n})`, scorecard.ratio, TARGETS.scorecardRatio, scorecard.ratio >= TARGETS.scorecardRatio);
    const rankLimit = TARGETS.rankP50Ms[run.facilities];
    if (rankLimit) add(`POST /v1/rankings p50 (${n})`, ranking.p50Ms, rankLimit, ranking.p50Ms < rankLimit, ' ms');
    if (run.facilities === 10_000) {
      add(`RSS after load (${n})`, run.rssAfterLoadMb, TARGETS.rssMb, run.rssAfterLoadMb < TARGETS.rssMb, ' MB');
      add(`start-up to first 200 from /health (${n})`, run.startupMs, TARGETS.startupMs, run.startupMs < TARGETS.startupMs, ' ms');
    }
  }
  const core = results.scoringCore.buildScorecard.perSecond;
  add('scoring core, scorecards/s on one core', core, TARGETS.scorecardsPerSecond, core >= TARGETS.scorecardsPerSecond, '/s');
  if (results.runs.length >= 2) {
    const small = results.runs[0].scenarios[4].msPerFacility;
    const large = results.runs.at(-1).scenarios[4].msPerFacility;
    const growth = round(large / small, 2);
    add('ranking time per facility, largest / smallest N (linear: <= 1.5)', growth, 1.5, growth <= 1.5, 'x');
  }
  return checks;
}

function printTable(results) {
  const pad = (s, n, right = false) => (right ? String(s ?? '').padStart(n) : String(s ?? '').padEnd(n));
  const pct = (r) => (r === undefined ? '' : `${Math.round(r * 100)} %`);
  const row = (n, s, ratio = '', sameBytes = '', cpuRatio = '') =>
    `${pad(n, 6, true)}  ${pad(s.scenario, 40)}  ${pad(s.reqPerSec, 7, true)}  ${pad(s.p50Ms, 7, true)}  ${pad(s.p99Ms, 7, true)}  ` +
    `${pad(s.serverCpuUsPerRequest, 8, true)}  ${pad(ratio, 7, true)}  ${pad(sameBytes, 10, true)}  ${pad(cpuRatio, 9, true)}`;
  const lines = [
    `${pad('N', 6, true)}  ${pad('scenario', 40)}  ${pad('req/s', 7, true)}  ${pad('p50 ms', 7, true)}  ${pad('p99 ms', 7, true)}  ` +
      `${pad('CPU µs', 8, true)}  ${pad('vs raw', 7, true)}  ${pad('same bytes', 10, true)}  ${pad('CPU ratio', 9, true)}`,
  ];
  for (const run of results.runs) {
    for (const s of run.scenarios) {
      if (s.raw) lines.push(row(run.facilities, s.raw));
      if (s.rawSameBytes) lines.push(row(run.facilities, s.rawSameBytes));
      lines.push(row(run.facilities, s, pct(s.ratio), pct(s.ratioSameBytes), pct(s.cpuRatio)));
    }
    lines.push(
      `${pad(run.facilities, 6, true)}  start-up ${run.startupMs} ms; RSS after load ${run.rssAfterLoadMb} MB (peak ${run.peakRssMb} MB); ` +
        `ranking ${run.scenarios[4].msPerFacility} ms per facility`,
    );
  }
  const core = results.scoringCore;
  lines.push(
    `scoring core (one thread, ${core.facilities} facilities): buildScorecard ${core.buildScorecard.perSecond}/s ` +
      `(${core.buildScorecard.microsPerScorecard} µs; ${core.buildScorecardUnprepared.perSecond}/s from unprepared input), ` +
      `with footprint + budget ${core.buildScorecardCosted.perSecond}/s, ` +
      `rankFacilities ${core.rankFacilities.medianMs} ms (${core.rankFacilities.microsPerFacility} µs per facility)`,
  );
  lines.push('');
  for (const c of results.checks) lines.push(`${c.pass ? 'PASS' : 'MISS'}  ${c.target}: ${c.value}${c.unit} (target ${c.limit}${c.unit})`);
  console.log(lines.join('\n'));
}

async function main() {
  if (!existsSync(`${root}${ENTRY}`)) {
    console.error(`${ENTRY} not found: run \`npm run build\` first.`);
    process.exit(1);
  }
  mkdirSync(tmp, { recursive: true });
  const started = performance.now();
  const cpus = os.cpus();
  const results = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model,
      cores: cpus.length,
      memoryGb: round(os.totalmem() / 2 ** 30),
      node: process.version,
      os: `${os.type()} ${os.release()}`,
      loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
    },
    settings: { server: `node ${SERVER_ARGS.join(' ')}`, sizes: SIZES, durationS: DURATION, warmupS: WARMUP, connections: CONNECTIONS, rankingConnections: 1 },
    targets: TARGETS,
  };
  const waitQuiet = Number(args['wait-quiet'] ?? 0);
  for (const until = performance.now() + waitQuiet * 1000; performance.now() < until && os.loadavg()[0] > cpus.length * 0.5; ) {
    log(`load average ${os.loadavg()[0].toFixed(2)}: waiting for a quieter machine (--wait-quiet=${waitQuiet})`);
    await new Promise((r) => setTimeout(r, 10_000));
  }
  results.machine.loadAverageAtStart = os.loadavg().map((l) => round(l, 2));
  if (results.machine.loadAverageAtStart[0] > 0.5) {
    log(`warning: load average ${results.machine.loadAverageAtStart[0]} before the run; other work shares these cores`);
  }
  log('scoring core, in-process...');
  results.scoringCore = await runNode('bench/scoring-core.mjs', ['10000', '2']);
  log(JSON.stringify(results.scoringCore));
  results.runs = [];
  for (const size of SIZES) results.runs.push(await benchSize(size));
  results.machine.loadAverageAtEnd = os.loadavg().map((l) => round(l, 2));
  results.totalSeconds = Math.round((performance.now() - started) / 1000);
  results.checks = evaluate(results);
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  printTable(results);
  console.log(`\n${results.totalSeconds} s; results in ${OUT}`);
}

await main();
