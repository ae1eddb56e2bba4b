import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type Page, paginate } from '../common/pagination.js';
import { applyScalarPatch } from '../common/patch.js';
import { type FieldError, NotFoundProblem, ValidationProblem } from '../common/problem-details.js';
import { lockForChange } from '../common/row-lock.js';
import { nowIso } from '../common/time.js';
import { contentOf, markChanged, sameIds } from '../common/versioning.js';
import { inTransaction } from '../common/transaction.js';
import { IN_CHUNK } from '../database/lean-select.js';
import { FacilityEntity } from '../facilities/facility.entity.js';
import { ProviderEntity } from '../providers/provider.entity.js';
import { reportCoversFacility } from '../scoring/index.js';
import { ComplianceReportEntity } from './compliance-report.entity.js';
import type { ReportWithScope } from './compliance-report.mapper.js';
import type {
  CreateComplianceReportDto,
  ListComplianceReportsQuery,
  UpdateComplianceReportDto,
} from './dto/compliance-report.dto.js';
import { ReportFacilityEntity } from './report-facility.entity.js';
import { newestPeriodFirst } from './report-order.js';
import { reportRuleErrors } from './report-rules.js';
import type { IfMatchVersions } from '../common/etag.js';

@Injectable()
export class ComplianceService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListComplianceReportsQuery): Promise<Page<ReportWithScope>> {
    const qb = this.dataSource.getRepository(ComplianceReportEntity).createQueryBuilder('report');
    if (query.providerId) qb.andWhere('report.providerId = :providerId', { providerId: query.providerId.toLowerCase() });
    if (query.framework) qb.andWhere('report.framework = :framework', { framework: query.framework });
    const page = await paginate(qb, query, {
      sortColumn: 'report.createdAt',
      idColumn: 'report.id',
      sortProperty: 'createdAt',
      direction: 'ASC',
    });
    return { ...page, items: await this.withScopes(this.dataSource.manager, page.items) };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<ReportWithScope> {
    const report = await manager.findOneBy(ComplianceReportEntity, { id });
    if (!report) throw new NotFoundProblem('Compliance report', id);
    const [withScope] = await this.withScopes(manager, [report]);
    return withScope;
  }

  /** Reports that cover a facility: its provider's estate-wide reports and those scoped to it. */
  /**
   * The reports that cover a facility (the scoring core's own scope rule), newest period end
   * first, then by id. Scoring reads many facilities' reports at once in
   * scorecards/covering-reports.ts, in the same order.
   */
  async listForFacility(facilityId: string, manager: EntityManager = this.dataSource.manager): Promise<ReportWithScope[]> {
    const facility = await manager.findOneBy(FacilityEntity, { id: facilityId });
    if (!facility) throw new NotFoundProblem('Facility', facilityId);
    const reports = await manager.findBy(ComplianceReportEntity, { providerId: facility.providerId });
    reports.sort(newestPeriodFirst);
    const scoped = await this.withScopes(manager, reports);
    return scoped.filter(({ report, facilityIds }) => reportCoversFacility(facility, { providerId: report.providerId, facilityIds }));
  }

  async create(dto: CreateComplianceReportDto, outer?: EntityManager): Promise<ReportWithScope> {
    return inTransaction(this.dataSource, outer, async (manager) => {
      const providerId = dto.providerId.toLowerCase();
      if (!(await manager.existsBy(ProviderEntity, { id: providerId }))) {
        throw new ValidationProblem([{ field: 'providerId', message: `provider "${dto.providerId}" does not exist` }]);
      }
      const now = nowIso();
      const report = Object.assign(new ComplianceReportEntity(), {
        id: randomUUID(),
        providerId,
        framework: dto.framework,
        reportType: dto.reportType,
        standard: null,
        periodStart: null,
        periodEnd: null,
        issuedAt: null,
        auditor: null,
        opinion: null,
        exceptionsCount: null,
        trustServicesCriteria: null,
        ndaRequired: null,
        bridgeLetterThrough: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      const { facilityIds, ...fields } = dto;
      applyScalarPatch(report, { ...fields, providerId });
      const scope = (facilityIds ?? []).map((id) => id.toLowerCase());
      await this.check(manager, report, scope);
      await manager.insert(ComplianceReportEntity, report);
      await this.replaceScope(manager, report.id, scope);
      return { report, facilityIds: [...scope].sort() };
    });
  }

  async update(id: string, dto: UpdateComplianceReportDto, ifMatch?: IfMatchVersions): Promise<ReportWithScope> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await lockForChange(manager, ComplianceReportEntity, id, 'Compliance report', ifMatch);
      const [{ report, facilityIds: currentScope }] = await this.withScopes(manager, [locked]);
      const before = contentOf(report);
      const { facilityIds, ...fields } = dto;
      applyScalarPatch(report, fields);
      const scope = facilityIds === undefined ? currentScope : (facilityIds ?? []).map((f) => f.toLowerCase());
      await this.check(manager, report, scope);
      const scopeChanged = !sameIds(scope, currentScope);
      if (markChanged(report, before, scopeChanged)) {
        await manager.save(ComplianceReportEntity, report);
        if (scopeChanged) await this.replaceScope(manager, report.id, scope);
      }
      return { report, facilityIds: [...scope].sort() };
    });
  }

  async remove(id: string, ifMatch?: IfMatchVersions): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await lockForChange(manager, ComplianceReportEntity, id, 'Compliance report', ifMatch);
      await manager.delete(ComplianceReportEntity, { id });
    });
  }

  /** Cross-field rules, checked on the merged record so a PATCH cannot break them. */
  private async check(manager: EntityManager, report: ComplianceReportEntity, scope: string[]): Promise<void> {
    const errors: FieldError[] = reportRuleErrors(report);
    if (scope.length > 0) {
      const facilities = await manager.findBy(FacilityEntity, { id: In(scope) });
      const owned = new Set(facilities.filter((f) => f.providerId === report.providerId).map((f) => f.id));
      scope.forEach((facilityId, index) => {
        if (!owned.has(facilityId)) {
          errors.push({
            field: `facilityIds.${index}`,
            message: `facility "${facilityId}" does not exist or belongs to another provider`,
          });
        }
      });
    }
    if (errors.length > 0) throw new ValidationProblem(errors);
  }

  private async replaceScope(manager: EntityManager, reportId: string, facilityIds: string[]): Promise<void> {
    await manager.delete(ReportFacilityEntity, { reportId });
    if (facilityIds.length > 0) {
      await manager.insert(
        ReportFacilityEntity,
        facilityIds.map((facilityId) => ({ reportId, facilityId })),
      );
    }
  }

  private async withScopes(manager: EntityManager, reports: ComplianceReportEntity[]): Promise<ReportWithScope[]> {
    const scopes = new Map<string, string[]>();
    const ids = reports.map((r) => r.id);
    for (let i = 0; i < ids.length; i += IN_CHUNK) {
      const rows = await manager.find(ReportFacilityEntity, {
        where: { reportId: In(ids.slice(i, i + IN_CHUNK)) },
        order: { facilityId: 'ASC' },
      });
      for (const row of rows) scopes.set(row.reportId, [...(scopes.get(row.reportId) ?? []), row.facilityId]);
    }
    return reports.map((report) => ({ report, facilityIds: scopes.get(report.id) ?? [] }));
  }
}
