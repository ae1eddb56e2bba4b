#!/usr/bin/env bash
# Drift check for the API contract and the SDK (`npm run check:generated`; CI runs it).
#
#   1. builds the service and writes the OpenAPI document from the code, and the SDK types
#      from that document, into a temporary directory;
#   2. fails if they differ from openapi/openapi.json, sdk/src/schema.d.ts, sdk/src/models.ts;
#   3. lints the document with redocly (redocly.yaml; any error or warning fails);
#   4. builds the SDK, and type-checks its tests and sdk/examples against the generated types,
#      so a contract change that breaks SDK users fails here; checks that sdk/README.md shows
#      exactly the code of sdk/examples.
#
# Needs `npm ci` first. Changes nothing in the work tree except dist/ and sdk/dist/.
set -euo pipefail

cd "$(dirname "$0")/.."
export REDOCLY_SUPPRESS_NOTIFICATIONS=true

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

step() { printf '\n== %s\n' "$*"; }
failures=0

step "Build the service"
npm run build --silent

step "Generate the OpenAPI document and the SDK types"
node dist/bin/generate-openapi.js --out "$tmp/openapi.json"
node sdk/scripts/generate.mjs --openapi "$tmp/openapi.json" --out-dir "$tmp/sdk"

step "Compare with the committed files"
compare() {
  local committed="$1" fresh="$2"
  if [ ! -f "$committed" ]; then
    echo "MISSING: $committed does not exist."
    failures=$((failures + 1))
  elif ! diff -q "$committed" "$fresh" >/dev/null; then
    echo "OUT OF DATE: $committed differs from what the code generates:"
    diff -u "$committed" "$fresh" --label "$committed (committed)" --label "$committed (generated)" | head -n 60 || true
    failures=$((failures + 1))
  else
    echo "up to date: $committed"
  fi
}
compare openapi/openapi.json "$tmp/openapi.json"
compare sdk/src/schema.d.ts "$tmp/sdk/schema.d.ts"
compare sdk/src/models.ts "$tmp/sdk/models.ts"
if [ "$failures" -gt 0 ]; then
  cat <<'EOF'

The generated API contract is out of date. Regenerate it and commit the result:

    npm run openapi && npm run sdk
    git add openapi/openapi.json sdk/src/schema.d.ts sdk/src/models.ts

EOF
  exit 1
fi

step "Lint the OpenAPI document (redocly.yaml)"
# Errors fail redocly itself; warnings fail here: fix them, or turn the rule down in
# redocly.yaml with the reason.
if ! lint_output="$(npx --no-install redocly lint --format=stylish 2>&1)"; then
  printf '%s\n' "$lint_output" | grep -vF -e '║' -e '╔' -e '╚'
  echo "redocly lint found errors in openapi/openapi.json (see above)."
  exit 1
fi
printf '%s\n' "$lint_output" | grep -vF -e '║' -e '╔' -e '╚'
if grep -qE 'You have [0-9]+ warnings?' <<<"$lint_output"; then
  echo "redocly lint found warnings: fix them, or turn the rule down in redocly.yaml with the reason."
  exit 1
fi

step "Build the SDK; type-check its examples (SDK's TypeScript 5) and its tests (the service's)"
npm run build --silent --workspace sdk
npm exec --workspace sdk -- tsc --noEmit -p examples
npx --no-install tsc -p sdk/test
node sdk/scripts/check-readme.mjs

echo
echo "Generated files are up to date, the document lints clean, and the SDK compiles."
