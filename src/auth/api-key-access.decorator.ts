import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants.js';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiProblems } from '../common/api-responses.js';
import { requiredRole, type Role, ROLES_METADATA } from './roles.decorator.js';

/** Name of the security scheme in the OpenAPI document (see `buildOpenApiDocument`). */
export const BEARER_SCHEME = 'bearer';

/**
 * Documents what the global guard enforces on every route of a controller: the bearer scheme,
 * 401 and 429 everywhere, and 403 where the route needs more than `reader`. It reads the same
 * `@Roles` metadata and method rule as the guard, so the document cannot drift from it.
 *
 * Put it topmost: class decorators run bottom-up, and a class-level `@Roles` must be set first.
 */
export function ApiKeyAuth(): ClassDecorator {
  return (target) => {
    ApiBearerAuth(BEARER_SCHEME)(target);
    const classRoles = Reflect.getMetadata(ROLES_METADATA, target) as Role[] | undefined;
    const prototype = target.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
      const handler = descriptor?.value as object | undefined;
      if (!descriptor || typeof handler !== 'function' || name === 'constructor') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const roles = (Reflect.getMetadata(ROLES_METADATA, handler) as Role[] | undefined) ?? classRoles;
      const role = requiredRole(roles, RequestMethod[method]);
      ApiProblems(...(role === 'reader' ? [401, 429] : [401, 403, 429]))(prototype, name, descriptor);
    }
  };
}
