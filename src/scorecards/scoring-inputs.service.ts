import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { type FieldError, NotFoundProblem, ValidationProblem } from '../common/problem-details.js';
import { toComplianceReportData } from '../compliance/compliance-report.mapper.js';
import { ComplianceService } from '../compliance/compliance.service.js';
import type { FacilityFilterDto } from '../facilities/dto/list-facilities.query.js';
import { FacilitiesService } from '../facilities/facilities.service.js';
import { loadCarrierRefs } from '../facilities/facility-carriers.js';
import { toFacilityData } from '../facilities/facility.mapper.js';
import { FacilityEntity } from '../facilities/facility.entity.js';
import type { ScoringEntry } from '../scoring/index.js';

/**
 * Loads what the scoring core needs (facility data, carriers, covering reports) for any
 * number of facilities in a fixed number of queries, never one per facility.
 */
@Injectable()
export class ScoringInputsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly facilities: FacilitiesService,
    private readonly compliance: ComplianceService,
  ) {}

  /** Entries in the order of `ids`; unknown ids are a 404 naming them. */
  async byIds(ids: string[], field = 'facilityIds'): Promise<ScoringEntry[]> {
    const wanted = ids.map((id) => id.toLowerCase());
    const found: FacilityEntity[] = [];
    for (let i = 0; i < wanted.length; i += 500) {
      found.push(...(await this.dataSource.manager.findBy(FacilityEntity, { id: In(wanted.slice(i, i + 500)) })));
    }
    const byId = new Map(found.map((f) => [f.id, f]));
    const missing = wanted.filter((id) => !byId.has(id));
    if (missing.length === 1 && wanted.length === 1) throw new NotFoundProblem('Facility', missing[0]);
    if (missing.length > 0) {
      throw new NotFoundProblem('Facility', missing.join('", "'));
    }
    return this.entries(wanted.map((id) => byId.get(id) as FacilityEntity));
  }

  /** Every facility matching the filter, refusing more than `limit`. */
  async byFilter(filter: FacilityFilterDto, limit: number): Promise<ScoringEntry[]> {
    const matched = await this.facilities.filtered(filter).orderBy('facility.id').limit(limit + 1).getMany();
    if (matched.length > limit) {
      const errors: FieldError[] = [{ field: 'filter', message: `matches more than ${limit} facilities; narrow it down` }];
      throw new ValidationProblem(errors);
    }
    return this.entries(matched);
  }

  private async entries(facilities: FacilityEntity[]): Promise<ScoringEntry[]> {
    const manager = this.dataSource.manager;
    const carriers = await loadCarrierRefs(manager, facilities.map((f) => f.id));
    const reports = await this.compliance.listCovering(manager, facilities);
    return facilities.map((facility) => ({
      facility: toFacilityData(facility, (carriers.get(facility.id) ?? []).map((c) => c.id)),
      reports: (reports.get(facility.id) ?? []).map(toComplianceReportData),
    }));
  }
}
