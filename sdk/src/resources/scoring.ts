import type { Comparison, CreateRanking, Ranking, Scorecard } from '../models.js';
import { type RawClient, unwrap } from '../request.js';
import type { QueryOf } from './common.js';

export type ScorecardQuery = QueryOf<'getFacilityScorecard'>;

export interface ComparisonQuery extends Omit<QueryOf<'compareFacilities'>, 'facilityIds'> {
  /** 2 to 10 facility ids, compared in this order. */
  facilityIds: readonly string[];
}

export function scorecardsResource(raw: RawClient) {
  return {
    /** A facility's explainable scorecard against a profile (default `balanced`). */
    get: (facilityId: string, query: ScorecardQuery = {}): Promise<Scorecard> =>
      unwrap(raw.GET('/v1/facilities/{id}/scorecard', { params: { path: { id: facilityId }, query } })),
  };
}

export function rankingsResource(raw: RawClient) {
  return {
    /** Ranks facilities (chosen, filtered, or all) against a saved, preset or inline profile. */
    create: (body: CreateRanking = {}): Promise<Ranking> => unwrap(raw.POST('/v1/rankings', { body })),
  };
}

export function comparisonsResource(raw: RawClient) {
  return {
    /** Facilities side by side against a profile: per-category scores and differing attributes. */
    get: ({ facilityIds, ...query }: ComparisonQuery): Promise<Comparison> =>
      unwrap(raw.GET('/v1/comparisons', { params: { query: { ...query, facilityIds: facilityIds.join(',') } } })),
  };
}
