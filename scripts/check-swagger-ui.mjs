/**
 * Swagger UI in a real browser (`npm run test:browser`, after `npm run build`).
 *
 * Starts the built application (createApp from dist/, a temporary SQLite file, no seed) on an
 * ephemeral loopback port, opens /docs in headless Debian Chromium through playwright-core,
 * and checks that the UI rendered every tag of the document with exactly its operations,
 * then runs "Try it out" on GET /health to prove the document's server URL works.
 *
 * Needs Debian's chromium (`apt-get install -y chromium`); never a downloaded browser.
 * Options: --screenshot <file.png> saves a full-page screenshot.
 * Environment: CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
const TIMEOUT_MS = 30_000;
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const { values: options } = parseArgs({ options: { screenshot: { type: 'string' } } });

const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`);
}

/** tag → sorted operationIds, as Swagger UI groups them (untagged operations go to "default"). */
function expectedOperations(document) {
  const byTag = new Map();
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      for (const tag of operation.tags?.length ? operation.tags : ['default']) {
        if (!byTag.has(tag)) byTag.set(tag, []);
        byTag.get(tag).push(operation.operationId);
      }
    }
  }
  for (const ids of byTag.values()) ids.sort();
  return byTag;
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium).`);
  }
  const setup = join(ROOT, 'dist', 'app.setup.js');
  if (!existsSync(setup)) throw new Error('dist/ is missing: run `npm run build` first.');
  const { createApp } = await import(pathToFileURL(setup).href);
  const { loadConfig } = await import(pathToFileURL(join(ROOT, 'dist', 'config', 'app-config.js')).href);

  const dataDir = mkdtempSync(join(tmpdir(), 'dcscore-browser-'));
  const config = loadConfig({
    DATABASE_URL: `sqlite:${join(dataDir, 'browser.sqlite')}`,
    DCSCORE_SEED: 'none',
    LOG_LEVEL: 'silent',
  });
  const app = await createApp(config, { logger: false });
  let browser;
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const origin = `http://127.0.0.1:${app.getHttpServer().address().port}`;
    const document = await (await fetch(`${origin}/docs-json`)).json();
    const expected = expectedOperations(document);
    const expectedCount = [...expected.values()].reduce((sum, ids) => sum + ids.length, 0);

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: TIMEOUT_MS });
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    // The page may only talk to this server: anything else is blocked and reported.
    const blocked = new Set();
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin || url.protocol === 'data:') return route.continue();
      blocked.add(url.origin);
      return route.abort();
    });
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/net::ERR_FAILED/.test(message.text())) pageErrors.push(message.text());
    });

    const response = await page.goto(`${origin}/docs`, { waitUntil: 'load' });
    check('GET /docs answers 200', response?.status() === 200, `status ${response?.status()}`);

    await page.waitForSelector('.swagger-ui .info .title');
    const title = (await page.textContent('.swagger-ui .info .title'))?.trim() ?? '';
    check('the document title is shown', title.startsWith(document.info.title), JSON.stringify(title));

    await page.waitForFunction((count) => document.querySelectorAll('.opblock').length >= count, expectedCount);
    const rendered = await page.$$eval('.opblock-tag-section', (sections) =>
      sections.map((section) => ({
        tag: section.querySelector('.opblock-tag')?.getAttribute('data-tag') ?? '',
        operationIds: [...section.querySelectorAll('.opblock')].map((block) => block.id).sort(),
      })),
    );
    const renderedTags = rendered.map((section) => section.tag);
    check(
      'every tag has its .opblock-tag section, in the document order',
      JSON.stringify(renderedTags) === JSON.stringify([...expected.keys()].sort((a, b) => tagOrder(document, a) - tagOrder(document, b))),
      `rendered ${renderedTags.join(', ')}`,
    );
    for (const [tag, ids] of expected) {
      const section = rendered.find((s) => s.tag === tag);
      const want = ids.map((id) => `operations-${tag}-${id}`).sort();
      const got = section?.operationIds ?? [];
      check(
        `tag "${tag}" shows its ${ids.length} operation(s)`,
        JSON.stringify(got) === JSON.stringify(want),
        got.length === want.length ? '' : `rendered ${got.length}, document has ${want.length}`,
      );
    }
    const total = await page.locator('.opblock').count();
    check('the number of .opblock elements equals the number of operations', total === expectedCount, `${total} of ${expectedCount}`);

    // "Try it out" on GET /health: the relative server URL must reach this very server.
    const health = page.locator('#operations-health-getHealth');
    await health.locator('.opblock-summary').click();
    await health.locator('.try-out__btn').click();
    await health.locator('.execute').click();
    const status = health.locator('.live-responses-table tr.response .response-col_status').first();
    await status.waitFor();
    const statusText = (await status.textContent())?.trim();
    check('"Try it out" on GET /health gets 200 from this server', statusText === '200', `status ${statusText}`);

    if (options.screenshot) {
      await page.screenshot({ path: resolve(options.screenshot), fullPage: true });
      console.log(`screenshot: ${resolve(options.screenshot)}`);
    }
    check('no JavaScript errors on the page', pageErrors.length === 0, pageErrors.join(' | '));
    if (blocked.size > 0) console.log(`note: blocked requests to ${[...blocked].join(', ')}`);
  } finally {
    await browser?.close();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function tagOrder(document, tag) {
  const index = (document.tags ?? []).findIndex((t) => t.name === tag);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}

const started = Date.now();
main()
  .catch((error) => {
    check('the browser check ran to the end', false, error instanceof Error ? error.message : String(error));
  })
  .finally(() => {
    const failed = results.filter((r) => !r.ok).length;
    console.log(`\nswagger-ui: ${results.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    process.exitCode = failed > 0 ? 1 : 0;
  });
