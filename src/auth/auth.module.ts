import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { ApiKeyGuard } from './api-key.guard.js';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysService } from './api-keys.service.js';

/** API keys (hashed), their admin endpoints, and the global guard that checks them. */
@Module({})
export class AuthModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AuthModule,
      imports: [TypeOrmModule.forFeature([ApiKeyEntity])],
      controllers: [ApiKeysController],
      providers: [{ provide: APP_CONFIG, useValue: config }, ApiKeysService, { provide: APP_GUARD, useClass: ApiKeyGuard }],
      exports: [ApiKeysService],
    };
  }
}
