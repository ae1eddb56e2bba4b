import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module.js';
import { CarriersModule } from './carriers/carriers.module.js';
import { ComplianceModule } from './compliance/compliance.module.js';
import { APP_CONFIG, type AppConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { DemoSeedService } from './database/demo-seed.service.js';
import { FacilitiesModule } from './facilities/facilities.module.js';
import { HealthController } from './health/health.controller.js';
import { ImportsModule } from './imports/imports.module.js';
import { ProfilesModule } from './profiles/profiles.module.js';
import { ProvidersModule } from './providers/providers.module.js';
import { ScorecardsModule } from './scorecards/scorecards.module.js';
import { TransferModule } from './transfer/transfer.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(config.database)),
        ProvidersModule,
        CarriersModule,
        FacilitiesModule,
        ComplianceModule,
        ProfilesModule,
        ScorecardsModule.forRoot(config),
        TransferModule,
        ImportsModule,
        AuthModule.forRoot(config),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        DemoSeedService,
      ],
    };
  }
}
