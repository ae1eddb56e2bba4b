import { createHash } from 'node:crypto';
import { applyDecorators, type CallHandler, type ExecutionContext, Injectable, type NestInterceptor, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource, LessThan } from 'typeorm';
import { isUniqueViolation } from '../database-errors.js';
import { ProblemException, ValidationProblem } from '../problem-details.js';
import { IdempotencyRecordEntity } from './idempotency-record.entity.js';

/** How long a key is remembered, and how long a first request may run before a retry takes over. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
export const IN_PROGRESS_TIMEOUT_MS = 60 * 1000;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * `Idempotency-Key` on a POST: the first response (status, body, Location) is stored and a
 * retry with the same key and body gets it again instead of creating a duplicate. The same key
 * with another body is a 422; a retry while the first request still runs is a 409.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers['idempotency-key'];
    if (header === undefined) return next.handle();
    return from(this.run(request, context.switchToHttp().getResponse<FastifyReply>(), String(header), next));
  }

  private async run(request: FastifyRequest, reply: FastifyReply, key: string, next: CallHandler): Promise<unknown> {
    if (key.length === 0 || key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
      throw new ValidationProblem([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1 to 255 visible ASCII characters' }]);
    }
    const repository = this.dataSource.getRepository(IdempotencyRecordEntity);
    const caller = sha256(String(request.headers.authorization ?? ''));
    // The whole URL: `?dryRun=true` and the real request are different requests.
    const id = sha256(`${caller}\n${request.method} ${request.url}\n${key}`);
    const requestHash = sha256(JSON.stringify(request.body ?? null));
    const now = Date.now();

    const existing = await repository.findOneBy({ id });
    if (existing && now - Date.parse(existing.createdAt) < IDEMPOTENCY_TTL_MS) {
      if (existing.requestHash !== requestHash) {
        throw new ProblemException(422, 'idempotency-key-reused', 'Idempotency key reused', 'This Idempotency-Key was used with a different request body.');
      }
      if (existing.status !== null) {
        void reply.status(existing.status).header('Idempotent-Replayed', 'true');
        if (existing.location) void reply.header('Location', existing.location);
        return existing.responseBody === null ? undefined : JSON.parse(existing.responseBody);
      }
      if (now - Date.parse(existing.createdAt) < IN_PROGRESS_TIMEOUT_MS) throw inProgress();
    }
    if (existing) await repository.delete({ id });

    try {
      await repository.delete({ createdAt: LessThan(new Date(now - IDEMPOTENCY_TTL_MS).toISOString()) });
      await repository.insert({ id, requestHash, status: null, responseBody: null, location: null, createdAt: new Date(now).toISOString() });
    } catch (error) {
      if (isUniqueViolation(error)) throw inProgress();
      throw error;
    }
    try {
      const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const location = reply.getHeader('location');
      await repository.update(
        { id },
        {
          status: reply.statusCode,
          responseBody: result === undefined ? null : JSON.stringify(result),
          location: typeof location === 'string' ? location : null,
        },
      );
      return result;
    } catch (error) {
      // A failed request leaves nothing behind, so the client may retry with the same key.
      await repository.delete({ id });
      throw error;
    }
  }
}

function inProgress(): ProblemException {
  return new ProblemException(409, 'idempotency-in-progress', 'Request in progress', 'A request with this Idempotency-Key is still being processed; retry shortly.');
}

/**
 * A POST that honours `Idempotency-Key`: the interceptor and the header's documentation in one
 * decorator, so the document never promises it where it is not applied. Per route rather than
 * global: a route without interceptors skips Nest's RxJS pipeline (BENCHMARKS.md). Not on
 * creates whose response must never be stored (a new API key is shown once) nor on reads
 * (POST /v1/rankings).
 */
export const Idempotent = () => applyDecorators(UseInterceptors(IdempotencyInterceptor), ApiIdempotencyKey());

const ApiIdempotencyKey = () =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Any unique string (e.g. a UUID). Retrying with the same key and body returns the first response instead of creating a duplicate; ' +
      'remembered for 24 hours.',
    schema: { type: 'string', maxLength: 255 },
  });
