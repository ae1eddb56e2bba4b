import {
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { ProblemException, ValidationProblem } from './problem-details.js';

/**
 * Optimistic concurrency. A record's ETag is its `version` (a strong validator: the version
 * changes with every change to the stored record). Clients send it back in `If-Match` on
 * PATCH and DELETE; a stale one gets 412 instead of silently overwriting someone else's edit.
 */
export const etagOf = (version: number): string => `"${version}"`;

export class PreconditionFailedProblem extends ProblemException {
  constructor(expected: number, current: number) {
    super(
      412,
      'precondition-failed',
      'Precondition failed',
      `If-Match names version ${expected}, but the record is at version ${current}: fetch it again and reapply your change.`,
    );
  }
}

/** Throws 412 when an If-Match version was given and is not the current one. */
export function assertVersion(current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) throw new PreconditionFailedProblem(expected, current);
}

/** `"7"` -> 7; `*` or absent -> undefined (no precondition); anything else is a 400. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^\s*"(\d{1,9})"\s*$/.exec(header);
  if (!match) {
    throw new ValidationProblem([{ field: 'If-Match', message: 'If-Match must be one ETag as returned by this API, e.g. "3"' }]);
  }
  return Number(match[1]);
}

/** The version named by the request's If-Match header, if any. */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext): number | undefined => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const header = request.headers['if-match'];
  return parseIfMatch(Array.isArray(header) ? header.join(',') : header);
});

interface Versioned {
  id: string;
  version: number;
}

const isVersioned = (body: unknown): body is Versioned =>
  typeof body === 'object' && body !== null && typeof (body as Versioned).version === 'number' && typeof (body as Versioned).id === 'string';

/**
 * Adds `ETag` to every single-record response, and answers a GET whose If-None-Match already
 * names the current version with 304 and no body.
 */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body) => {
        if (!isVersioned(body)) return body;
        const etag = etagOf(body.version);
        void reply.header('ETag', etag);
        if (request.method === 'GET' && request.headers['if-none-match'] === etag) {
          void reply.status(304);
          return undefined;
        }
        return body;
      }),
    );
  }
}

/** Documents the optional If-Match header of a PATCH or DELETE. */
export const ApiIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The ETag (version) you last read, e.g. "3": the change is refused with 412 if the record has changed since',
    schema: { type: 'string', example: '"3"' },
  });
