import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MemberNotFound } from '@pb/domain';
import { memberProjection, type MemberView } from '@pb/projections';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { GetViewQuery } from '../application/get-view/get-view.query';
import { answer, CommandAnswer } from '../http/command-answer.dto';
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
import { ApiCommandProblems, ApiGuarded, ApiReadProblems } from '../http/api-problems';

@ApiTags('members 委员与宣讲专家')
@ApiGuarded()
@Controller('members')
export class MembersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly access: Access,
  ) {}

  @Post()
  @ApiCommandProblems({ conflict: 'MEMBER.ALREADY_REGISTERED' })
  @HttpCode(201)
  @ApiOperation({ summary: '登记委员或宣讲专家: register a committee member or a lecture expert' })
  @ApiCreatedResponse({ type: CommandAnswer })
  async register(
    @Body() body: RegisterMemberRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const memberId = body.id ?? randomUUID();
    const outcome = await this.commands.execute(
      new RegisterMemberCommand(
        {
          memberId,
          name: body.name,
          position: body.position,
          organisation: body.organisation,
        },
        context,
      ),
    );
    void reply.header('Location', `/members/${outcome.id}`);
    return answer(reply, outcome);
  }

  @Post(':id/role')
  @ApiCommandProblems({ notFound: 'MEMBER.NOT_FOUND', rule: 'MEMBER.RETIRED' })
  @HttpCode(200)
  @ApiOperation({ summary: "变更职务: change a member's position" })
  @ApiOkResponse({ type: CommandAnswer })
  async changePosition(
    @Param('id', uuidParam()) id: string,
    @Body() body: ChangeMemberPositionRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return answer(
      reply,
      await this.commands.execute(
        new ChangeMemberPositionCommand({ memberId: id, ...body }, context),
      ),
    );
  }

  @Post(':id/retire')
  @ApiCommandProblems({ notFound: 'MEMBER.NOT_FOUND', rule: 'MEMBER.RETIRED' })
  @HttpCode(200)
  @ApiOperation({ summary: '委员离任: retire a member; a retired member gets no new assignment' })
  @ApiOkResponse({ type: CommandAnswer })
  async retire(
    @Param('id', uuidParam()) id: string,
    @Body() body: RetireMemberRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return answer(
      reply,
      await this.commands.execute(
        new RetireMemberCommand({ memberId: id, reason: body.reason }, context),
      ),
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
