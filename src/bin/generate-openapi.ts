/**
 * Writes the OpenAPI document from the code: `npm run openapi` (builds first) or
 * `node dist/bin/generate-openapi.js [--out <file>]`.
 *
 * The app is built with `createApp`, exactly as production builds it, on an in-memory SQLite
 * database with no seed, and never listens. The document is deterministic (sorted keys and
 * `required` lists, explicit operationIds, 2-space JSON with a trailing newline), so a diff
 * against the committed file is a real API change.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, createApp } from '../app.setup.js';
import { findOpenApiProblems } from '../common/openapi-document.js';
import { loadConfig } from '../config/app-config.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_OPENAPI_PATH = resolve(REPO_ROOT, 'openapi', 'openapi.json');

/** Builds the app without listening and returns the document as the committed JSON text. */
export async function renderOpenApiDocument(): Promise<string> {
  // Only these variables, never the caller's environment: the document must not depend on who runs this.
  const config = loadConfig({ DATABASE_URL: 'sqlite::memory:', DCSCORE_SEED: 'none', PORT: '0', LOG_LEVEL: 'silent' });
  const app = await createApp(config, { logger: false });
  try {
    const document = buildOpenApiDocument(app);
    const problems = findOpenApiProblems(document);
    if (problems.length > 0) {
      throw new Error(`The OpenAPI document has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    }
    return `${JSON.stringify(document, null, 2)}\n`;
  } finally {
    await app.close();
  }
}

function outputPath(argv: string[]): string {
  const index = argv.indexOf('--out');
  if (index === -1) return DEFAULT_OPENAPI_PATH;
  const value = argv[index + 1];
  if (!value) throw new Error('--out needs a file path');
  return resolve(value);
}

async function main(): Promise<void> {
  const out = outputPath(process.argv.slice(2));
  const json = await renderOpenApiDocument();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  console.log(`OpenAPI document written to ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
