import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Role } from './roles.decorator.js';

/**
 * An API key as stored: never the key itself, only its SHA-256 (hex) and the first characters
 * for people to tell keys apart. Revoking sets `revokedAt`; rows are kept for the record.
 */
@Entity('api_keys')
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  role: Role;

  @Column({ type: 'varchar', length: 8 })
  prefix: string;

  @Index('UQ_api_keys_key_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  keyHash: string;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  lastUsedAt: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  revokedAt: string | null;
}
