import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../database/base.entity.js';

/** A team's requirement profile. The JSON columns hold the shapes defined in src/scoring. */
@Entity('profiles')
export class ProfileEntity extends VersionedEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('UQ_profiles_name_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  nameKey: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'json' })
  weights: Record<string, number>;

  @Column({ type: 'json' })
  requirements: Record<string, unknown>;

  @Column({ type: 'json', nullable: true })
  footprint: Record<string, number> | null;

  @Column({ type: 'json', nullable: true })
  budget: Record<string, unknown> | null;
}
