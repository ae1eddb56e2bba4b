import type { CreateFacility, Facility, FacilityPage, UpdateFacility } from '../models.js';
import { paginate, type Paginated } from '../pagination.js';
import {
  type CreateOptions,
  createHeaders,
  type RawClient,
  unwrap,
  unwrapVoid,
  type WriteOptions,
  writeHeaders,
} from '../request.js';
import type { ListQuery, QueryOf } from './common.js';
import { scorecardsResource } from './scoring.js';

export type FacilityListQuery = ListQuery<'listFacilities'>;

export function facilitiesResource(raw: RawClient) {
  const listPage = (query: QueryOf<'listFacilities'> = {}): Promise<FacilityPage> =>
    unwrap(raw.GET('/v1/facilities', { params: { query } }));
  return {
    /** Every matching facility; fetches page after page as the iteration goes. */
    list: (query: FacilityListQuery = {}): Paginated<Facility> => paginate((cursor) => listPage({ ...query, cursor })),
    /** One page; pass the previous page's `nextCursor` as `cursor` for the next. */
    listPage,
    get: (id: string): Promise<Facility> => unwrap(raw.GET('/v1/facilities/{id}', { params: { path: { id } } })),
    create: (body: CreateFacility, options?: CreateOptions): Promise<Facility> =>
      unwrap(raw.POST('/v1/facilities', { body, headers: createHeaders(options) })),
    /** Fields sent replace, `null` clears, category blocks merge field by field. */
    update: (id: string, body: UpdateFacility, options?: WriteOptions): Promise<Facility> =>
      unwrap(raw.PATCH('/v1/facilities/{id}', { params: { path: { id } }, body, headers: writeHeaders(options) })),
    remove: (id: string, options?: WriteOptions): Promise<void> =>
      unwrapVoid(raw.DELETE('/v1/facilities/{id}', { params: { path: { id } }, headers: writeHeaders(options) })),
    /** The facility's explainable scorecard against a profile (default `balanced`). */
    scorecard: scorecardsResource(raw).get,
  };
}
