import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedEntity } from '../database/base.entity.js';
import { ProviderEntity } from '../providers/provider.entity.js';
import type { AuditStandard, Framework, Opinion, ReportType, TrustServicesCriterion } from '../scoring/model.js';

@Entity('compliance_reports')
export class ComplianceReportEntity extends VersionedEntity {
  @Index('IDX_compliance_reports_provider_id')
  @Column({ type: 'varchar', length: 36 })
  providerId: string;

  @ManyToOne(() => ProviderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'providerId' })
  provider?: ProviderEntity;

  @Column({ type: 'varchar', length: 20 })
  framework: Framework;

  @Column({ type: 'varchar', length: 20 })
  reportType: ReportType;

  @Column({ type: 'varchar', length: 20, nullable: true })
  standard: AuditStandard | null;

  @Column({ type: 'date', nullable: true })
  periodStart: string | null;

  @Column({ type: 'date', nullable: true })
  periodEnd: string | null;

  @Column({ type: 'date', nullable: true })
  issuedAt: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  auditor: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  opinion: Opinion | null;

  @Column({ type: 'integer', nullable: true })
  exceptionsCount: number | null;

  @Column({ type: 'json', nullable: true })
  trustServicesCriteria: TrustServicesCriterion[] | null;

  @Column({ type: 'boolean', nullable: true })
  ndaRequired: boolean | null;

  @Column({ type: 'date', nullable: true })
  bridgeLetterThrough: string | null;
}
