import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiJson, ApiProblems } from '../common/api-responses.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ApiKeyAuth } from './api-key-access.decorator.js';
import { toApiKeyDto } from './api-key.mapper.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKeyDto, ApiKeyListDto, CreateApiKeyDto, CreatedApiKeyDto } from './dto/api-key.dto.js';
import { Roles } from './roles.decorator.js';

@ApiKeyAuth()
@Roles('admin')
@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @ApiOperation({
    operationId: 'createApiKey',
    summary: 'Create an API key',
    description: 'The response is the only time the key itself is shown: store it now. Only its SHA-256 hash is kept.',
  })
  @ApiJson(201, CreatedApiKeyDto, 'Created; `Location` names the new key')
  @ApiProblems(400, 413, 415)
  async create(@Body() dto: CreateApiKeyDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<CreatedApiKeyDto> {
    const { entity, key } = await this.keys.create(dto.name, dto.role);
    void reply.header('Location', `/v1/api-keys/${entity.id}`).header('Cache-Control', 'no-store');
    return { ...toApiKeyDto(entity), key };
  }

  @Get()
  @ApiOperation({ operationId: 'listApiKeys', summary: 'List API keys (prefixes only), revoked ones included' })
  @ApiJson(200, ApiKeyListDto, 'Every key, oldest first')
  async list(): Promise<ApiKeyListDto> {
    const items = (await this.keys.list()).map(toApiKeyDto);
    return { items, total: items.length };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getApiKey', summary: 'Get an API key (prefix only)' })
  @ApiJson(200, ApiKeyDto, 'The key, without its secret')
  @ApiProblems(400, 404)
  async get(@Param('id', UuidParamPipe) id: string): Promise<ApiKeyDto> {
    return toApiKeyDto(await this.keys.get(id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'revokeApiKey',
    summary: 'Revoke an API key',
    description: 'The key stops working at once on this instance (within 10 seconds on others); it stays listed with `revokedAt`. ' +
      'Revoking a revoked key is a no-op. The last active admin key cannot be revoked (409).',
  })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiProblems(400, 404, 409)
  async revoke(@Param('id', UuidParamPipe) id: string): Promise<void> {
    await this.keys.revoke(id);
  }
}
