import { Module } from '@nestjs/common';
import { PeeringDbImportController } from './peeringdb.controller.js';
import { PeeringDbImportService } from './peeringdb.service.js';

/** Imports from outside sources (PeeringDB). */
@Module({
  controllers: [PeeringDbImportController],
  providers: [PeeringDbImportService],
})
export class ImportsModule {}
