import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException } from '../common/problem-details.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ApiKeysService } from './api-keys.service.js';
import { PUBLIC_METADATA, type Role, requiredRole, roleAllows, ROLES_METADATA } from './roles.decorator.js';

/**
 * The global guard: every Nest route needs an API key with a sufficient role, except `@Public()`
 * ones and, with DCSCORE_PUBLIC_READ, anonymous requests to routes that only need `reader`.
 * Swagger UI and the document (/docs, /docs-json) are not Nest routes and stay open.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_METADATA, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const needed = requiredRole(this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets), request.method);

    const identity = await this.keys.identify(request);
    if (identity.kind === 'invalid') {
      throw unauthorized(reply, 'The API key is malformed, unknown or revoked.', 'invalid_token');
    }
    if (identity.kind === 'anonymous') {
      if (needed === 'reader' && this.config.publicRead) return true;
      throw unauthorized(reply, 'This request needs an API key: send it as `Authorization: Bearer <key>`.');
    }
    if (!roleAllows(identity.role, needed)) {
      throw new ProblemException(
        403,
        'forbidden',
        'Forbidden',
        `This request needs a key with the role "${needed}" or higher; this key has the role "${identity.role}".`,
      );
    }
    return true;
  }
}

/** 401 with the RFC 6750 challenge; `error` is left out when no key was sent at all. */
function unauthorized(reply: FastifyReply, detail: string, error?: 'invalid_token'): ProblemException {
  void reply.header('WWW-Authenticate', `Bearer realm="dcscore"${error ? `, error="${error}"` : ''}`);
  return new ProblemException(401, 'unauthorized', 'Unauthorized', detail);
}
