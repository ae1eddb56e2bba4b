import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type FieldError, NotFoundProblem, ValidationProblem } from '../common/problem-details.js';
import type { FacilityFilterDto } from '../facilities/dto/list-facilities.query.js';
import { FacilitiesService } from '../facilities/facilities.service.js';
import { toFacilityData } from '../facilities/facility.mapper.js';
import { facilitiesAt, type FacilityRecord, findFacilities, type Revision } from '../facilities/facility-reads.js';
import { type FacilityData, prepareFacility, type ScoringEntry } from '../scoring/index.js';
import { loadCoveringReports } from './covering-reports.js';

/**
 * The scoring core's view of a facility, built once per cached record (a revision) in the
 * fixed shape the scorers read, so a ranking does not copy 10,000 facilities again (the core
 * never modifies it).
 */
const scoringData = new WeakMap<FacilityRecord, FacilityData>();

function facilityDataOf(record: FacilityRecord): FacilityData {
  let data = scoringData.get(record);
  if (!data) scoringData.set(record, (data = prepareFacility(toFacilityData(record.facility, record.carriers.map((c) => c.id)))));
  return data;
}

/**
 * Loads what the scoring core needs (facility data, carriers, covering reports) for any
 * number of facilities in a fixed number of queries, never one per facility. Facilities and
 * their carriers come from facility-reads.ts (plain SQL, cached by revision) and reports are
 * read with plain SQL: a 10,000-facility ranking spent most of its time in TypeORM's entity
 * hydration and in parsing the same JSON blocks again on every request.
 */
@Injectable()
export class ScoringInputsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly facilities: FacilitiesService,
  ) {}

  /** Entries in the order of `ids`; unknown ids are a 404 naming them. */
  async byIds(ids: string[], field = 'facilityIds'): Promise<ScoringEntry[]> {
    const wanted = ids.map((id) => id.toLowerCase());
    const found = await findFacilities(this.dataSource.manager, wanted);
    const byId = new Map(found.map((f) => [f.facility.id, f]));
    const missing = wanted.filter((id) => !byId.has(id));
    if (missing.length === 1 && wanted.length === 1) throw new NotFoundProblem('Facility', missing[0]);
    if (missing.length > 0) {
      throw new NotFoundProblem('Facility', missing.join('", "'));
    }
    return this.entries(wanted.map((id) => byId.get(id) as FacilityRecord));
  }

  /** Every facility matching the filter (in id order), refusing more than `limit`. */
  async byFilter(filter: FacilityFilterDto, limit: number): Promise<ScoringEntry[]> {
    // The filter stays a TypeORM query, for ids and revisions only; rows come from facilitiesAt.
    const query = this.facilities.filtered(filter);
    // Closed sites are not candidates unless asked for by status (or by id).
    if (!filter.status) query.andWhere('facility.status <> :closed', { closed: 'decommissioned' });
    const matched: Revision[] = await query
      .select('facility.id', 'id')
      .addSelect('facility.version', 'version')
      .addSelect('facility.updatedAt', 'updatedAt')
      .orderBy('facility.id')
      .limit(limit + 1)
      .getRawMany();
    if (matched.length > limit) {
      const errors: FieldError[] = [{ field: 'filter', message: `matches more than ${limit} facilities; narrow it down` }];
      throw new ValidationProblem(errors);
    }
    const byId = await facilitiesAt(this.dataSource.manager, matched);
    // A facility deleted between the two reads is simply not ranked.
    return this.entries(matched.flatMap(({ id }) => byId.get(id) ?? []));
  }

  private async entries(records: FacilityRecord[]): Promise<ScoringEntry[]> {
    const reports = await loadCoveringReports(this.dataSource.manager, records.map((r) => r.facility));
    return records.map((record) => ({
      facility: facilityDataOf(record),
      reports: reports.get(record.facility.id) ?? [],
    }));
  }
}
