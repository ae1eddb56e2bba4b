import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException, ValidationProblem } from './problem-details.js';
import { SerializedJson } from './serialized-json.js';

/**
 * Optimistic concurrency. A record's ETag is its `version` (a strong validator: the version
 * changes with every change to the stored record). Clients send it back in `If-Match` on
 * PATCH and DELETE; a stale one gets 412 instead of silently overwriting someone else's edit.
 */
export const etagOf = (version: number): string => `"${version}"`;

export class PreconditionFailedProblem extends ProblemException {
  constructor(expected: IfMatchVersions, current: number) {
    const named = expected.length === 0 ? 'no strong ETag' : expected.length === 1 ? `version ${expected[0]}` : `versions ${expected.join(', ')}`;
    super(
      412,
      'precondition-failed',
      'Precondition failed',
      `If-Match names ${named}, but the record is at version ${current}: fetch it again and reapply your change.`,
    );
  }
}

/** The versions an If-Match header names (strong ETags only: RFC 9110 compares them strongly). */
export type IfMatchVersions = readonly number[];

/** Throws 412 when If-Match was given and names none of the current version. */
export function assertVersion(current: number, expected: IfMatchVersions | undefined): void {
  if (expected !== undefined && !expected.includes(current)) throw new PreconditionFailedProblem(expected, current);
}

const ENTITY_TAG = /^(W\/)?"(\d{1,9})"$/;

/**
 * RFC 9110 13.1.1: `"7"` -> [7], `"7", "8"` -> [7, 8]; `*` or absent -> undefined (no
 * precondition). A weak tag (`W/"7"`) is well-formed but never matches a strong comparison, so
 * it names no version (412). Anything else is a 400.
 */
export function parseIfMatch(header: string | undefined): IfMatchVersions | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const versions: number[] = [];
  for (const tag of header.split(',')) {
    const match = ENTITY_TAG.exec(tag.trim());
    if (!match) {
      throw new ValidationProblem([{ field: 'If-Match', message: 'If-Match must be * or ETags as returned by this API, e.g. "3"' }]);
    }
    if (!match[1]) versions.push(Number(match[2]));
  }
  return versions;
}

/** The versions named by the request's If-Match header, if any. */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext): IfMatchVersions | undefined => {
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
 * Adds `ETag` to every single-record response, and answers a GET or HEAD whose If-None-Match
 * already names it with 304 and no body. Fastify hooks rather than a Nest interceptor: a route without
 * interceptors skips Nest's RxJS pipeline, which was a measurable share of a cheap GET.
 */
export function registerEtagHooks(fastify: FastifyInstance): void {
  fastify.addHook('preSerialization', async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const version = payload instanceof SerializedJson ? payload.version : isVersioned(payload) ? payload.version : undefined;
    if (version !== undefined && reply.statusCode < 300) void reply.header('ETag', etagOf(version));
    return payload;
  });
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
    const etag = reply.getHeader('etag');
    if (typeof etag !== 'string' || !ifNoneMatchNames(request.headers['if-none-match'], etag)) return payload;
    void reply.status(304);
    // No body either way; for HEAD, Fastify's own hook sends the 200's Content-Length (RFC 9110 allows that).
    return request.method === 'HEAD' ? payload : null;
  });
}

/**
 * RFC 9110 13.1.2: If-None-Match is `*` or a list of entity tags, compared weakly (`W/"3"`
 * names the same version as `"3"`).
 */
function ifNoneMatchNames(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/** Documents the optional If-Match header of a PATCH or DELETE. */
export const ApiIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'The ETag (version) you last read, e.g. "3": the change is refused with 412 if the record has changed since',
    schema: { type: 'string', example: '"3"' },
  });
