import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiJson, ApiProblems } from '../common/api-responses.js';
import { ApiIfMatch, IfMatch, type IfMatchVersions } from '../common/etag.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { type SerializedJson, serializedPage } from '../common/serialized-json.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { CreateFacilityDto, UpdateFacilityDto } from './dto/create-facility.dto.js';
import { FacilityDto, FacilityPageDto } from './dto/facility.dto.js';
import { ListFacilitiesQuery } from './dto/list-facilities.query.js';
import { FacilitiesService } from './facilities.service.js';
import { serializedFacility, toFacilityDto } from './facility.mapper.js';
import { ApiKeyAuth } from '../auth/api-key-access.decorator.js';

@ApiKeyAuth()
@ApiTags('facilities')
@Controller('facilities')
export class FacilitiesController {
  constructor(private readonly facilities: FacilitiesService) {}

  @Get()
  @ApiOperation({ operationId: 'listFacilities', summary: 'List facilities, filtered and sorted' })
  @ApiJson(200, FacilityPageDto, 'One page of facilities')
  @ApiProblems(400)
  async list(@Query() query: ListFacilitiesQuery): Promise<SerializedJson<FacilityPageDto>> {
    const page = await this.facilities.list(query);
    return serializedPage({ ...page, items: page.items.map(serializedFacility) });
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getFacility', summary: 'Get a facility' })
  @ApiJson(200, FacilityDto, 'The facility')
  @ApiProblems(400, 404)
  async get(@Param('id', UuidParamPipe) id: string): Promise<SerializedJson<FacilityDto>> {
    return serializedFacility(await this.facilities.get(id));
  }

  @Post()
  @Idempotent()
  @ApiOperation({
    operationId: 'createFacility',
    summary: 'Create a facility',
    description: 'Every field inside a category block is optional: leave out what is not known.',
  })
  @ApiJson(201, FacilityDto, 'Created; `Location` names the new facility')
  @ApiProblems(400, 409, 413, 415, 422)
  async create(@Body() dto: CreateFacilityDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<FacilityDto> {
    const { facility, carriers } = await this.facilities.create(dto);
    void reply.header('Location', `/v1/facilities/${facility.id}`);
    return toFacilityDto(facility, carriers);
  }

  @Patch(':id')
  @ApiOperation({
    operationId: 'updateFacility',
    summary: 'Update a facility',
    description:
      'Fields sent replace; `null` clears an optional field or a whole block; blocks merge field by field, ' +
      'so `{"power": {"upsRedundancy": "2N"}}` changes only the UPS redundancy. `network.carrierIds` replaces the list.',
  })
  @ApiJson(200, FacilityDto, 'The updated facility')
  @ApiProblems(400, 404, 413, 415, 412)
  @ApiIfMatch()
  async update(@Param('id', UuidParamPipe) id: string, @Body() dto: UpdateFacilityDto, @IfMatch() ifMatch?: IfMatchVersions): Promise<FacilityDto> {
    const { facility, carriers } = await this.facilities.update(id, dto, ifMatch);
    return toFacilityDto(facility, carriers);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'deleteFacility',
    summary: 'Delete a facility',
    description:
      'Compliance reports scoped to this facility alone are deleted with it; reports scoped to it and other facilities ' +
      'lose it from their scope (and get a new version). Estate-wide reports are untouched.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 412)
  @ApiIfMatch()
  async remove(@Param('id', UuidParamPipe) id: string, @IfMatch() ifMatch?: IfMatchVersions): Promise<void> {
    await this.facilities.remove(id, ifMatch);
  }
}
