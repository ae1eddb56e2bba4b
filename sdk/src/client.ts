import createClient from 'openapi-fetch';
import { carriersResource } from './resources/carriers.js';
import { complianceReportsResource } from './resources/compliance-reports.js';
import { facilitiesResource } from './resources/facilities.js';
import { healthResource } from './resources/health.js';
import { profilesResource } from './resources/profiles.js';
import { providersResource } from './resources/providers.js';
import { comparisonsResource, rankingsResource, scorecardsResource } from './resources/scoring.js';
import type { RawClient } from './request.js';
import { type RetryOptions, withRetry } from './retry.js';
import type { paths } from './schema.js';

export interface DcscoreClientOptions {
  /** Where the API runs, without the `/v1` prefix: `https://dcscore.example.com`. */
  baseUrl: string;
  /** An API key, sent as `Authorization: Bearer <key>` on every request. */
  apiKey?: string;
  /** A `fetch` to use instead of the global one (tests, proxies, instrumentation). */
  fetch?: (request: Request) => Promise<Response>;
  /** Retries of 429 and 503 responses (on by default); `false` turns them off. */
  retry?: RetryOptions | false;
  /** Extra headers sent on every request. */
  headers?: Record<string, string>;
}

/**
 * A typed client for the dcscore API: one object per resource, methods that resolve to the
 * response body and throw `DcscoreError` on any error response, and `raw` for the underlying
 * openapi-fetch client (every path of the document, typed).
 */
export function createDcscoreClient(options: DcscoreClientOptions) {
  const baseFetch = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const raw: RawClient = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    fetch: withRetry(baseFetch, options.retry),
    headers: {
      Accept: 'application/json, application/problem+json',
      ...options.headers,
      ...(options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {}),
    },
  });

  // One line per resource: a new resource is a file in resources/ and an entry here.
  return {
    providers: providersResource(raw),
    facilities: facilitiesResource(raw),
    carriers: carriersResource(raw),
    complianceReports: complianceReportsResource(raw),
    profiles: profilesResource(raw),
    scorecards: scorecardsResource(raw),
    rankings: rankingsResource(raw),
    comparisons: comparisonsResource(raw),
    health: healthResource(raw),
    /** The openapi-fetch client: `raw.GET('/v1/facilities/{id}', { params: { path: { id } } })`. */
    raw,
  };
}

export type DcscoreClient = ReturnType<typeof createDcscoreClient>;
