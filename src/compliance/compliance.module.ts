import { Module } from '@nestjs/common';
import { ComplianceController, FacilityComplianceController } from './compliance.controller.js';
import { ComplianceService } from './compliance.service.js';

@Module({
  controllers: [ComplianceController, FacilityComplianceController],
  providers: [ComplianceService],
  exports: [ComplianceService],
})
export class ComplianceModule {}
