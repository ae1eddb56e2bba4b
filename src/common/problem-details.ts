import { HttpException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One rejected input field, named by its dotted path (`power.upsRedundancy`, `carrierIds`). */
export class FieldError {
  @ApiProperty({ example: 'power.upsRedundancy' })
  field: string;

  @ApiProperty({ example: 'upsRedundancy must be one of the following values: N, N+1, N+2, 2N, 2N+1' })
  message: string;
}

/**
 * RFC 9457 problem details: the one error shape of this API. Every failure, including
 * Fastify's own (malformed JSON, oversized bodies), is turned into this by the global filter.
 */
export class ProblemDetails {
  @ApiProperty({ example: 'https://dcscore.dev/problems/validation', description: 'URI naming the problem type' })
  type: string;

  @ApiProperty({ example: 'Validation failed' })
  title: string;

  @ApiProperty({ example: 400 })
  status: number;

  @ApiProperty({ example: 'The request has 1 invalid field.' })
  detail: string;

  @ApiPropertyOptional({ example: '/v1/facilities', description: 'The request path' })
  instance?: string;

  @ApiPropertyOptional({ type: [FieldError], description: 'Present for validation problems: one entry per bad field' })
  errors?: FieldError[];
}

export const PROBLEM_TYPE_BASE = 'https://dcscore.dev/problems/';

/** An error that already knows its problem type; thrown by services for 4xx outcomes. */
export class ProblemException extends HttpException {
  /** Sent as Retry-After when set: refused for now; a retry after that many seconds may succeed. */
  retryAfterSeconds?: number;

  constructor(
    status: number,
    readonly problemType: string,
    readonly title: string,
    readonly detail: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super(detail, status);
  }
}

export class NotFoundProblem extends ProblemException {
  constructor(resource: string, id: string) {
    super(404, 'not-found', `${resource} not found`, `No ${resource.toLowerCase()} has id "${id}".`);
  }
}

export class ConflictProblem extends ProblemException {
  constructor(detail: string, fieldErrors?: FieldError[]) {
    super(409, 'conflict', 'Conflict', detail, fieldErrors);
  }
}

export class ValidationProblem extends ProblemException {
  constructor(errors: FieldError[]) {
    const count = errors.length;
    super(
      400,
      'validation',
      'Validation failed',
      `The request has ${count} invalid field${count === 1 ? '' : 's'}.`,
      errors,
    );
  }
}
