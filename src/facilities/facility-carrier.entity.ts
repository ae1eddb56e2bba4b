import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CarrierEntity } from '../carriers/carrier.entity.js';
import { FacilityEntity } from './facility.entity.js';

/** A carrier present in a facility (PeeringDB's `carrierfac`): unique per pair. */
@Entity('facility_carriers')
export class FacilityCarrierEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  facilityId: string;

  @Index('IDX_facility_carriers_carrier_id')
  @PrimaryColumn({ type: 'varchar', length: 36 })
  carrierId: string;

  @ManyToOne(() => FacilityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facilityId' })
  facility?: FacilityEntity;

  @ManyToOne(() => CarrierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'carrierId' })
  carrier?: CarrierEntity;
}
