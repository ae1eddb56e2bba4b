import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { FastifyRequest } from 'fastify';
import { DataSource, IsNull, Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { isUniqueViolation } from '../common/database-errors.js';
import { ConflictProblem, NotFoundProblem } from '../common/problem-details.js';
import { nowIso } from '../common/time.js';
import { bearerToken, generateApiKey, hashApiKey, hashesEqual, keyPrefix } from './api-key.crypto.js';
import { ApiKeyEntity } from './api-key.entity.js';
import type { Role } from './roles.decorator.js';

/** The caller of one request, as far as API keys tell. */
export type Identity =
  | { kind: 'anonymous' }
  | { kind: 'invalid' }
  | { kind: 'key'; id: string; role: Role; prefix: string };

/** The row the generated bootstrap key gets: a second instance starting at once cannot add another. */
export const BOOTSTRAP_KEY_ID = '00000000-0000-4000-8000-000000000000';

/** How long a valid key is trusted without asking the database (per instance). */
const CACHE_TTL_MS = 10_000;
const CACHE_MAX_ENTRIES = 1_000;
/** `lastUsedAt` is written at most this often per key, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

interface CachedKey {
  identity: Extract<Identity, { kind: 'key' }>;
  expiresAt: number;
  touchedAt: number;
}

@Injectable()
export class ApiKeysService implements OnApplicationBootstrap {
  private readonly logger = new Logger('ApiKeys');
  /** One lookup per request, shared by the rate limiter (onRequest) and the guard. */
  private readonly identities = new WeakMap<FastifyRequest, Promise<Identity>>();
  private readonly resolved = new WeakMap<FastifyRequest, Identity>();
  /** Valid keys by hash (hex). Revocation here drops the entry at once; other instances within CACHE_TTL_MS. */
  private readonly cache = new Map<string, CachedKey>();

  constructor(
    @InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.adminKey) await this.ensureConfiguredAdminKey(this.config.adminKey);
  }

  /** Who sent this request: memoised, so the limiter and the guard share one lookup. */
  identify(request: FastifyRequest): Promise<Identity> {
    let identity = this.identities.get(request);
    if (!identity) {
      identity = this.authenticate(request.headers.authorization).then((resolved) => {
        this.resolved.set(request, resolved);
        return resolved;
      });
      this.identities.set(request, identity);
    }
    return identity;
  }

  /** The identity already established for this request, if any (for the request log). */
  knownIdentity(request: FastifyRequest): Identity | undefined {
    return this.resolved.get(request);
  }

  async authenticate(header: string | undefined): Promise<Identity> {
    if (header === undefined || header === '') return { kind: 'anonymous' };
    const token = bearerToken(header);
    if (!token) return { kind: 'invalid' };
    const digest = hashApiKey(token);
    const hash = digest.toString('hex');
    const now = Date.now();
    const cached = this.cache.get(hash);
    if (cached && cached.expiresAt > now) {
      if (now - cached.touchedAt >= TOUCH_INTERVAL_MS) await this.touch(cached, now);
      return cached.identity;
    }
    // Looked up by hash: timing of the index lookup can only tell an attacker about hashes of
    // keys they already hold. The constant-time check below guards the final comparison anyway.
    const row = await this.keys.findOneBy({ keyHash: hash });
    if (!row || row.revokedAt !== null || !hashesEqual(row.keyHash, digest)) {
      this.cache.delete(hash);
      return { kind: 'invalid' };
    }
    if (this.cache.size >= CACHE_MAX_ENTRIES) this.cache.clear();
    const entry: CachedKey = {
      identity: { kind: 'key', id: row.id, role: row.role, prefix: row.prefix },
      expiresAt: now + CACHE_TTL_MS,
      touchedAt: row.lastUsedAt ? Date.parse(row.lastUsedAt) : 0,
    };
    this.cache.set(hash, entry);
    if (now - entry.touchedAt >= TOUCH_INTERVAL_MS) await this.touch(entry, now);
    return entry.identity;
  }

  /** Creates a key; the plain key is returned here once and never stored. */
  async create(name: string, role: Role): Promise<{ entity: ApiKeyEntity; key: string }> {
    const key = generateApiKey();
    const entity = await this.insert(randomUUID(), name, role, key);
    return { entity, key };
  }

  /** Every key, revoked ones included, oldest first. */
  list(): Promise<ApiKeyEntity[]> {
    return this.keys.find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async get(id: string): Promise<ApiKeyEntity> {
    const row = await this.keys.findOneBy({ id });
    if (!row) throw new NotFoundProblem('API key', id);
    return row;
  }

  /**
   * Revokes a key (idempotent). The last active admin key cannot be revoked: nobody could manage
   * keys after it. The check and the write run under a lock, so two concurrent revocations of the
   * last two admin keys cannot both pass it.
   */
  async revoke(id: string): Promise<void> {
    const keyHash = await this.dataSource.transaction(async (manager) => {
      const keys = manager.getRepository(ApiKeyEntity);
      if (manager.connection.driver.options.type === 'postgres') {
        await keys.find({ where: { role: 'admin', revokedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      } else {
        // SQLite: a no-op write takes the database write lock before the reads.
        await keys.update({ id }, { name: () => 'name' });
      }
      const row = await keys.findOneBy({ id });
      if (!row) throw new NotFoundProblem('API key', id);
      if (row.revokedAt !== null) return row.keyHash;
      if (row.role === 'admin' && (await keys.countBy({ role: 'admin', revokedAt: IsNull() })) <= 1) {
        throw new ConflictProblem('This is the last active admin key; create another admin key before revoking it.');
      }
      await keys.update({ id }, { revokedAt: nowIso() });
      return row.keyHash;
    });
    this.cache.delete(keyHash);
  }

  /**
   * Stores the hash of DCSCORE_ADMIN_KEY unless it is there already. A key revoked through the
   * API stays revoked: set a new value to get a working admin key back.
   */
  async ensureConfiguredAdminKey(key: string): Promise<void> {
    const existing = await this.keys.findOneBy({ keyHash: hashApiKey(key).toString('hex') });
    if (existing) {
      if (existing.revokedAt !== null) {
        this.logger.warn('DCSCORE_ADMIN_KEY has been revoked and is not accepted; set a new value to restore admin access.');
      }
      return;
    }
    try {
      await this.insert(randomUUID(), 'DCSCORE_ADMIN_KEY', 'admin', key);
    } catch (error) {
      // Another instance on the same database stored it first.
      if (!isUniqueViolation(error)) throw error;
    }
  }

  /**
   * On a database without any key, creates an admin key and returns it (once, for the console).
   * Returns null when keys exist, or when another instance created the bootstrap key first.
   */
  async createBootstrapKeyIfEmpty(): Promise<string | null> {
    if ((await this.keys.count()) > 0) return null;
    const key = generateApiKey();
    try {
      await this.insert(BOOTSTRAP_KEY_ID, 'bootstrap admin key', 'admin', key);
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
    return key;
  }

  private async insert(id: string, name: string, role: Role, key: string): Promise<ApiKeyEntity> {
    const entity = this.keys.create({
      id,
      name,
      role,
      prefix: keyPrefix(key),
      keyHash: hashApiKey(key).toString('hex'),
      createdAt: nowIso(),
      lastUsedAt: null,
      revokedAt: null,
    });
    await this.keys.insert(entity);
    return entity;
  }

  private async touch(entry: CachedKey, now: number): Promise<void> {
    entry.touchedAt = now;
    await this.keys.update({ id: entry.identity.id }, { lastUsedAt: new Date(now).toISOString() });
  }
}
