import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '../database/base.entity.js';
import { ProviderEntity } from '../providers/provider.entity.js';
import type {
  ClimateData,
  FacilityStatus,
  NetworkData,
  NetworkModel,
  PowerData,
  PricingData,
  RemoteHandsData,
  SecurityData,
  SlaData,
} from '../scoring/model.js';

/** The network block as stored: carriers live in the facility_carriers link table. */
export type StoredNetwork = Omit<NetworkData, 'carrierIds'>;

/**
 * Address parts and the network model are columns because lists filter on them; the
 * category blocks are JSON documents because they are read and written whole.
 */
@Entity('facilities')
// Keyset pagination sorts by (nameKey, id) or (updatedAt, id), and every read checks the revision
// (id, version, updatedAt): see migrations FacilityKeysetIndexes and FacilityRevisionIndexes.
@Index('IDX_facilities_name_key_revision', ['nameKey', 'id', 'version', 'updatedAt'])
@Index('IDX_facilities_updated_at_revision', ['updatedAt', 'id', 'version'])
@Index('IDX_facilities_revision', ['id', 'status', 'version', 'updatedAt'])
export class FacilityEntity extends VersionedEntity {
  @Index('IDX_facilities_provider_id')
  @Column({ type: 'varchar', length: 36 })
  providerId: string;

  @ManyToOne(() => ProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'providerId' })
  provider?: ProviderEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  nameKey: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  code: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  addressLine1: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  addressLine2: string | null;

  @Index('IDX_facilities_city')
  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  postalCode: string | null;

  @Index('IDX_facilities_country')
  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Index('IDX_facilities_status')
  @Column({ type: 'varchar', length: 20 })
  status: FacilityStatus;

  @Column({ type: 'date', nullable: true })
  verifiedAt: string | null;

  @Index('IDX_facilities_network_model')
  @Column({ type: 'varchar', length: 30, nullable: true })
  networkModel: NetworkModel | null;

  @Column({ type: 'json', nullable: true })
  power: PowerData | null;

  @Column({ type: 'json', nullable: true })
  network: StoredNetwork | null;

  @Column({ type: 'json', nullable: true })
  climate: ClimateData | null;

  @Column({ type: 'json', nullable: true })
  security: SecurityData | null;

  @Column({ type: 'json', nullable: true })
  remoteHands: RemoteHandsData | null;

  @Column({ type: 'json', nullable: true })
  sla: SlaData | null;

  @Column({ type: 'json', nullable: true })
  pricing: PricingData | null;

  /** Set by the PeeringDB import (org/fac/carrier id); null for records entered here. */
  @Index('UQ_facilities_peeringdb_id', { unique: true })
  @Column({ type: 'integer', nullable: true })
  peeringdbId: number | null;
}
