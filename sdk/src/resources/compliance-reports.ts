import type {
  ComplianceReport,
  ComplianceReportPage,
  CreateComplianceReport,
  FacilityComplianceReports,
  UpdateComplianceReport,
} from '../models.js';
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

export type ComplianceReportListQuery = ListQuery<'listComplianceReports'>;

export function complianceReportsResource(raw: RawClient) {
  const listPage = (query: QueryOf<'listComplianceReports'> = {}): Promise<ComplianceReportPage> =>
    unwrap(raw.GET('/v1/compliance-reports', { params: { query } }));
  return {
    /** Every matching report; fetches page after page as the iteration goes. */
    list: (query: ComplianceReportListQuery = {}): Paginated<ComplianceReport> =>
      paginate((cursor) => listPage({ ...query, cursor })),
    /** One page; pass the previous page's `nextCursor` as `cursor` for the next. */
    listPage,
    /** The provider's estate-wide reports plus those scoped to this facility (not paginated). */
    listForFacility: (facilityId: string): Promise<FacilityComplianceReports> =>
      unwrap(raw.GET('/v1/facilities/{id}/compliance-reports', { params: { path: { id: facilityId } } })),
    get: (id: string): Promise<ComplianceReport> =>
      unwrap(raw.GET('/v1/compliance-reports/{id}', { params: { path: { id } } })),
    create: (body: CreateComplianceReport, options?: CreateOptions): Promise<ComplianceReport> =>
      unwrap(raw.POST('/v1/compliance-reports', { body, headers: createHeaders(options) })),
    /** Fields sent replace, `null` clears. */
    update: (id: string, body: UpdateComplianceReport, options?: WriteOptions): Promise<ComplianceReport> =>
      unwrap(raw.PATCH('/v1/compliance-reports/{id}', { params: { path: { id } }, body, headers: writeHeaders(options) })),
    remove: (id: string, options?: WriteOptions): Promise<void> =>
      unwrapVoid(raw.DELETE('/v1/compliance-reports/{id}', { params: { path: { id } }, headers: writeHeaders(options) })),
  };
}
