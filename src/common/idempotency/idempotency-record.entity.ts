import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A POST made with an `Idempotency-Key`: the first request's response, replayed to retries.
 * `status` is null while the first request is still running.
 */
@Entity('idempotency_records')
export class IdempotencyRecordEntity {
  /** SHA-256 of the caller, the route and the client's key: keys never collide across callers. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  /** SHA-256 of the request body: a retry must send the same body. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'integer', nullable: true })
  status: number | null;

  @Column({ type: 'text', nullable: true })
  responseBody: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  location: string | null;

  @Index('IDX_idempotency_records_created_at')
  @Column({ type: 'varchar', length: 24 })
  createdAt: string;
}
