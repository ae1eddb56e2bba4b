import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ApiJson, ApiProblems } from '../common/api-responses.js';
import type { ConcurrencyLimit } from '../common/concurrency-limit.js';
import { ValidationProblem } from '../common/problem-details.js';
import { UuidParamPipe } from '../common/uuid-param.pipe.js';
import { ProfilesService } from '../profiles/profiles.service.js';
import { buildScorecard, compareFacilities, rankFacilities, type RequirementProfile } from '../scoring/index.js';
import { ComparisonDto, ComparisonQuery } from './dto/comparison.dto.js';
import { CreateRankingDto, MAX_RANKED_FACILITIES, RankingDto } from './dto/ranking.dto.js';
import { ScorecardDto } from './dto/scorecard.dto.js';
import { ScoringInputsService } from './scoring-inputs.service.js';
import { ApiKeyAuth } from '../auth/api-key-access.decorator.js';
import { Roles } from '../auth/roles.decorator.js';

export const DEFAULT_PROFILE_ID = 'balanced';
/** The ConcurrencyLimit rankings run under (DCSCORE_RANKING_CONCURRENCY, DCSCORE_RANKING_QUEUE). */
export const RANKING_LIMIT = Symbol('RANKING_LIMIT');

export class ScorecardQuery {
  @ApiPropertyOptional({ example: 'high-availability', maxLength: 100, description: 'A preset or saved profile; default `balanced`' })
  @IsOptional() @IsString() @MaxLength(100)
  profileId?: string;
}

/** Thin HTTP layer: load inputs, call the scoring core, return its output unchanged. */
@ApiKeyAuth()
@ApiTags('scoring')
@Controller()
export class ScorecardsController {
  constructor(
    private readonly inputs: ScoringInputsService,
    private readonly profiles: ProfilesService,
    @Inject(RANKING_LIMIT) private readonly rankings: ConcurrencyLimit,
  ) {}

  @Get('facilities/:id/scorecard')
  @ApiOperation({
    operationId: 'getFacilityScorecard',
    summary: 'Score a facility against a profile, point by point',
    description:
      'Every category score is 100 plus the (negative) impacts of its findings; unknown fields cost points and lower ' +
      '`confidence`. Includes eligibility against the profile\'s hard requirements, a derived tier estimate, warnings ' +
      '(stale data, expiring reports) and the monthly cost estimate for the profile\'s footprint.',
  })
  @ApiJson(200, ScorecardDto, 'The scorecard')
  @ApiProblems(400, 404)
  async scorecard(@Param('id', UuidParamPipe) id: string, @Query() query: ScorecardQuery): Promise<ScorecardDto> {
    const profile = await this.profiles.resolve(query.profileId ?? DEFAULT_PROFILE_ID);
    const [entry] = await this.inputs.byIds([id], 'id');
    return buildScorecard(entry.facility, entry.reports, profile, new Date());
  }

  @Post('rankings')
  // Computes and changes nothing: a read, open to `reader` keys (and anonymous callers with public read).
  @Roles('reader')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'createRanking',
    summary: 'Rank facilities against a profile',
    description:
      'Eligible facilities first, then ineligible ones with their unmet requirements; each group by overall score ' +
      'descending, then name, then id. `topTwo` shows the margin between the first two and where the winner wins and ' +
      `loses (where one could compromise). Up to ${MAX_RANKED_FACILITIES} facilities per request. An instance computes a ` +
      'few rankings at once and queues a few more; beyond that it answers 503 with Retry-After.',
  })
  @ApiJson(200, RankingDto, 'The ranking')
  @ApiProblems(400, 404, 413, 415, 503)
  async rank(@Body() dto: CreateRankingDto, @Req() request: FastifyRequest): Promise<RankingDto> {
    if (dto.facilityIds && dto.filter) {
      throw new ValidationProblem([{ field: 'filter', message: 'send either facilityIds or filter, not both' }]);
    }
    const profile = await this.profileFor(dto);
    return this.rankings.run(async () => {
      const entries = dto.facilityIds
        ? await this.inputs.byIds(dto.facilityIds)
        : await this.inputs.byFilter(dto.filter ?? {}, MAX_RANKED_FACILITIES);
      const ranking = rankFacilities(entries, profile, new Date(), { includeFindings: dto.includeFindings ?? false });
      return { ...ranking, total: ranking.items.length };
    }, () => request.raw.socket?.destroyed === true);
  }

  @Get('comparisons')
  @ApiOperation({
    operationId: 'compareFacilities',
    summary: 'Compare facilities side by side',
    description: 'Scorecards in the order asked for, category scores side by side, and the key attributes that differ.',
  })
  @ApiJson(200, ComparisonDto, 'The comparison')
  @ApiProblems(400, 404)
  async compare(@Query() query: ComparisonQuery): Promise<ComparisonDto> {
    const ids = query.facilityIds.split(',');
    if (new Set(ids.map((id) => id.toLowerCase())).size !== ids.length) {
      throw new ValidationProblem([{ field: 'facilityIds', message: 'facilityIds must not repeat an id' }]);
    }
    const profile = await this.profiles.resolve(query.profileId ?? DEFAULT_PROFILE_ID);
    const entries = await this.inputs.byIds(ids);
    return compareFacilities(entries, profile, new Date());
  }

  private async profileFor(dto: CreateRankingDto): Promise<RequirementProfile> {
    if (dto.profileId && dto.profile) {
      throw new ValidationProblem([{ field: 'profile', message: 'send either profileId or profile, not both' }]);
    }
    return dto.profile ? this.profiles.inline(dto.profile) : this.profiles.resolve(dto.profileId ?? DEFAULT_PROFILE_ID);
  }
}
