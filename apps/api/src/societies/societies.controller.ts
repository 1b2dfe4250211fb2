import { Body, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SocietyNotFound } from '@pb/domain';
import { societyProjection, type SocietyView } from '@pb/projections';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { creationId } from '../application/derived-id';
import { CommandRoute } from '../http/command-route';
import { dispatch, dispatchCreation } from '../http/dispatch';
import { Ctx } from '../http/command-headers';
import { GetViewQuery } from '../application/get-view/get-view.query';
import { FreshnessQuery } from '../http/freshness.dto';
import { uuidParam } from '../http/uuid-param';
import { DeregisterSocietyCommand } from './deregister-society/deregister-society.command';
import { DeregisterSocietyRequest } from './deregister-society/deregister-society.request.dto';
import { RecordPartyOrganisationCommand } from './record-party-organisation/record-party-organisation.command';
import {
  RecordPartyOrganisationRequest,
  seatOf,
} from './record-party-organisation/record-party-organisation.request.dto';
import { RegisterSocietyCommand } from './register-society/register-society.command';
import { RegisterSocietyRequest } from './register-society/register-society.request.dto';
import { RenameSocietyCommand } from './rename-society/rename-society.command';
import { RenameSocietyRequest } from './rename-society/rename-society.request.dto';
import { RecallPartyBuildingInstructorCommand } from './recall-party-building-instructor/recall-party-building-instructor.command';
import { RecallPartyBuildingInstructorRequest } from './recall-party-building-instructor/recall-party-building-instructor.request.dto';
import { SendPartyBuildingInstructorCommand } from './send-party-building-instructor/send-party-building-instructor.command';
import { SendPartyBuildingInstructorRequest } from './send-party-building-instructor/send-party-building-instructor.request.dto';
import { SocietyResponse } from './society.response.dto';
import { Access, Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import type { Principal } from '../auth/principal';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';

const uuid = uuidParam();

@ApiTags('societies 学会')
@ApiGuarded()
@Controller('societies')
export class SocietiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly access: Access,
  ) {}

  @Allow('scope:societies:write')
  @CommandRoute({
    summary: '登记学会: register a society',
    conflict: 'SOCIETY.ALREADY_REGISTERED, SOCIETY.NAME_TAKEN or SOCIETY.CREDIT_CODE_TAKEN',
    creates: true,
  })
  async register(
    @Body() body: RegisterSocietyRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { id, name, kind, creditCode, shortName } = body;
    return dispatchCreation(
      this.commands,
      reply,
      new RegisterSocietyCommand(
        { societyId: id ?? creationId('society', context), name, kind, creditCode, shortName },
        context,
      ),
      '/societies',
    );
  }

  @Allow('scope:societies:write')
  @CommandRoute(':id/rename', {
    summary: '学会更名: rename a society',
    notFound: 'SOCIETY.NOT_FOUND',
    conflict: 'SOCIETY.NAME_TAKEN',
    rule: 'SOCIETY.DEREGISTERED',
  })
  async rename(
    @Param('id', uuid) id: string,
    @Body() body: RenameSocietyRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new RenameSocietyCommand({ societyId: id, ...body }, context),
    );
  }

  @Allow('society', 'scope:societies:write')
  @CommandRoute(':id/party-organisation', {
    summary: "记录学会党组织: record the society's party organisation",
    notFound: 'SOCIETY.NOT_FOUND',
    rule: 'SOCIETY.DEREGISTERED',
  })
  async recordPartyOrganisation(
    @Caller() caller: Principal,
    @Param('id', uuid) id: string,
    @Body() body: RecordPartyOrganisationRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    this.access.societyOnly(caller, id);
    return dispatch(
      this.commands,
      reply,
      new RecordPartyOrganisationCommand({ societyId: id, ...body, seat: seatOf(body) }, context),
    );
  }

  @Allow()
  @CommandRoute(':id/instructor', {
    summary: '派驻党建指导员: send a party-building instructor in; one at a time',
    notFound: 'SOCIETY.NOT_FOUND',
    conflict: 'SOCIETY.INSTRUCTOR_IN_POST',
    rule: 'SOCIETY.DEREGISTERED or SOCIETY.SENT_BEFORE_RECALL',
  })
  async sendInstructor(
    @Param('id', uuid) id: string,
    @Body() body: SendPartyBuildingInstructorRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new SendPartyBuildingInstructorCommand({ societyId: id, ...body }, context),
    );
  }

  @Allow()
  @CommandRoute(':id/instructor/recall', {
    summary: '召回党建指导员: recall the instructor in post, on a day and with a reason',
    notFound: 'SOCIETY.NOT_FOUND',
    rule: 'SOCIETY.NO_INSTRUCTOR, SOCIETY.RECALL_BEFORE_SENT or SOCIETY.DEREGISTERED',
  })
  async recallInstructor(
    @Param('id', uuid) id: string,
    @Body() body: RecallPartyBuildingInstructorRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new RecallPartyBuildingInstructorCommand({ societyId: id, ...body }, context),
    );
  }

  @Allow('scope:societies:write')
  @CommandRoute(':id/deregister', {
    summary: '学会注销: deregister a society',
    notFound: 'SOCIETY.NOT_FOUND',
    rule: 'SOCIETY.DEREGISTERED',
  })
  async deregister(
    @Param('id', uuid) id: string,
    @Body() body: DeregisterSocietyRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new DeregisterSocietyCommand({ societyId: id, ...body }, context),
    );
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get(':id')
  @ApiReadProblems('SOCIETY.NOT_FOUND')
  @ApiOperation({ summary: '学会详情: one society as the read model has it' })
  @ApiOkResponse({ type: SocietyResponse })
  async get(
    @Caller() caller: Principal,
    @Param('id', uuid) id: string,
    @Query() freshness: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.society(caller, id);
    const view = await this.queries.execute(
      new GetViewQuery<SocietyView>(
        societyProjection.spec.name,
        id,
        () => new SocietyNotFound(id),
        freshness.minVersion ?? null,
      ),
    );
    void reply.header('ETag', `"${view.version}"`);
    return SocietyResponse.of(view);
  }
}
