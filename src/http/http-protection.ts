import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiKeysService, type Identity } from '../auth/api-keys.service.js';
import { ProblemException, ValidationProblem } from '../common/problem-details.js';
import type { AppConfig } from '../config/app-config.js';
import { REQUEST_ID_HEADER } from './logging.js';

/**
 * Path and query limits, checked in an onRequest hook so the 414 is problem details with every
 * header. The router's own `maxParamLength` answers outside Nest's error handling (Fastify's
 * JSON, no security headers), so it is set past what Node's 16 KiB header limit lets through,
 * and the path limit below does its job. Route parameters are UUIDs or short preset ids.
 */
export const MAX_PATH_LENGTH = 1024;
/** The longest legitimate query (a comparison of 10 ids plus filters) is well under this. */
export const MAX_QUERY_LENGTH = 2048;
export const MAX_PARAM_LENGTH = 16 * 1024;
export const RATE_LIMIT_WINDOW_MS = 60_000;

/**
 * Content-Security-Policy of API responses: JSON loads nothing and is framed nowhere.
 * Swagger UI (/docs) needs its own scripts, styles (inline too) and data: images.
 */
const API_CSP = { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } };
export const DOCS_CSP =
  "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';" +
  "img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' https: 'unsafe-inline'";

const CORS_ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id'];
const CORS_EXPOSED_HEADERS = [
  'ETag',
  'Location',
  'Retry-After',
  'X-Request-Id',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
];

/**
 * Everything that protects the service at the HTTP edge, in the order it runs on a request.
 * Before body parsing, guards and handlers: security headers and CORS (Nest's own hooks), the
 * request id echo, the path and query limits, the rate limiter. After parsing: the NUL check.
 * After the response: one log line. Must run before `app.init()`, so the hooks cover every route.
 */
export async function applyHttpProtection(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const instance = app.getHttpAdapter().getInstance();
  const keys = app.get(ApiKeysService);

  // helmet's headers (Nest 12's built-in equivalent), on every response: routes, 404s and errors.
  app.useSecurityHeaders({ contentSecurityPolicy: API_CSP });
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins.includes('*') ? '*' : config.corsOrigins,
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'],
      allowedHeaders: CORS_ALLOWED_HEADERS,
      exposedHeaders: CORS_EXPOSED_HEADERS,
      maxAge: 600,
    });
  }

  instance.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    if (isDocsPath(request.url)) void reply.header('content-security-policy', DOCS_CSP);
    const url = request.url;
    const query = url.indexOf('?');
    const pathLength = query === -1 ? url.length : query;
    if (pathLength > MAX_PATH_LENGTH) {
      throw new ProblemException(414, 'uri-too-long', 'URI too long', `The path is longer than ${MAX_PATH_LENGTH} characters.`);
    }
    if (query !== -1 && url.length - query - 1 > MAX_QUERY_LENGTH) {
      throw new ProblemException(414, 'uri-too-long', 'URI too long', `The query string is longer than ${MAX_QUERY_LENGTH} characters.`);
    }
  });

  if (config.rateLimitPerMinute > 0) {
    await instance.register(rateLimit, {
      global: false,
      max: config.rateLimitPerMinute,
      timeWindow: RATE_LIMIT_WINDOW_MS,
      cache: 10_000,
      // One bucket per valid key; everything else (no key, a bad key) per client IP, so guessing
      // keys is limited like any anonymous traffic.
      keyGenerator: async (request: FastifyRequest) => rateLimitKey(await keys.identify(request).catch(() => undefined), request.ip),
      errorResponseBuilder: (_request, context) =>
        new ProblemException(
          429,
          'rate-limited',
          'Too many requests',
          `More than ${context.max} requests in a minute; retry after ${Math.max(1, Math.ceil(context.ttl / 1000))} seconds.`,
        ),
    });
    instance.addHook('onRequest', instance.rateLimit());
  }

  // PostgreSQL cannot store U+0000 in text (SQLite can): refuse it in any input, naming the field,
  // instead of a 500 from the database.
  instance.addHook('preValidation', async (request: FastifyRequest) => {
    for (const input of [request.params, request.query, request.body]) {
      const field = fieldWithNul(input, '', 0);
      if (field !== undefined) {
        throw new ValidationProblem([{ field: field || 'body', message: `${field || 'body'} must not contain NUL (\\u0000) characters` }]);
      }
    }
  });

  instance.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    const identity = keys.knownIdentity(request);
    const fields = {
      req: request,
      res: reply,
      responseTime: Math.round(reply.elapsedTime * 10) / 10,
      ...(identity?.kind === 'key' ? { apiKey: { id: identity.id, prefix: identity.prefix, role: identity.role } } : {}),
    };
    if (reply.statusCode >= 500) request.log.error(fields, 'request completed');
    else request.log.info(fields, 'request completed');
  });
}

export function rateLimitKey(identity: Identity | undefined, ip: string): string {
  return identity?.kind === 'key' ? `key:${identity.id}` : `ip:${normalizeIP(ip)}`;
}

/** The dotted path of the first string (or key) holding U+0000, '' for a bare string; undefined if none. */
export function fieldWithNul(value: unknown, path: string, depth: number): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object' || depth > 64) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return childPath;
    const found = fieldWithNul(child, childPath, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function isDocsPath(url: string): boolean {
  return url === '/docs' || url.startsWith('/docs/') || url.startsWith('/docs?') || url.startsWith('/docs-json');
}
