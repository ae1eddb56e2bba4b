import {
  type ArgumentMetadata,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Injectable,
  Param,
  Patch,
  type PipeTransform,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiJson, ApiProblems } from '../common/api-responses.js';
import { ApiIfMatch, IfMatch, type IfMatchVersions } from '../common/etag.js';
import { Idempotent } from '../common/idempotency/idempotency.interceptor.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { isPresetId, PRESET_IDS } from '../scoring/index.js';
import { ProblemException } from '../common/problem-details.js';
import {
  CreateProfileDto,
  ListProfilesQuery,
  ProfileDto,
  ProfileListDto,
  ProfilePageDto,
  UpdateProfileDto,
} from './dto/profile.dto.js';
import { presetToDto, toProfileDto } from './profile.mapper.js';
import { ProfilesService } from './profiles.service.js';
import { ApiKeyAuth } from '../auth/api-key-access.decorator.js';

/** Presets answer 405 to writes: they are shared defaults, copy one into a saved profile instead. */
@Injectable()
class WritableProfileIdPipe implements PipeTransform<string, string> {
  private readonly uuid = new UuidParamPipe();

  transform(value: string, metadata: ArgumentMetadata): string {
    if (isPresetId(value)) {
      throw new ProblemException(405, 'read-only', 'Preset is read-only', `"${value}" is a preset; save a copy with POST /v1/profiles to change it.`);
    }
    return this.uuid.transform(value, metadata);
  }
}

@ApiKeyAuth()
@ApiTags('profiles')
@Controller('profiles')
export class ProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Get('presets')
  @ApiOperation({
    operationId: 'listProfilePresets',
    summary: 'The read-only preset profiles',
    description:
      '`balanced`, `high-availability`, `budget` and `compliance-first`; each description says what it weighs and requires. ' +
      'Use their ids anywhere a `profileId` is accepted.',
  })
  @ApiJson(200, ProfileListDto, 'All presets')
  @ApiProblems()
  listPresets(): ProfileListDto {
    const items = this.profiles.presets().map(presetToDto);
    return { items, total: items.length };
  }

  @Get()
  @ApiOperation({ operationId: 'listProfiles', summary: 'List saved requirement profiles' })
  @ApiJson(200, ProfilePageDto, 'One page of saved profiles (presets are listed at /v1/profiles/presets)')
  @ApiProblems(400)
  async list(@Query() query: ListProfilesQuery): Promise<ProfilePageDto> {
    const page = await this.profiles.list(query);
    return { ...page, items: page.items.map(toProfileDto) };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getProfile', summary: 'Get a saved profile or a preset' })
  @ApiParam({ name: 'id', description: `A saved profile's UUID, or a preset: ${PRESET_IDS.join(', ')}` })
  @ApiJson(200, ProfileDto, 'The profile')
  @ApiProblems(404)
  async get(@Param('id') id: string): Promise<ProfileDto> {
    const preset = this.profiles.presets().find((p) => p.id === id);
    return preset ? presetToDto(preset) : toProfileDto(await this.profiles.get(id));
  }

  @Post()
  @Idempotent()
  @ApiOperation({
    operationId: 'createProfile',
    summary: 'Save a requirement profile',
    description:
      'Weights are non-negative and normalised (all zero is rejected). Requirements are hard must-haves: a facility that ' +
      'misses one is ineligible. Without a budget the cost category is left out and its weight spread over the rest.',
  })
  @ApiJson(201, ProfileDto, 'Created; `Location` names the new profile')
  @ApiProblems(400, 409, 413, 415, 422)
  async create(@Body() dto: CreateProfileDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProfileDto> {
    const profile = await this.profiles.create(dto);
    void reply.header('Location', `/v1/profiles/${profile.id}`);
    return toProfileDto(profile);
  }

  @Patch(':id')
  @ApiOperation({ operationId: 'updateProfile', summary: 'Update a saved profile (presets are read-only)' })
  @ApiJson(200, ProfileDto, 'The updated profile')
  @ApiProblems(400, 404, 405, 409, 413, 415, 412)
  @ApiIfMatch()
  async update(@Param('id', WritableProfileIdPipe) id: string, @Body() dto: UpdateProfileDto, @IfMatch() ifMatch?: IfMatchVersions): Promise<ProfileDto> {
    return toProfileDto(await this.profiles.update(id, dto, ifMatch));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteProfile', summary: 'Delete a saved profile (presets are read-only)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems(400, 404, 405, 412)
  @ApiIfMatch()
  async remove(@Param('id', WritableProfileIdPipe) id: string, @IfMatch() ifMatch?: IfMatchVersions): Promise<void> {
    await this.profiles.remove(id, ifMatch);
  }
}
