import { Module } from '@nestjs/common';
import { TransferController } from './transfer.controller.js';
import { TransferService } from './transfer.service.js';

/** Whole-dataset export and import (backups, moving data between servers). */
@Module({
  controllers: [TransferController],
  providers: [TransferService],
  exports: [TransferService],
})
export class TransferModule {}
