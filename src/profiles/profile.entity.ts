import { Column, Entity, Index } from 'typeorm';
import { VersionedEntity } from '../database/base.entity.js';
import type { Budget, CategoryWeights, Footprint, Requirements } from '../scoring/index.js';

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
  weights: CategoryWeights;

  @Column({ type: 'json' })
  requirements: Requirements;

  @Column({ type: 'json', nullable: true })
  footprint: Footprint | null;

  @Column({ type: 'json', nullable: true })
  budget: Budget | null;
}
