import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_TYPE_BASE, ProblemDetails, ProblemException } from './problem-details.js';

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** Fastify's own errors (body parsing, limits) carry a statusCode but are not HttpExceptions. */
interface FrameworkError {
  statusCode?: number;
  message?: string;
}

/**
 * Turns every error into `application/problem+json`. Unexpected errors are logged with their
 * stack and answered with a generic 500 that reveals nothing about the internals.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(exception, request);
    problem.instance = request.url.split('?')[0];
    if (exception instanceof ProblemException && exception.retryAfterSeconds !== undefined) {
      void reply.header('Retry-After', String(exception.retryAfterSeconds));
    }
    void reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemDetails {
    if (exception instanceof ProblemException) {
      return {
        type: PROBLEM_TYPE_BASE + exception.problemType,
        title: exception.title,
        status: exception.getStatus(),
        detail: exception.detail,
        ...(exception.fieldErrors ? { errors: exception.fieldErrors } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return this.generic(status, this.messageOf(exception.getResponse()) ?? exception.message);
    }
    const framework = exception as FrameworkError;
    if (typeof framework?.statusCode === 'number' && framework.statusCode >= 400 && framework.statusCode < 500) {
      return this.generic(framework.statusCode, framework.message ?? 'The request could not be processed.');
    }
    // Through the request's logger when there is one, so the log line carries the request id the client got.
    if (request.log) request.log.error({ err: exception }, 'unexpected error');
    else this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return this.generic(500, 'An unexpected error occurred. It has been logged.');
  }

  private generic(status: number, detail: string): ProblemDetails {
    const title = STATUS_TITLES[status] ?? (status >= 500 ? 'Server error' : 'Request error');
    return {
      type: PROBLEM_TYPE_BASE + title.toLowerCase().replace(/ /g, '-'),
      title,
      status,
      detail,
    };
  }

  private messageOf(response: string | object): string | undefined {
    if (typeof response === 'string') return response;
    const message = (response as { message?: unknown }).message;
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message.join('; ');
    return undefined;
  }
}
