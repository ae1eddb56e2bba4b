import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyAuth } from '../auth/api-key-access.decorator.js';
import { Roles } from '../auth/roles.decorator.js';
import { ApiJson, ApiProblems } from '../common/api-responses.js';
import { BodyLimit } from '../common/body-limit.js';
import { PeeringDbImportDto, PeeringDbImportQuery, PeeringDbImportResultDto } from './dto/peeringdb.dto.js';
import { PeeringDbImportService } from './peeringdb.service.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';

/** A full PeeringDB `org` plus `fac` download runs to tens of megabytes. */
export const PEERINGDB_BODY_LIMIT_BYTES = 64 * 1024 * 1024;

@ApiKeyAuth()
@Roles('admin')
@ApiTags('imports')
@Controller('imports')
export class PeeringDbImportController {
  constructor(private readonly peeringdb: PeeringDbImportService) {}

  @Post('peeringdb')
  @Idempotent()
  @HttpCode(200)
  @BodyLimit(PEERINGDB_BODY_LIMIT_BYTES)
  @ApiOperation({
    operationId: 'importPeeringDb',
    summary: 'Import PeeringDB organisations, facilities, carriers and carrier presence',
    description:
      'The body holds PeeringDB API responses as downloaded (`GET /api/org`, `/api/fac`, `/api/carrier`, ' +
      '`/api/carrierfac`), each optional. org becomes providers, fac facilities (address, coordinates, ' +
      '`diverse_serving_substations` as `power.diverseSubstations`), carrier carriers, carrierfac the carriers ' +
      'present in facilities. Records keep their PeeringDB id (`peeringdbId`), so importing again updates instead ' +
      'of duplicating; a record here with the same name and no PeeringDB id is adopted. Fields dcscore does not ' +
      'know are ignored; records whose parent is missing, or that dcscore would reject, are skipped with the reason. ' +
      'One transaction.',
  })
  @ApiBody({ type: PeeringDbImportDto })
  @ApiJson(200, PeeringDbImportResultDto, 'Counts per resource and the skipped records')
  @ApiProblems(400, 415)
  // Validated by the service: PeeringDB's own fields are accepted and ignored, which the global pipe would refuse.
  async importPeeringDb(@Body() body: Record<string, unknown>, @Query() query: PeeringDbImportQuery): Promise<PeeringDbImportResultDto> {
    return this.peeringdb.import(body, { dryRun: query.dryRun });
  }
}
