/**
 * Fails when a code block of README.md marked `<!-- example: examples/NAME.ts -->` differs from
 * that file. The files are type-checked (`tsc --noEmit -p sdk/examples`), so the README's code
 * compiles against the current SDK. Run by scripts/check-generated.sh.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const sdkRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(resolve(sdkRoot, 'README.md'), 'utf8');
const pattern = /<!-- example: (\S+) -->\n```ts\n([\s\S]*?)```/g;

let checked = 0;
const problems = [];
for (const [, file, code] of readme.matchAll(pattern)) {
  checked++;
  let expected;
  try {
    expected = readFileSync(resolve(sdkRoot, file), 'utf8');
  } catch {
    problems.push(`README.md shows ${file}, which does not exist`);
    continue;
  }
  if (code.trim() !== expected.trim()) problems.push(`README.md's block for ${file} differs from the file: copy one to the other`);
}
if (checked === 0) problems.push('README.md has no `<!-- example: ... -->` code blocks');
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(`README.md: ${checked} example blocks match sdk/examples`);
