import type { CreateProvider, Provider, ProviderPage, UpdateProvider } from '../models.js';
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

export type ProviderListQuery = ListQuery<'listProviders'>;
export type ProviderRemoveOptions = WriteOptions & QueryOf<'deleteProvider'>;

export function providersResource(raw: RawClient) {
  const listPage = (query: QueryOf<'listProviders'> = {}): Promise<ProviderPage> =>
    unwrap(raw.GET('/v1/providers', { params: { query } }));
  return {
    /** Every matching provider; fetches page after page as the iteration goes. */
    list: (query: ProviderListQuery = {}): Paginated<Provider> => paginate((cursor) => listPage({ ...query, cursor })),
    /** One page; pass the previous page's `nextCursor` as `cursor` for the next. */
    listPage,
    get: (id: string): Promise<Provider> => unwrap(raw.GET('/v1/providers/{id}', { params: { path: { id } } })),
    create: (body: CreateProvider, options?: CreateOptions): Promise<Provider> =>
      unwrap(raw.POST('/v1/providers', { body, headers: createHeaders(options) })),
    /** Fields sent replace, `null` clears. */
    update: (id: string, body: UpdateProvider, options?: WriteOptions): Promise<Provider> =>
      unwrap(raw.PATCH('/v1/providers/{id}', { params: { path: { id } }, body, headers: writeHeaders(options) })),
    /** A provider with facilities is only deleted with `{ cascade: true }` (which deletes them too). */
    remove: (id: string, { ifMatch, ...query }: ProviderRemoveOptions = {}): Promise<void> =>
      unwrapVoid(raw.DELETE('/v1/providers/{id}', { params: { path: { id }, query }, headers: writeHeaders({ ifMatch }) })),
  };
}
