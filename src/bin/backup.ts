/**
 * Online backup of the SQLite database: `npm run backup -- <file>` (needs `npm run build`
 * once, like `npm run start:prod`), or `node dist/bin/backup.js <file>`.
 *
 * Safe while the server runs: SQLite's backup API (better-sqlite3's `db.backup`) copies a
 * consistent snapshot from a second connection to the same file; in WAL mode the server keeps
 * reading and writing meanwhile (a write during the copy makes SQLite restart it, so the copy
 * is always of one committed state). The copy is written next to the destination, switched to a
 * self-contained rollback-journal file, checked with `PRAGMA integrity_check` and only then
 * renamed into place, so `<file>` is either a complete, checked backup or untouched.
 *
 * Reads DATABASE_URL like the server. For PostgreSQL it refuses and points at pg_dump.
 * Restoring is described in the README: stop the server, copy the file over the database.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ConfigError, DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../config/app-config.js';

export interface BackupOptions {
  /** Pages copied per step; between steps the event loop (and other connections) run. Default 100. */
  pagesPerStep?: number;
}

export interface BackupResult {
  source: string;
  destination: string;
  pages: number;
  bytes: number;
  integrity: 'ok';
}

/** Copies the SQLite database at `source` to `destination`, consistently, while it is in use. */
export async function backupSqlite(source: string, destination: string, options: BackupOptions = {}): Promise<BackupResult> {
  const from = resolve(source);
  const to = resolve(destination);
  if (from === to) throw new Error('The backup file must not be the database itself.');
  if (!existsSync(from)) throw new Error(`No database file at ${from}.`);
  mkdirSync(dirname(to), { recursive: true });
  const partial = `${to}.partial-${process.pid}`;
  removeDatabaseFiles(partial);

  const db = new Database(from, { fileMustExist: true });
  let pages: number;
  try {
    // The server may hold the write lock for a moment; wait as the server's own connections do.
    db.pragma('busy_timeout = 5000');
    const pagesPerStep = options.pagesPerStep ?? 100;
    ({ totalPages: pages } = await db.backup(partial, { progress: () => pagesPerStep }));
  } catch (error) {
    removeDatabaseFiles(partial);
    throw error;
  } finally {
    db.close();
  }

  const copy = new Database(partial, { fileMustExist: true });
  let integrity: unknown;
  try {
    // One self-contained file: restoring it is a plain copy, with no -wal file to forget.
    copy.pragma('journal_mode = DELETE');
    integrity = copy.pragma('integrity_check', { simple: true });
  } finally {
    copy.close();
  }
  if (integrity !== 'ok') {
    removeDatabaseFiles(partial);
    throw new Error(`The copy failed its integrity check (${String(integrity)}); ${to} was not written.`);
  }
  renameSync(partial, to);
  return { source: from, destination: to, pages, bytes: statSync(to).size, integrity: 'ok' };
}

function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

export interface Output {
  log(message: string): void;
  error(message: string): void;
}

const USAGE = 'Usage: npm run backup -- <backup file>   (reads DATABASE_URL like the server)';

/** The command line, as a function tests can call; returns the exit code. */
export async function runBackupCli(args: string[], env: NodeJS.ProcessEnv, out: Output = console): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out.log(USAGE);
    return 0;
  }
  if (args.length !== 1 || args[0].startsWith('-')) {
    out.error(USAGE);
    return 2;
  }
  let database;
  try {
    database = parseDatabaseUrl(env.DATABASE_URL || DEFAULT_DATABASE_URL);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    out.error(error.message);
    return 2;
  }
  if (database.kind === 'postgres') {
    out.error(
      'DATABASE_URL names a PostgreSQL database: back it up with pg_dump, which takes a consistent snapshot ' +
        'while the server runs, e.g. pg_dump --format=custom --file=dcscore.dump "$DATABASE_URL" ' +
        '(restore with pg_restore --clean --dbname="$DATABASE_URL" dcscore.dump).',
    );
    return 2;
  }
  if (database.path === ':memory:') {
    out.error('DATABASE_URL names an in-memory database: there is nothing on disk to back up.');
    return 2;
  }
  try {
    const result = await backupSqlite(database.path, args[0]);
    out.log(`Backed up ${result.source} to ${result.destination} (${result.bytes} bytes, integrity ok).`);
    return 0;
  } catch (error) {
    out.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runBackupCli(process.argv.slice(2), process.env).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
