import type { Carrier, CarrierPage, CreateCarrier, UpdateCarrier } from '../models.js';
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

export type CarrierListQuery = ListQuery<'listCarriers'>;

export function carriersResource(raw: RawClient) {
  const listPage = (query: QueryOf<'listCarriers'> = {}): Promise<CarrierPage> =>
    unwrap(raw.GET('/v1/carriers', { params: { query } }));
  return {
    /** Every matching carrier; fetches page after page as the iteration goes. */
    list: (query: CarrierListQuery = {}): Paginated<Carrier> => paginate((cursor) => listPage({ ...query, cursor })),
    /** One page; pass the previous page's `nextCursor` as `cursor` for the next. */
    listPage,
    get: (id: string): Promise<Carrier> => unwrap(raw.GET('/v1/carriers/{id}', { params: { path: { id } } })),
    create: (body: CreateCarrier, options?: CreateOptions): Promise<Carrier> =>
      unwrap(raw.POST('/v1/carriers', { body, headers: createHeaders(options) })),
    /** Fields sent replace, `null` clears. */
    update: (id: string, body: UpdateCarrier, options?: WriteOptions): Promise<Carrier> =>
      unwrap(raw.PATCH('/v1/carriers/{id}', { params: { path: { id } }, body, headers: writeHeaders(options) })),
    /** Also removes the carrier from every facility. */
    remove: (id: string, options?: WriteOptions): Promise<void> =>
      unwrapVoid(raw.DELETE('/v1/carriers/{id}', { params: { path: { id } }, headers: writeHeaders(options) })),
  };
}
