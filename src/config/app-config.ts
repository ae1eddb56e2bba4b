/**
 * Environment configuration, parsed and validated once at start-up. A bad value stops the
 * process with one line that names the variable, instead of failing later in a request.
 */
export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string };

export type SeedMode = 'demo' | 'none';

export interface AppConfig {
  port: number;
  database: DatabaseConfig;
  seed: SeedMode;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/dcscore.sqlite';

export function parseDatabaseUrl(raw: string): DatabaseConfig {
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length);
    if (path === '') throw new ConfigError('DATABASE_URL', 'needs a file path after "sqlite:" (or ":memory:")');
    return { kind: 'sqlite', path };
  }
  if (raw.startsWith('postgres://') || raw.startsWith('postgresql://')) {
    try {
      new URL(raw);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid postgres:// URL');
    }
    return { kind: 'postgres', url: raw };
  }
  throw new ConfigError('DATABASE_URL', `must start with "sqlite:" or "postgres://" (got "${raw.split(':')[0]}:...")`);
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `must be an integer between 0 and 65535 (got "${raw}")`);
  }
  return port;
}

function parseSeed(raw: string | undefined): SeedMode {
  if (raw === undefined || raw === '') return 'demo';
  if (raw === 'demo' || raw === 'none') return raw;
  throw new ConfigError('DCSCORE_SEED', `must be "demo" or "none" (got "${raw}")`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: parsePort(env.PORT),
    database: parseDatabaseUrl(env.DATABASE_URL || DEFAULT_DATABASE_URL),
    seed: parseSeed(env.DCSCORE_SEED),
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
