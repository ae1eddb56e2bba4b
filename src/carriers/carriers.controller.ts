import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiJson, ApiProblems } from '../common/api-responses.js';
import { ApiIfMatch, IfMatch, type IfMatchVersions } from '../common/etag.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { toCarrierDto } from './carrier.mapper.js';
import { CarriersService } from './carriers.service.js';
import { CarrierDto, CarrierPageDto, CreateCarrierDto, ListCarriersQuery, UpdateCarrierDto } from './dto/carrier.dto.js';
import { ApiKeyAuth } from '../auth/api-key-access.decorator.js';

@ApiKeyAuth()
@ApiTags('carriers')
@Controller('carriers')
export class CarriersController {
  constructor(private readonly carriers: CarriersService) {}

  @Get()
  @ApiOperation({ operationId: 'listCarriers', summary: 'List carriers' })
  @ApiJson(200, CarrierPageDto, 'One page of carriers')
  @ApiProblems(400)
  async list(@Query() query: ListCarriersQuery): Promise<CarrierPageDto> {
    const page = await this.carriers.list(query);
    return { ...page, items: page.items.map(toCarrierDto) };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getCarrier', summary: 'Get a carrier' })
  @ApiJson(200, CarrierDto, 'The carrier')
  @ApiProblems(400, 404)
  async get(@Param('id', UuidParamPipe) id: string): Promise<CarrierDto> {
    return toCarrierDto(await this.carriers.get(id));
  }

  @Post()
  @Idempotent()
  @ApiOperation({ operationId: 'createCarrier', summary: 'Create a carrier' })
  @ApiJson(201, CarrierDto, 'Created; `Location` names the new carrier')
  @ApiProblems(400, 409, 413, 415, 422)
  async create(@Body() dto: CreateCarrierDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<CarrierDto> {
    const carrier = await this.carriers.create(dto);
    void reply.header('Location', `/v1/carriers/${carrier.id}`);
    return toCarrierDto(carrier);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateCarrier', summary: 'Update a carrier (fields sent replace, null clears)' })
  @ApiJson(200, CarrierDto, 'The updated carrier')
  @ApiProblems(400, 404, 409, 413, 415, 412)
  @ApiIfMatch()
  async update(@Param('id', UuidParamPipe) id: string, @Body() dto: UpdateCarrierDto, @IfMatch() ifMatch?: IfMatchVersions): Promise<CarrierDto> {
    return toCarrierDto(await this.carriers.update(id, dto, ifMatch));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'deleteCarrier',
    summary: 'Delete a carrier',
    description: 'Also removes the carrier from every facility it was present in (those facilities get a new version).',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 412)
  @ApiIfMatch()
  async remove(@Param('id', UuidParamPipe) id: string, @IfMatch() ifMatch?: IfMatchVersions): Promise<void> {
    await this.carriers.remove(id, ifMatch);
  }
}
