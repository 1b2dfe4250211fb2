import { ApiYearParam, YearParam } from '../http/year-param';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import type { Principal } from '../auth/principal';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';
import { FreshnessQuery } from '../http/freshness.dto';
import { uuidParam } from '../http/uuid-param';
import { presentRecord, OrganisationalLifeReads } from './organisational-life.reads';
import { LifeRecordListQuery } from './organisational-life.query.dto';
import {
  LIFE_REQUIREMENTS_SCHEMAS,
  LifeRecordPage,
  LifeRecordResponse,
  LifeRequirementsResponse,
  VitalityWeightsResponse,
} from './organisational-life.response.dto';

/** The answer, its version as the ETag. */
function tagged<T extends { version: number }>(reply: FastifyReply, answer: T): T {
  void reply.header('ETag', `"${answer.version}"`);
  return answer;
}

const YEAR_INVALID = 'year is not a year from 2000 to 2100';

@ApiTags('organisational-life 组织生活')
@ApiGuarded()
@ApiExtraModels(...LIFE_REQUIREMENTS_SCHEMAS)
@Controller()
export class OrganisationalLifeReadsController {
  constructor(private readonly reads: OrganisationalLifeReads) {}

  @Allow('auditor', 'society')
  @Get('organisational-life/:id')
  @ApiReadProblems('ORGANISATIONAL_LIFE.NOT_FOUND')
  @ApiOperation({
    summary:
      '组织生活记录: one record as last corrected, its status and every change with its reason',
  })
  @ApiOkResponse({ type: LifeRecordResponse })
  async get(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() freshness: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return presentRecord(
      tagged(reply, await this.reads.record(caller, id, freshness.minVersion ?? null)),
    );
  }

  @Allow('auditor', 'society')
  @Get('organisational-life')
  @ApiReadProblems()
  @ApiOperation({
    summary:
      '组织生活记录列表: records by society, year and quarter held, kind and withdrawal, by date held, with a cursor',
  })
  @ApiOkResponse({ type: LifeRecordPage })
  async list(@Caller() caller: Principal, @Query() query: LifeRecordListQuery) {
    return this.reads.list(caller, query);
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get('life-requirements/:year')
  @ApiReadProblems()
  @ApiOperation({
    summary: `组织生活要求: the requirement table in force for a year, the default when none was set (${YEAR_INVALID}: 400)`,
  })
  @ApiOkResponse({ type: LifeRequirementsResponse })
  @ApiYearParam('年度')
  async lifeRequirements(
    @Param('year', YearParam) year: number,
    @Query() freshness: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return tagged(reply, await this.reads.lifeRequirements(year, freshness.minVersion ?? null));
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get('vitality-weights/:year')
  @ApiReadProblems()
  @ApiOperation({
    summary: `组织活力权重: the vitality weights in force for a year, the default when none were set (${YEAR_INVALID}: 400)`,
  })
  @ApiOkResponse({ type: VitalityWeightsResponse })
  @ApiYearParam('年度')
  async vitalityWeights(
    @Param('year', YearParam) year: number,
    @Query() freshness: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return tagged(reply, await this.reads.vitalityWeights(year, freshness.minVersion ?? null));
  }
}
