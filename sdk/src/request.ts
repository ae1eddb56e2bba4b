import type { Client } from 'openapi-fetch';
import { DcscoreError } from './errors.js';
import type { paths } from './schema.js';

/** The openapi-fetch client typed by the document's paths (`client.raw`). */
export type RawClient = Client<paths>;

/** Options of every `create` call. */
export interface CreateOptions {
  /**
   * Sent as `Idempotency-Key`: a retry with the same key and body returns the first response
   * instead of creating a duplicate. Default: a new random key per call, so the client's own
   * retries (429, 503) can never create two records.
   */
  idempotencyKey?: string;
}

/** Options of every `update` and `remove` call. */
export interface WriteOptions {
  /**
   * The `version` you last read, sent as `If-Match`: the server refuses the change with 412
   * (`DcscoreError`) if the record changed since. Absent: last write wins.
   */
  ifMatch?: number;
}

export function createHeaders(options: CreateOptions = {}): Record<string, string> {
  return { 'Idempotency-Key': options.idempotencyKey ?? globalThis.crypto.randomUUID() };
}

export function writeHeaders(options: WriteOptions = {}): Record<string, string> {
  return options.ifMatch === undefined ? {} : { 'If-Match': `"${options.ifMatch}"` };
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Resolves to the response body, or throws `DcscoreError` for any error response. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw new DcscoreError(response, error);
  return data as T;
}

/** For operations that answer 204 No Content. */
export async function unwrapVoid(call: Promise<FetchResult<unknown>>): Promise<void> {
  await unwrap(call);
}
