import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDetails } from './problem-details.js';

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input: the `errors` list names each bad field',
  401: 'No API key, or one that is malformed, unknown or revoked (`WWW-Authenticate: Bearer`)',
  403: 'The API key\'s role does not allow this operation',
  404: 'The resource (or one it refers to) does not exist',
  405: 'Presets are read-only',
  409: 'Conflicts with the current state (duplicate name, dependent records, a request with the same Idempotency-Key still running)',
  412: 'The `If-Match` version is not the current one: fetch the record again',
  413: 'The request body is larger than 1 MiB',
  422: 'The Idempotency-Key was already used with a different body',
  415: 'The request body is not JSON',
  429: 'Too many requests: wait for `Retry-After` seconds',
  500: 'Unexpected server error',
  503: 'Temporarily unavailable: for /health, the database is unreachable; for rankings, too many run at once (Retry-After says when to retry)',
};

/** Declares problem-details error responses so generated clients get a typed error. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDetails),
    ...[...new Set([...statuses, 500])].map((status) =>
      ApiResponse({
        status,
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Unexpected server error',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetails) } } },
      }),
    ),
  );
}

/** A JSON success response with a typed body. */
export function ApiJson(status: number, type: Type<unknown>, description: string) {
  return ApiResponse({ status, type, description });
}
