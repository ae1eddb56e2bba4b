import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { EtagInterceptor } from './common/etag.js';
import { ProblemDetailsFilter } from './common/problem-details.filter.js';
import { createValidationPipe } from './common/validation.js';
import { normalizeOpenApiDocument } from './common/openapi-document.js';

export const API_PREFIX = 'v1';
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface CreateAppOptions {
  logger?: boolean;
}

/** Builds the application exactly as production runs it; main.ts, scripts and tests share it. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES }),
    { logger: options.logger === false ? false : ['log', 'warn', 'error'] },
  );
  configureApp(app);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export function configureApp(app: NestFastifyApplication): void {
  // The API speaks JSON only: other media types get 415 instead of reaching validation as text.
  app.getHttpAdapter().getInstance().removeContentTypeParser(['text/plain']);
  app.setGlobalPrefix(API_PREFIX, { exclude: ['health'] });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(new EtagInterceptor());
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
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controller, method) => method,
  });
  // Generic fixes (nullable refs, reflected `T | null` types), tags, request examples, sorted keys.
  return normalizeOpenApiDocument(document);
}
