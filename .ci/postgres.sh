#!/usr/bin/env bash
# Provides the PostgreSQL 15 that `npm run test:postgres` runs against, on a Debian machine
# (run as root). Idempotent: installs only what is missing, starts the cluster only if it is
# down, creates the role and database only if absent. Prints the database URL on stdout,
# so `TEST_DATABASE_URL=$(.ci/postgres.sh)` works; everything else goes to stderr.
#
# The role may create databases: the tests give each app instance its own throwaway
# database (see test/support/test-app.ts).
set -euo pipefail

PG_VERSION=15
PG_CLUSTER=main
PG_PORT=5432
DB_USER=dcscore
DB_PASSWORD=dcscore
DB_NAME=dcscore_test

log() { printf 'postgres.sh: %s\n' "$*" >&2; }

if ! command -v "/usr/lib/postgresql/$PG_VERSION/bin/postgres" >/dev/null 2>&1; then
  log "installing PostgreSQL $PG_VERSION"
  export DEBIAN_FRONTEND=noninteractive
  # A fresh image may have no package lists yet; refresh them only when the install needs it.
  if ! apt-get install -y -qq --no-install-recommends "postgresql-$PG_VERSION" >/dev/null 2>&1; then
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "postgresql-$PG_VERSION" >/dev/null
  fi
fi

# The package normally creates the cluster; some images disable that.
if ! pg_lsclusters -h "$PG_VERSION" "$PG_CLUSTER" 2>/dev/null | grep -q .; then
  log "creating cluster $PG_VERSION/$PG_CLUSTER"
  pg_createcluster --port "$PG_PORT" "$PG_VERSION" "$PG_CLUSTER" >/dev/null
fi

if ! pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" status >/dev/null 2>&1; then
  log "starting cluster $PG_VERSION/$PG_CLUSTER"
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
fi

for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || { log "PostgreSQL did not become ready on port $PG_PORT"; exit 1; }

psql_admin() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@"; }

# synchronous_commit=off for this role only: a crash may lose the last few test commits,
# never consistency, and every test write stops waiting for a WAL flush.
psql_admin -d postgres >/dev/null <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN;
  END IF;
END
\$\$;
ALTER ROLE $DB_USER WITH LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
ALTER ROLE $DB_USER SET synchronous_commit = off;
SELECT format('CREATE DATABASE %I OWNER %I', '$DB_NAME', '$DB_USER')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME')
\gexec
SQL

echo "postgres://$DB_USER:$DB_PASSWORD@127.0.0.1:$PG_PORT/$DB_NAME"
