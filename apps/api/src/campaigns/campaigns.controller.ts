import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CampaignAnswer } from './campaign.response.dto';
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
import { CommandRoute } from '../http/command-route';
import { dispatch, dispatchCreation } from '../http/dispatch';
import { Ctx } from '../http/command-headers';
import { FreshnessQuery } from '../http/freshness.dto';
import { uuidParam } from '../http/uuid-param';
import { AmendCampaignCommand } from './amend-campaign/amend-campaign.command';
import { AmendCampaignRequest } from './amend-campaign/amend-campaign.request.dto';
import { AssignSocietyCommand } from './assign-society/assign-society.command';
import { AssignSocietyRequest } from './assign-society/assign-society.request.dto';
import { CloseCampaignCommand } from './close-campaign/close-campaign.command';
import { CloseCampaignRequest } from './close-campaign/close-campaign.request.dto';
import { DraftCampaignCommand } from './draft-campaign/draft-campaign.command';
import { DraftCampaignRequest } from './draft-campaign/draft-campaign.request.dto';
import { LaunchCampaignCommand } from './launch-campaign/launch-campaign.command';
import { LaunchCampaignRequest } from './launch-campaign/launch-campaign.request.dto';
import { MoveAssignmentCommand } from './move-assignment/move-assignment.command';
import { MoveAssignmentRequest } from './move-assignment/move-assignment.request.dto';
import { WithdrawAssignmentCommand } from './withdraw-assignment/withdraw-assignment.command';
import { WithdrawAssignmentRequest } from './withdraw-assignment/withdraw-assignment.request.dto';
import { Allow } from '../auth/allow.decorator';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';

@ApiTags('campaigns 工作部署与联系学会')
@ApiGuarded()
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
  ) {}

  @CommandRoute({
    summary: '起草工作部署: draft a campaign (a directive with a period and targets)',
    conflict: 'CAMPAIGN.ALREADY_EXISTS',
    creates: true,
  })
  async draft(
    @Body() body: DraftCampaignRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { id, ...rest } = body;
    return dispatchCreation(
      this.commands,
      reply,
      new DraftCampaignCommand({ campaignId: id ?? randomUUID(), ...rest }, context),
      '/campaigns',
    );
  }

  @CommandRoute(':id/amend', {
    summary: '调整工作部署: amend title, end date or targets (a reason once launched)',
    notFound: 'CAMPAIGN.NOT_FOUND',
    rule: 'CAMPAIGN.CLOSED',
  })
  async amend(
    @Param('id', uuidParam()) id: string,
    @Body() body: AmendCampaignRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new AmendCampaignCommand({ campaignId: id, ...body }, context),
    );
  }

  @CommandRoute(':id/launch', {
    summary: '发布: launch a draft campaign, fixing its period and targets',
    notFound: 'CAMPAIGN.NOT_FOUND',
    rule: 'CAMPAIGN.NOT_DRAFT',
  })
  async launch(
    @Param('id', uuidParam()) id: string,
    @Body() body: LaunchCampaignRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new LaunchCampaignCommand({ campaignId: id, ...body }, context),
    );
  }

  @CommandRoute(':id/close', {
    summary: '结束: close a launched campaign; it then takes no new lectures or tasks',
    notFound: 'CAMPAIGN.NOT_FOUND',
    rule: 'CAMPAIGN.NOT_LAUNCHED',
  })
  async close(
    @Param('id', uuidParam()) id: string,
    @Body() body: CloseCampaignRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new CloseCampaignCommand({ campaignId: id, reason: body.reason }, context),
    );
  }

  @CommandRoute(':id/assignments', {
    summary:
      '分配联系学会: assign a society to a liaison; answers warnings when a liaison is outside 8 to 10 societies',
    notFound: 'CAMPAIGN.NOT_FOUND, SOCIETY.NOT_FOUND or MEMBER.NOT_FOUND',
    conflict: 'ASSIGNMENT.ALREADY_ASSIGNED',
    rule: 'CAMPAIGN.CLOSED, SOCIETY.DEREGISTERED, MEMBER.RETIRED',
    creates: true,
  })
  async assign(
    @Param('id', uuidParam()) id: string,
    @Body() body: AssignSocietyRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new AssignSocietyCommand(
        { campaignId: id, societyId: body.societyId, liaisonId: body.liaisonId },
        context,
      ),
    );
  }

  @CommandRoute(':id/assignments/:societyId/move', {
    summary: '调整联系委员: move a society to another liaison, with a reason',
    notFound: 'CAMPAIGN.NOT_FOUND, SOCIETY.NOT_FOUND or MEMBER.NOT_FOUND',
    rule: 'ASSIGNMENT.NOT_ASSIGNED, CAMPAIGN.CLOSED, SOCIETY.DEREGISTERED, MEMBER.RETIRED',
  })
  async move(
    @Param('id', uuidParam()) id: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Body() body: MoveAssignmentRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new MoveAssignmentCommand(
        { campaignId: id, societyId, liaisonId: body.liaisonId, reason: body.reason },
        context,
      ),
    );
  }

  @CommandRoute(':id/assignments/:societyId/withdraw', {
    summary: "撤销联系: withdraw a society's assignment, with a reason",
    notFound: 'CAMPAIGN.NOT_FOUND',
    rule: 'ASSIGNMENT.NOT_ASSIGNED, CAMPAIGN.CLOSED',
  })
  async withdraw(
    @Param('id', uuidParam()) id: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Body() body: WithdrawAssignmentRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new WithdrawAssignmentCommand({ campaignId: id, societyId, reason: body.reason }, context),
    );
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get(':id')
  @ApiReadProblems('CAMPAIGN.NOT_FOUND')
  @ApiOperation({ summary: '工作部署详情: a campaign with its current assignment table' })
  @ApiOkResponse({ type: CampaignAnswer })
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
      // A document projected before schema version 2 has none until the read models are rebuilt.
      issuedBy: view.issuedBy ?? null,
      issuedOn: view.issuedOn ?? null,
      documentNumber: view.documentNumber ?? null,
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
