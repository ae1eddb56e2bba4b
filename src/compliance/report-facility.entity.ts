import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FacilityEntity } from '../facilities/facility.entity.js';
import { ComplianceReportEntity } from './compliance-report.entity.js';

/** A facility a report is scoped to. A report without rows here covers the whole estate. */
@Entity('report_facilities')
export class ReportFacilityEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  reportId: string;

  @Index('IDX_report_facilities_facility_id')
  @PrimaryColumn({ type: 'varchar', length: 36 })
  facilityId: string;

  @ManyToOne(() => ComplianceReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reportId' })
  report?: ComplianceReportEntity;

  @ManyToOne(() => FacilityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facilityId' })
  facility?: FacilityEntity;
}
