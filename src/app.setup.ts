import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { LogController } from 'fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { BEARER_SCHEME } from './auth/api-key-access.decorator.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { registerEtagHooks } from './common/etag.js';
import { useDepthLimitedJsonParser } from './common/json-body-parser.js';
import { ProblemDetailsFilter } from './common/problem-details.filter.js';
import { createValidationPipe } from './common/validation.js';
import { applyRouteBodyLimits } from './common/body-limit.js';
import { normalizeOpenApiDocument } from './common/openapi-document.js';
import { serializeReply } from './common/serialized-json.js';
import { applyHttpProtection, MAX_PARAM_LENGTH } from './http/http-protection.js';
import { fastifyLoggerOptions, type LogDestination, PinoNestLogger, requestIdOf } from './http/logging.js';

export const API_PREFIX = 'v1';
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface CreateAppOptions {
  /** `false` turns every log off (tests); otherwise LOG_LEVEL decides. */
  logger?: boolean;
  /** Where log lines go instead of stdout (tests that read the logs). */
  logStream?: LogDestination;
}

/** Builds the application exactly as production runs it; main.ts, scripts and tests share it. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const logging = options.logger !== false && config.logLevel !== 'silent';
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    trustProxy: config.trustProxy,
    genReqId: requestIdOf,
    // One line per request, written when it completes (see applyHttpProtection), not Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    logger: logging ? fastifyLoggerOptions(config.logLevel, options.logStream) : false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: logging ? new PinoNestLogger(adapter.getInstance().log) : false,
    // Fastify parses bodies itself; configureApp puts a depth limit in front of its JSON parser.
    bodyParser: false,
  });
  await configureApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export async function configureApp(app: NestFastifyApplication): Promise<void> {
  // First: its hooks (security headers, CORS, request ids, limits) must cover every route below.
  await applyHttpProtection(app, app.get<AppConfig>(APP_CONFIG));
  // The API speaks JSON only: other media types get 415 instead of reaching validation as text.
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser(['text/plain']);
  useDepthLimitedJsonParser(fastify);
  applyRouteBodyLimits(fastify);
  fastify.setReplySerializer(serializeReply);
  registerEtagHooks(fastify);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('dcscore API')
    .setDescription(
      'Stores colocation providers, facilities, carriers and compliance reports, and scores facilities ' +
        'with explainable scorecards against requirement profiles. Errors are RFC 9457 problem details.',
    )
    .setVersion('0.1.0')
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    // Relative: "Try it out" in Swagger UI calls the host that serves the document, wherever it runs.
    .addServer('/', 'The server that serves this document')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'API key',
        description:
          'An API key, sent as `Authorization: Bearer <key>`. Roles: `reader` (GET, and POST /v1/rankings), `editor` ' +
          '(also writes), `admin` (also /v1/api-keys). With DCSCORE_PUBLIC_READ (the default) reads work without a key.',
      },
      BEARER_SCHEME,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controller, method) => method,
  });
  // Generic fixes (nullable refs, reflected `T | null` types), tags, request examples, sorted keys.
  return normalizeOpenApiDocument(document);
}
