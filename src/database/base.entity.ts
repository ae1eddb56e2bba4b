import { Column, PrimaryColumn } from 'typeorm';

/**
 * Columns every stored record carries. Timestamps are ISO-8601 UTC strings: the same bytes on
 * SQLite and PostgreSQL, sortable as text, and returned to clients unchanged. `version` is
 * bumped by the services on every change; optimistic concurrency builds on it.
 */
export abstract class VersionedEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 24 })
  createdAt: string;

  @Column({ type: 'varchar', length: 24 })
  updatedAt: string;
}
