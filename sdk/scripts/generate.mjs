/**
 * Regenerates the SDK's types from the OpenAPI document: `npm run sdk` at the root, or
 *   node sdk/scripts/generate.mjs [--openapi <openapi.json>] [--out-dir <dir>]
 * (scripts/check-generated.sh writes to a temporary directory and compares).
 *
 * 1. src/schema.d.ts with openapi-typescript (`--root-types --alphabetize`), and
 *    `--default-non-nullable=false`: a request field with a server-side default (a facility's
 *    `status`) must stay optional in the type; response DTOs declare `required` themselves.
 * 2. src/models.ts: friendly names for every schema (scripts/generate-models.mjs).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const sdkRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    openapi: { type: 'string', default: resolve(sdkRoot, '../openapi/openapi.json') },
    'out-dir': { type: 'string', default: resolve(sdkRoot, 'src') },
  },
});
const openapi = resolve(values.openapi);
const outDir = resolve(values['out-dir']);
mkdirSync(outDir, { recursive: true });

// Wherever npm put it (nested under sdk/ today, because the root pins TypeScript 6).
const cli = resolve(dirname(createRequire(import.meta.url).resolve('openapi-typescript')), '../bin/cli.js');
execFileSync(
  process.execPath,
  [cli, openapi, '-o', resolve(outDir, 'schema.d.ts'), '--root-types', '--alphabetize', '--default-non-nullable=false'],
  { cwd: sdkRoot, stdio: 'inherit' },
);
execFileSync(process.execPath, [resolve(sdkRoot, 'scripts/generate-models.mjs'), openapi, resolve(outDir, 'models.ts')], {
  stdio: 'inherit',
});
