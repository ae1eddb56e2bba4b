import { Module } from '@nestjs/common';
import { ComplianceModule } from '../compliance/compliance.module.js';
import { FacilitiesModule } from '../facilities/facilities.module.js';
import { ProfilesModule } from '../profiles/profiles.module.js';
import { ScorecardsController } from './scorecards.controller.js';
import { ScoringInputsService } from './scoring-inputs.service.js';

@Module({
  imports: [FacilitiesModule, ComplianceModule, ProfilesModule],
  controllers: [ScorecardsController],
  providers: [ScoringInputsService],
})
export class ScorecardsModule {}
