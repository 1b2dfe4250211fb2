import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MemberNotFound } from '@pb/domain';
import { memberProjection, type MemberView } from '@pb/projections';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { GetViewQuery } from '../application/get-view/get-view.query';
import { CommandRoute } from '../http/command-route';
import { dispatch, dispatchCreation } from '../http/dispatch';
import { Ctx } from '../http/command-headers';
import { FreshnessQuery } from '../http/freshness.dto';
import { uuidParam } from '../http/uuid-param';
import { ChangeMemberPositionCommand } from './change-member-position/change-member-position.command';
import { ChangeMemberPositionRequest } from './change-member-position/change-member-position.request.dto';
import { MemberResponse } from './member.response.dto';
import { RegisterMemberCommand } from './register-member/register-member.command';
import { RegisterMemberRequest } from './register-member/register-member.request.dto';
import { RetireMemberCommand } from './retire-member/retire-member.command';
import { RetireMemberRequest } from './retire-member/retire-member.request.dto';
import { Access, Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import type { Principal } from '../auth/principal';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';

@ApiTags('members 委员与宣讲专家')
@ApiGuarded()
@Controller('members')
export class MembersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly access: Access,
  ) {}

  @CommandRoute({
    summary: '登记委员或宣讲专家: register a committee member or a lecture expert',
    conflict: 'MEMBER.ALREADY_REGISTERED',
    creates: true,
  })
  async register(
    @Body() body: RegisterMemberRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { id, name, position, organisation } = body;
    return dispatchCreation(
      this.commands,
      reply,
      new RegisterMemberCommand(
        { memberId: id ?? randomUUID(), name, position, organisation },
        context,
      ),
      '/members',
    );
  }

  @CommandRoute(':id/role', {
    summary: "变更职务: change a member's position",
    notFound: 'MEMBER.NOT_FOUND',
    rule: 'MEMBER.RETIRED',
  })
  async changePosition(
    @Param('id', uuidParam()) id: string,
    @Body() body: ChangeMemberPositionRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new ChangeMemberPositionCommand({ memberId: id, ...body }, context),
    );
  }

  @CommandRoute(':id/retire', {
    summary: '委员离任: retire a member; a retired member gets no new assignment',
    notFound: 'MEMBER.NOT_FOUND',
    rule: 'MEMBER.RETIRED',
  })
  async retire(
    @Param('id', uuidParam()) id: string,
    @Body() body: RetireMemberRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new RetireMemberCommand({ memberId: id, reason: body.reason }, context),
    );
  }

  @Allow('auditor', 'liaison', 'scope:reports:read')
  @Get(':id')
  @ApiReadProblems('MEMBER.NOT_FOUND')
  @ApiOperation({ summary: '委员详情: one member' })
  @ApiOkResponse({ type: MemberResponse })
  async get(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() freshness: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    this.access.member(caller, id);
    const view = await this.queries.execute(
      new GetViewQuery<MemberView>(
        memberProjection.spec.name,
        id,
        () => new MemberNotFound(id),
        freshness.minVersion ?? null,
      ),
    );
    void reply.header('ETag', `"${view.version}"`);
    return MemberResponse.of(view);
  }
}
