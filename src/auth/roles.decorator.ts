import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiProblems } from '../common/api-responses.js';

/** Roles are ranked: each includes the rights of the ones before it. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLES_METADATA = 'roles';
export const PUBLIC_METADATA = 'dcscore:public';

/**
 * The roles allowed to call a route; the global auth guard reads this metadata. Roles are
 * ranked, so the lowest one listed is what the route needs: `@Roles('editor')` admits admins too.
 * Without it, reads (GET, HEAD) need `reader` and every other method `editor`.
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_METADATA, roles);

/** No API key needed, whatever DCSCORE_PUBLIC_READ says (health checks). */
export const Public = () =>
  applyDecorators(
    SetMetadata(PUBLIC_METADATA, true),
    // `security: []` in the document: the operation needs no credentials.
    (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
      Reflect.defineMetadata('swagger/apiSecurity', [], descriptor ? (descriptor.value as object) : target);
    },
    ApiProblems(429),
  );

export function roleRank(role: Role): number {
  return ROLES.indexOf(role);
}

export function roleAllows(held: Role, needed: Role): boolean {
  return roleRank(held) >= roleRank(needed);
}

/** The role a route needs: the lowest of its `@Roles`, else by HTTP method. */
export function requiredRole(roles: readonly Role[] | undefined, method: string): Role {
  if (roles && roles.length > 0) return roles.reduce((low, role) => (roleRank(role) < roleRank(low) ? role : low));
  return method === 'GET' || method === 'HEAD' ? 'reader' : 'editor';
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
