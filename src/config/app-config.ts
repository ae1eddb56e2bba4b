import { isIP } from 'node:net';

/**
 * Environment configuration, parsed and validated once at start-up. A bad value stops the
 * process with one line that names the variable, instead of failing later in a request.
 */
export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string };

export type SeedMode = 'demo' | 'none';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Fastify's `trustProxy`: off, on (trust every hop), or the proxies to trust (IPs, CIDRs, `loopback`...). */
export type TrustProxy = boolean | string[];

export interface AppConfig {
  port: number;
  /** HOST: the interface to listen on, an IP address or a host name. */
  host: string;
  database: DatabaseConfig;
  seed: SeedMode;
  /** DCSCORE_ADMIN_KEY: an admin key ensured at start (only its hash is stored). */
  adminKey: string | null;
  /** DCSCORE_PUBLIC_READ: anonymous GETs (and rankings) allowed. */
  publicRead: boolean;
  /** DCSCORE_RATE_LIMIT_PER_MINUTE: requests per key (or per client IP without one); 0 disables. */
  rateLimitPerMinute: number;
  /** DCSCORE_RANKING_CONCURRENCY: rankings computed at once per instance (memory grows with each). */
  rankingConcurrency: number;
  /** DCSCORE_RANKING_QUEUE: rankings that may wait for a turn; more get 503 with Retry-After. */
  rankingQueue: number;
  /** DCSCORE_CORS_ORIGINS: allowed browser origins; empty turns CORS off. */
  corsOrigins: string[];
  /** DCSCORE_TRUST_PROXY: whose X-Forwarded-For to believe for the client IP. */
  trustProxy: TrustProxy;
  logLevel: LogLevel;
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

/**
 * An IPv4/IPv6 address, or a host name: dot-separated labels of letters, digits, hyphens and
 * underscores (container names have them), an optional trailing dot, and a last label that is
 * not all digits (`300.1.1.1` is a bad address, not a name).
 */
function parseHost(raw: string | undefined): string {
  if (raw === undefined || raw === '') return '0.0.0.0';
  const label = /^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;
  const labels = raw.replace(/\.$/, '').split('.');
  const isName = raw.length <= 253 && labels.every((l) => label.test(l)) && !/^\d+$/.test(labels[labels.length - 1]!);
  if (isIP(raw) === 0 && !isName) {
    throw new ConfigError('HOST', `must be an IP address or a host name, e.g. 0.0.0.0, ::, 127.0.0.1 or localhost (got "${raw}")`);
  }
  return raw;
}

function parseSeed(raw: string | undefined): SeedMode {
  if (raw === undefined || raw === '') return 'demo';
  if (raw === 'demo' || raw === 'none') return raw;
  throw new ConfigError('DCSCORE_SEED', `must be "demo" or "none" (got "${raw}")`);
}

export const MIN_ADMIN_KEY_LENGTH = 24;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

function parseAdminKey(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  // The value itself never goes into the message: it is a secret.
  if (raw.length < MIN_ADMIN_KEY_LENGTH) {
    throw new ConfigError('DCSCORE_ADMIN_KEY', `must be at least ${MIN_ADMIN_KEY_LENGTH} characters long (got ${raw.length})`);
  }
  if (!/^[\x21-\x7e]+$/.test(raw)) {
    throw new ConfigError('DCSCORE_ADMIN_KEY', 'must be printable ASCII without spaces (it is sent in an HTTP header)');
  }
  return raw;
}

function parseBoolean(variable: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  const value = raw.toLowerCase();
  if (value === 'true' || value === '1' || value === 'yes') return true;
  if (value === 'false' || value === '0' || value === 'no') return false;
  throw new ConfigError(variable, `must be "true" or "false" (got "${raw}")`);
}

function parseWholeNumber(variable: string, raw: string | undefined, fallback: number, min: number, what: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min) {
    throw new ConfigError(variable, `must be a whole number of ${what} (got "${raw}")`);
  }
  return value;
}

function parseCorsOrigins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  const origins = raw.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
  for (const origin of origins) {
    if (origin === '*') continue;
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    // An origin is scheme://host[:port] exactly: a path or trailing slash never matches a browser's Origin.
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) {
      throw new ConfigError('DCSCORE_CORS_ORIGINS', `must be a comma-separated list of origins like https://app.example.com, or * (got "${origin}")`);
    }
  }
  if (origins.includes('*') && origins.length > 1) {
    throw new ConfigError('DCSCORE_CORS_ORIGINS', 'is either * or a list of origins, not both');
  }
  return origins;
}

function parseTrustProxy(raw: string | undefined): TrustProxy {
  if (raw === undefined || raw === '' || raw.toLowerCase() === 'false') return false;
  if (raw.toLowerCase() === 'true') return true;
  const addresses = raw.split(',').map((address) => address.trim()).filter((address) => address !== '');
  const valid = (address: string) =>
    /^(loopback|linklocal|uniquelocal)$/.test(address) || /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(address);
  if (addresses.length === 0 || !addresses.every(valid)) {
    throw new ConfigError(
      'DCSCORE_TRUST_PROXY',
      `must be true, false, or a comma-separated list of proxy IPs/CIDRs (or loopback, linklocal, uniquelocal) (got "${raw}")`,
    );
  }
  return addresses;
}

function parseLogLevel(raw: string | undefined): LogLevel {
  if (raw === undefined || raw === '') return 'info';
  const level = raw.toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')} (got "${raw}")`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: parsePort(env.PORT),
    host: parseHost(env.HOST),
    database: parseDatabaseUrl(env.DATABASE_URL || DEFAULT_DATABASE_URL),
    seed: parseSeed(env.DCSCORE_SEED),
    adminKey: parseAdminKey(env.DCSCORE_ADMIN_KEY),
    publicRead: parseBoolean('DCSCORE_PUBLIC_READ', env.DCSCORE_PUBLIC_READ, true),
    rateLimitPerMinute: parseWholeNumber('DCSCORE_RATE_LIMIT_PER_MINUTE', env.DCSCORE_RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMIT_PER_MINUTE, 0, 'requests, 0 to disable'),
    rankingConcurrency: parseWholeNumber('DCSCORE_RANKING_CONCURRENCY', env.DCSCORE_RANKING_CONCURRENCY, 2, 1, 'rankings, at least 1'),
    rankingQueue: parseWholeNumber('DCSCORE_RANKING_QUEUE', env.DCSCORE_RANKING_QUEUE, 32, 0, 'waiting rankings'),
    corsOrigins: parseCorsOrigins(env.DCSCORE_CORS_ORIGINS),
    trustProxy: parseTrustProxy(env.DCSCORE_TRUST_PROXY),
    logLevel: parseLogLevel(env.LOG_LEVEL),
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
