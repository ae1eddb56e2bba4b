import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../database/base.entity.js';

@Entity('providers')
export class ProviderEntity extends VersionedEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Lower-cased name: makes names unique case-insensitively on every database. */
  @Index('UQ_providers_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  nameKey: string;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  headquartersCountry: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Set by the PeeringDB import (org/fac/carrier id); null for records entered here. */
  @Index('UQ_providers_peeringdb_id', { unique: true })
  @Column({ type: 'integer', nullable: true })
  peeringdbId: number | null;
}
