import { type DynamicModule, Module } from '@nestjs/common';
import { ConcurrencyLimit } from '../common/concurrency-limit.js';
import { ComplianceModule } from '../compliance/compliance.module.js';
import type { AppConfig } from '../config/app-config.js';
import { FacilitiesModule } from '../facilities/facilities.module.js';
import { ProfilesModule } from '../profiles/profiles.module.js';
import { RANKING_LIMIT, ScorecardsController } from './scorecards.controller.js';
import { ScoringInputsService } from './scoring-inputs.service.js';

@Module({})
export class ScorecardsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ScorecardsModule,
      imports: [FacilitiesModule, ComplianceModule, ProfilesModule],
      controllers: [ScorecardsController],
      providers: [
        ScoringInputsService,
        { provide: RANKING_LIMIT, useValue: new ConcurrencyLimit(config.rankingConcurrency, config.rankingQueue, 'rankings') },
      ],
    };
  }
}
