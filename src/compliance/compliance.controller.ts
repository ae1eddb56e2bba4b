import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiJson, ApiProblems } from '../common/api-responses.js';
import { ApiIfMatch, IfMatch, type IfMatchVersions } from '../common/etag.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { toComplianceReportDto } from './compliance-report.mapper.js';
import { ComplianceService } from './compliance.service.js';
import {
  ComplianceReportDto,
  ComplianceReportPageDto,
  CreateComplianceReportDto,
  ListComplianceReportsQuery,
  UpdateComplianceReportDto,
} from './dto/compliance-report.dto.js';
import { FacilityComplianceReportsDto } from './dto/facility-reports.dto.js';
import { ApiKeyAuth } from '../auth/api-key-access.decorator.js';

@ApiKeyAuth()
@ApiTags('compliance-reports')
@Controller('compliance-reports')
export class ComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get()
  @ApiOperation({ operationId: 'listComplianceReports', summary: 'List compliance reports' })
  @ApiJson(200, ComplianceReportPageDto, 'One page of reports, oldest first')
  @ApiProblems(400)
  async list(@Query() query: ListComplianceReportsQuery): Promise<ComplianceReportPageDto> {
    const page = await this.compliance.list(query);
    return { ...page, items: page.items.map(toComplianceReportDto) };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getComplianceReport', summary: 'Get a compliance report' })
  @ApiJson(200, ComplianceReportDto, 'The report')
  @ApiProblems(400, 404)
  async get(@Param('id', UuidParamPipe) id: string): Promise<ComplianceReportDto> {
    return toComplianceReportDto(await this.compliance.get(id));
  }

  @Post()
  @Idempotent()
  @ApiOperation({ operationId: 'createComplianceReport', summary: 'Record a compliance report (SOC 1/2/3, ISO 27001, PCI DSS)' })
  @ApiJson(201, ComplianceReportDto, 'Created; `Location` names the new report')
  @ApiProblems(400, 409, 413, 415, 422)
  async create(
    @Body() dto: CreateComplianceReportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ComplianceReportDto> {
    const created = await this.compliance.create(dto);
    void reply.header('Location', `/v1/compliance-reports/${created.report.id}`);
    return toComplianceReportDto(created);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateComplianceReport', summary: 'Update a compliance report (fields sent replace, null clears)' })
  @ApiJson(200, ComplianceReportDto, 'The updated report')
  @ApiProblems(400, 404, 413, 415, 412)
  @ApiIfMatch()
  async update(@Param('id', UuidParamPipe) id: string, @Body() dto: UpdateComplianceReportDto, @IfMatch() ifMatch?: IfMatchVersions): Promise<ComplianceReportDto> {
    return toComplianceReportDto(await this.compliance.update(id, dto, ifMatch));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteComplianceReport', summary: 'Delete a compliance report' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 412)
  @ApiIfMatch()
  async remove(@Param('id', UuidParamPipe) id: string, @IfMatch() ifMatch?: IfMatchVersions): Promise<void> {
    await this.compliance.remove(id, ifMatch);
  }
}

@ApiKeyAuth()
@ApiTags('compliance-reports')
@Controller('facilities')
export class FacilityComplianceController {
  constructor(private readonly compliance: ComplianceService) {}

  @Get(':id/compliance-reports')
  @ApiOperation({
    operationId: 'listFacilityComplianceReports',
    summary: 'Reports that cover a facility',
    description: "The provider's estate-wide reports plus those scoped to this facility.",
  })
  @ApiJson(200, FacilityComplianceReportsDto, 'The covering reports')
  @ApiProblems(400, 404)
  async list(@Param('id', UuidParamPipe) id: string): Promise<FacilityComplianceReportsDto> {
    const reports = await this.compliance.listForFacility(id);
    return { items: reports.map(toComplianceReportDto), total: reports.length };
  }
}
