import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { ProblemDetails } from './problem-details.js';

/**
 * A larger body limit for one route than the global one (bulk imports). Fastify supports it per
 * route, but Nest's adapter only passes a route's `config` through; `applyRouteBodyLimits`
 * turns `config.bodyLimit` into the route's own limit. Also declares the matching 413.
 */
export function BodyLimit(bytes: number) {
  return applyDecorators(
    RouteConfig({ bodyLimit: bytes }),
    ApiExtraModels(ProblemDetails),
    ApiResponse({
      status: 413,
      description: `The request body is larger than ${Math.round(bytes / 1024 / 1024)} MiB`,
      content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetails) } } },
    }),
  );
}

/** Registered before the routes are (configureApp): routes with `config.bodyLimit` get that limit. */
export function applyRouteBodyLimits(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    const limit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
    if (typeof limit === 'number') route.bodyLimit = limit;
  });
}
