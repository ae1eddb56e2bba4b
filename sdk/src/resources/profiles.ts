import type { CreateProfile, Profile, ProfileList, ProfilePage, UpdateProfile } from '../models.js';
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

export type ProfileListQuery = ListQuery<'listProfiles'>;

export function profilesResource(raw: RawClient) {
  const listPage = (query: QueryOf<'listProfiles'> = {}): Promise<ProfilePage> =>
    unwrap(raw.GET('/v1/profiles', { params: { query } }));
  return {
    /** Every saved profile; fetches page after page as the iteration goes. */
    list: (query: ProfileListQuery = {}): Paginated<Profile> => paginate((cursor) => listPage({ ...query, cursor })),
    /** One page; pass the previous page's `nextCursor` as `cursor` for the next. */
    listPage,
    /** The read-only presets (`balanced`, `high-availability`, ...); their ids work as any `profileId`. */
    presets: (): Promise<ProfileList> => unwrap(raw.GET('/v1/profiles/presets')),
    /** A saved profile or a preset, by id. */
    get: (id: string): Promise<Profile> => unwrap(raw.GET('/v1/profiles/{id}', { params: { path: { id } } })),
    create: (body: CreateProfile, options?: CreateOptions): Promise<Profile> =>
      unwrap(raw.POST('/v1/profiles', { body, headers: createHeaders(options) })),
    /** Weights, requirements, footprint and budget are replaced whole when sent. */
    update: (id: string, body: UpdateProfile, options?: WriteOptions): Promise<Profile> =>
      unwrap(raw.PATCH('/v1/profiles/{id}', { params: { path: { id } }, body, headers: writeHeaders(options) })),
    remove: (id: string, options?: WriteOptions): Promise<void> =>
      unwrapVoid(raw.DELETE('/v1/profiles/{id}', { params: { path: { id } }, headers: writeHeaders(options) })),
  };
}
