/**
 * Profiles the built server under one scenario with `node --cpu-prof` and prints where the
 * time goes (self time by function and by package). The .cpuprofile stays in bench/.tmp/ for
 * Chrome DevTools. Profiles dist/main.js, the unbundled build (`npm run start:prod` runs its bundle,
 * dist/server.mjs): the same code, but with one file per module, so time is attributed by package.
 *
 *   node bench/profile.mjs <facility|list|scorecard|ranking|startup|/any/path> [facilities=1000] [seconds=8]
 *   node bench/profile.mjs summary <file.cpuprofile>
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { seedDatabase } from './lib/seed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = fileURLToPath(new URL('.tmp/', import.meta.url));

export function summarise(file, top = 25, skipMs = 0) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  let elapsed = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    elapsed += dt[i] ?? 0;
    if (elapsed < skipMs * 1000) continue; // start-up, when profiling a load
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map();
  const byPackage = new Map();
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id);
    const url = callFrame.url.replace(`file://${root}`, '');
    const key = `${callFrame.functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.startsWith('dist/') ? `app:${url.split('/')[1]}` : url.startsWith('node:') ? 'node:internal' : callFrame.functionName.startsWith('(') ? callFrame.functionName : url || '(native)');
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  }
  const pct = (us) => `${((us / total) * 100).toFixed(1).padStart(5)} %`;
  // Inclusive time of each function (self time of everything it called), counted once per stack.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  for (const [id, us] of self) {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const { callFrame } = byId.get(at);
      if (!callFrame.url.includes('/dist/')) continue;
      const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.replace(`file://${root}`, '').split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const lines = [`total sampled ${(total / 1000).toFixed(0)} ms`, '', 'self time by package:'];
  for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15)) lines.push(`  ${pct(v)}  ${k}`);
  lines.push('', 'self time by function:');
  for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(v)}  ${k}`);
  lines.push('', 'inclusive time of app functions (dist/):');
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 15)) lines.push(`  ${pct(v)}  ${k}`);
  return lines.join('\n');
}

async function profileScenario(scenario, facilities, seconds) {
  mkdirSync(tmp, { recursive: true });
  const dbPath = `${tmp}profile-${facilities}.sqlite`;
  await seedDatabase(dbPath, facilities);
  const db = new Database(dbPath, { readonly: true });
  const ids = db.prepare('SELECT id FROM facilities').pluck().all();
  db.close();
  const profDir = `${tmp}profiles`;
  mkdirSync(profDir, { recursive: true });
  const before = new Set(readdirSync(profDir));
  const port = 3990;
  const spawned = performance.now();
  const child = spawn(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--import', './bench/lib/exit-on-signal.mjs', 'dist/main.js'],
    { cwd: root, env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `sqlite:${dbPath}`, DCSCORE_SEED: 'none', DCSCORE_RATE_LIMIT_PER_MINUTE: '1000000000' }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).status === 200) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 10));
  }
  const url = `http://127.0.0.1:${port}`;
  const skipMs = scenario === 'startup' ? 0 : performance.now() - spawned;
  let i = 0;
  const options = {
    facility: { url, requests: [{ setupRequest: (r) => ({ ...r, path: `/v1/facilities/${ids[i++ % ids.length]}` }) }] },
    scorecard: { url, requests: [{ setupRequest: (r) => ({ ...r, path: `/v1/facilities/${ids[i++ % ids.length]}/scorecard` }) }] },
    list: { url: `${url}/v1/facilities?limit=50` },
    ranking: { url: `${url}/v1/rankings`, method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', connections: 1 },
  }[scenario] ?? (scenario.startsWith('/') ? { url: `${url}${scenario}` } : undefined);
  if (options) await autocannon({ connections: 24, duration: seconds, ...options });
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGUSR2');
  await exited;
  const file = readdirSync(profDir).filter((f) => !before.has(f)).map((f) => `${profDir}/${f}`).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  console.log(`profile: ${file} (load only: first ${Math.round(skipMs)} ms skipped)\n${summarise(file, 30, skipMs)}`);
}

const [what, a, b] = process.argv.slice(2);
if (what === 'summary') console.log(summarise(a, Number(b ?? 40), Number(process.argv[5] ?? 0)));
else await profileScenario(what ?? 'facility', Number(a ?? 1000), Number(b ?? 8));
