import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CampaignNotFound } from '@pb/domain';
import {
  assignmentProjection,
  campaignProjection,
  ReadModelStore,
  type AssignmentView,
  type CampaignView,
} from '@pb/projections';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { GetViewQuery } from '../application/get-view/get-view.query';
import { answer, CommandAnswer } from '../http/command-answer.dto';
import { Ctx } from '../http/command-headers';
import { FreshnessQuery } from '../http/freshness.dto';
import { uuidParam } from '../http/uuid-param';
import { ExecuteCampaignCommand, type CampaignRequest } from './campaign.command';
import {
  AmendCampaignRequest,
  AssignSocietyRequest,
  CloseCampaignRequest,
  DraftCampaignRequest,
  LaunchCampaignRequest,
  MoveAssignmentRequest,
  WithdrawAssignmentRequest,
} from './campaign.dto';
import { Allow } from '../auth/allow.decorator';
import { ApiCommandProblems, ApiGuarded, ApiReadProblems } from '../http/api-problems';

@ApiTags('campaigns 工作部署与联系学会')
@ApiGuarded()
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
  ) {}

  private async run(command: CampaignRequest, context: CommandContext, reply: FastifyReply) {
    return answer(reply, await this.commands.execute(new ExecuteCampaignCommand(command, context)));
  }

  @Post()
  @ApiCommandProblems({ conflict: 'CAMPAIGN.ALREADY_EXISTS' })
  @HttpCode(201)
  @ApiOperation({
    summary: '起草工作部署: draft a campaign (a directive with a period and targets)',
  })
  @ApiCreatedResponse({ type: CommandAnswer })
  async draft(
    @Body() body: DraftCampaignRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { id, ...rest } = body;
    const result = await this.run(
      { type: 'DraftCampaign', campaignId: id ?? randomUUID(), ...rest },
      context,
      reply,
    );
    void reply.header('Location', `/campaigns/${result.id}`);
    return result;
  }

  @Post(':id/amend')
  @ApiCommandProblems({ notFound: 'CAMPAIGN.NOT_FOUND', rule: 'CAMPAIGN.CLOSED' })
  @HttpCode(200)
  @ApiOperation({
    summary: '调整工作部署: amend title, end date or targets (a reason once launched)',
  })
  @ApiOkResponse({ type: CommandAnswer })
  amend(
    @Param('id', uuidParam()) id: string,
    @Body() body: AmendCampaignRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run({ type: 'AmendCampaign', campaignId: id, ...body }, context, reply);
  }

  @Post(':id/launch')
  @ApiCommandProblems({ notFound: 'CAMPAIGN.NOT_FOUND', rule: 'CAMPAIGN.NOT_DRAFT' })
  @HttpCode(200)
  @ApiOperation({ summary: '发布: launch a draft campaign, fixing its period and targets' })
  @ApiOkResponse({ type: CommandAnswer })
  launch(
    @Param('id', uuidParam()) id: string,
    @Body() body: LaunchCampaignRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run({ type: 'LaunchCampaign', campaignId: id, ...body }, context, reply);
  }

  @Post(':id/close')
  @ApiCommandProblems({ notFound: 'CAMPAIGN.NOT_FOUND', rule: 'CAMPAIGN.NOT_LAUNCHED' })
  @HttpCode(200)
  @ApiOperation({
    summary: '结束: close a launched campaign; it then takes no new lectures or tasks',
  })
  @ApiOkResponse({ type: CommandAnswer })
  close(
    @Param('id', uuidParam()) id: string,
    @Body() body: CloseCampaignRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run({ type: 'CloseCampaign', campaignId: id, reason: body.reason }, context, reply);
  }

  @Post(':id/assignments')
  @ApiCommandProblems({
    notFound: 'CAMPAIGN.NOT_FOUND, SOCIETY.NOT_FOUND or MEMBER.NOT_FOUND',
    conflict: 'ASSIGNMENT.ALREADY_ASSIGNED',
    rule: 'CAMPAIGN.CLOSED, SOCIETY.DEREGISTERED, MEMBER.RETIRED',
  })
  @HttpCode(201)
  @ApiOperation({
    summary:
      '分配联系学会: assign a society to a liaison; answers warnings when a liaison is outside 8 to 10 societies',
  })
  @ApiCreatedResponse({ type: CommandAnswer })
  assign(
    @Param('id', uuidParam()) id: string,
    @Body() body: AssignSocietyRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run(
      {
        type: 'AssignSociety',
        campaignId: id,
        societyId: body.societyId,
        liaisonId: body.liaisonId,
      },
      context,
      reply,
    );
  }

  @Post(':id/assignments/:societyId/move')
  @ApiCommandProblems({
    notFound: 'CAMPAIGN.NOT_FOUND, SOCIETY.NOT_FOUND or MEMBER.NOT_FOUND',
    rule: 'ASSIGNMENT.NOT_ASSIGNED, CAMPAIGN.CLOSED, SOCIETY.DEREGISTERED, MEMBER.RETIRED',
  })
  @HttpCode(200)
  @ApiOperation({ summary: '调整联系委员: move a society to another liaison, with a reason' })
  @ApiOkResponse({ type: CommandAnswer })
  move(
    @Param('id', uuidParam()) id: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Body() body: MoveAssignmentRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run(
      {
        type: 'MoveAssignment',
        campaignId: id,
        societyId,
        liaisonId: body.liaisonId,
        reason: body.reason,
      },
      context,
      reply,
    );
  }

  @Post(':id/assignments/:societyId/withdraw')
  @ApiCommandProblems({
    notFound: 'CAMPAIGN.NOT_FOUND',
    rule: 'ASSIGNMENT.NOT_ASSIGNED, CAMPAIGN.CLOSED',
  })
  @HttpCode(200)
  @ApiOperation({ summary: "撤销联系: withdraw a society's assignment, with a reason" })
  @ApiOkResponse({ type: CommandAnswer })
  withdraw(
    @Param('id', uuidParam()) id: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Body() body: WithdrawAssignmentRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run(
      { type: 'WithdrawAssignment', campaignId: id, societyId, reason: body.reason },
      context,
      reply,
    );
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get(':id')
  @ApiReadProblems('CAMPAIGN.NOT_FOUND')
  @ApiOperation({ summary: '工作部署详情: a campaign with its current assignment table' })
  async get(
    @Param('id', uuidParam()) id: string,
    @Query() freshness: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.queries.execute(
      new GetViewQuery<CampaignView>(
        campaignProjection.spec.name,
        id,
        () => new CampaignNotFound(id),
        freshness.minVersion ?? null,
      ),
    );
    const rows = await this.views.find<AssignmentView>(assignmentProjection.spec.name, {
      where: { campaignId: id, status: 'assigned' },
      limit: 10000,
    });
    void reply.header('ETag', `"${view.version}"`);
    const {
      campaignId,
      title,
      description,
      status,
      startsOn,
      endsOn,
      targets,
      launchedAt,
      closedAt,
      version,
      createdAt,
      updatedAt,
    } = view;
    return {
      id: campaignId,
      title,
      description,
      status,
      startsOn,
      endsOn,
      targets,
      launchedAt,
      closedAt,
      version,
      createdAt,
      updatedAt,
      assignments: rows.items.map((row) => ({
        societyId: row.societyId,
        liaisonId: row.liaisonId,
        assignedAt: row.assignedAt,
        moves: row.history.length,
      })),
    };
  }
}
