import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiJson, ApiProblems } from '../common/api-responses.js';
import { ApiIfMatch, IfMatch, type IfMatchVersions } from '../common/etag.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { CascadeQuery } from '../common/cascade.query.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { CreateProviderDto, ProviderDto, ProviderPageDto, UpdateProviderDto } from './dto/provider.dto.js';
import { ListProvidersQuery } from './dto/list-providers.query.js';
import { toProviderDto } from './provider.mapper.js';
import { ProvidersService } from './providers.service.js';
import { ApiKeyAuth } from '../auth/api-key-access.decorator.js';

@ApiKeyAuth()
@ApiTags('providers')
@Controller('providers')
export class ProvidersController {
  constructor(private readonly providers: ProvidersService) {}

  @Get()
  @ApiOperation({ operationId: 'listProviders', summary: 'List providers' })
  @ApiJson(200, ProviderPageDto, 'One page of providers')
  @ApiProblems(400)
  async list(@Query() query: ListProvidersQuery): Promise<ProviderPageDto> {
    const page = await this.providers.list(query);
    return { ...page, items: page.items.map(toProviderDto) };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getProvider', summary: 'Get a provider' })
  @ApiJson(200, ProviderDto, 'The provider')
  @ApiProblems(400, 404)
  async get(@Param('id', UuidParamPipe) id: string): Promise<ProviderDto> {
    return toProviderDto(await this.providers.get(id));
  }

  @Post()
  @Idempotent()
  @ApiOperation({ operationId: 'createProvider', summary: 'Create a provider' })
  @ApiJson(201, ProviderDto, 'Created; `Location` names the new provider')
  @ApiProblems(400, 409, 413, 415, 422)
  async create(
    @Body() dto: CreateProviderDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProviderDto> {
    const provider = await this.providers.create(dto);
    void reply.header('Location', `/v1/providers/${provider.id}`);
    return toProviderDto(provider);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateProvider', summary: 'Update a provider (fields sent replace, null clears)' })
  @ApiJson(200, ProviderDto, 'The updated provider')
  @ApiProblems(400, 404, 409, 413, 415, 412)
  @ApiIfMatch()
  async update(@Param('id', UuidParamPipe) id: string, @Body() dto: UpdateProviderDto, @IfMatch() ifMatch?: IfMatchVersions): Promise<ProviderDto> {
    return toProviderDto(await this.providers.update(id, dto, ifMatch));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'deleteProvider',
    summary: 'Delete a provider',
    description: 'A provider with facilities is only deleted with `?cascade=true`, which also deletes its facilities and reports.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 409, 412)
  @ApiIfMatch()
  async remove(@Param('id', UuidParamPipe) id: string, @Query() query: CascadeQuery, @IfMatch() ifMatch?: IfMatchVersions): Promise<void> {
    await this.providers.remove(id, query.cascade ?? false, ifMatch);
  }
}
