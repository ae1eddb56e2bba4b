import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyAuth } from '../auth/api-key-access.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiJson, ApiProblems } from '../common/api-responses.js';
import { BodyLimit } from '../common/body-limit.js';
import { ExportDocumentDto } from './dto/export-document.dto.js';
import { ImportDocumentDto, ImportQuery } from './dto/import-document.dto.js';
import { ImportResultDto } from './dto/import-result.dto.js';
import { TransferService } from './transfer.service.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';

/** Whole-dataset documents are larger than ordinary request bodies. */
export const IMPORT_BODY_LIMIT_BYTES = 64 * 1024 * 1024;

// Admin only: the export holds everything, the import can overwrite or delete everything.
@ApiKeyAuth()
@Roles('admin')
@ApiTags('transfer')
@Controller()
export class TransferController {
  constructor(private readonly transfer: TransferService) {}

  @Get('export')
  @ApiOperation({
    operationId: 'exportData',
    summary: 'Export the whole dataset as one JSON document',
    description:
      'Providers, carriers, facilities (with `carrierIds`), compliance reports (with `facilityIds`) and saved profiles, ' +
      'read from one consistent snapshot, each list sorted by id. `POST /v1/import` reads it back.',
  })
  @ApiJson(200, ExportDocumentDto, 'The dataset')
  @ApiProblems()
  async export(): Promise<ExportDocumentDto> {
    return this.transfer.exportAll();
  }

  @Post('import')
  @Idempotent()
  @HttpCode(200)
  @BodyLimit(IMPORT_BODY_LIMIT_BYTES)
  @ApiOperation({
    operationId: 'importData',
    summary: 'Import an export document (all or nothing)',
    description:
      'Validates the whole document first and answers 400 naming every bad field by its path ' +
      '(`facilities.3.power.upsRedundancy`), including references (facility to provider, carriers, report scopes) ' +
      'and unique names. Then applies it in one transaction, keeping ids: records missing from the database are ' +
      'created (with the document\'s version and timestamps), records whose content differs are updated (next version), ' +
      'the rest are left alone. `mode=replace` also deletes the records the document does not list. ' +
      '`dryRun=true` answers the same counts without writing.',
  })
  @ApiBody({ type: ImportDocumentDto })
  @ApiJson(200, ImportResultDto, 'What was (or, with `dryRun`, would be) created, updated, left unchanged and deleted')
  @ApiProblems(400, 415)
  // The body is validated as a whole by the service (fields and cross-record rules in one answer).
  async import(@Body() body: Record<string, unknown>, @Query() query: ImportQuery): Promise<ImportResultDto> {
    return this.transfer.importAll(body, { mode: query.mode, dryRun: query.dryRun });
  }
}
