import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../database/base.entity.js';

@Entity('carriers')
export class CarrierEntity extends VersionedEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('UQ_carriers_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  nameKey: string;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  website: string | null;

  /** Set by the PeeringDB import (org/fac/carrier id); null for records entered here. */
  @Index('UQ_carriers_peeringdb_id', { unique: true })
  @Column({ type: 'integer', nullable: true })
  peeringdbId: number | null;
}
