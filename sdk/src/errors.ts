import type { FieldError, ProblemDetails } from './models.js';

/**
 * Thrown for every error response of the API (4xx and 5xx). The API answers errors with
 * RFC 9457 problem details; `problem` is that body as sent. When something in between (a
 * proxy, a load balancer) answered with something else, `problem` is undefined and the other
 * fields are derived from the HTTP status.
 */
export class DcscoreError extends Error {
  override readonly name = 'DcscoreError';
  /** HTTP status, e.g. 400, 404, 409. */
  readonly status: number;
  /** Problem type URI, e.g. `https://dcscore.dev/problems/validation`; `about:blank` when unknown. */
  readonly type: string;
  /** Short summary of the problem type, e.g. `Validation failed`. */
  readonly title: string;
  /** What went wrong with this request. */
  readonly detail: string;
  /** One entry per rejected field (validation problems); empty otherwise. */
  readonly fieldErrors: FieldError[];
  /** The problem-details body as received, when the response was one. */
  readonly problem: ProblemDetails | undefined;
  /** The HTTP response (its body has been read). */
  readonly response: Response;

  constructor(response: Response, body: unknown) {
    const problem = isProblemDetails(body) ? body : undefined;
    const status = problem?.status ?? response.status;
    const title = problem?.title ?? (response.statusText || `HTTP ${response.status}`);
    const detail = problem?.detail ?? (typeof body === 'string' && body.length > 0 ? body.slice(0, 500) : title);
    super(`${status} ${title}: ${detail}`);
    this.status = status;
    this.type = problem?.type ?? 'about:blank';
    this.title = title;
    this.detail = detail;
    this.fieldErrors = problem?.errors ?? [];
    this.problem = problem;
    this.response = response;
  }

  /** The messages for one field (dotted path, e.g. `power.upsRedundancy`). */
  errorsFor(field: string): string[] {
    return this.fieldErrors.filter((error) => error.field === field).map((error) => error.message);
  }
}

export function isDcscoreError(error: unknown): error is DcscoreError {
  return error instanceof DcscoreError;
}

function isProblemDetails(body: unknown): body is ProblemDetails {
  if (body === null || typeof body !== 'object') return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate.status === 'number' && typeof candidate.title === 'string' && typeof candidate.type === 'string';
}
