import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { EvidenceFiles } from '../files/evidence-files';
import { Access, Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import type { Principal } from '../auth/principal';
import { ApiGuarded } from '../http/api-problems';
import { Ctx } from '../http/command-headers';
import { CommandRoute } from '../http/command-route';
import { dispatch, dispatchCreation } from '../http/dispatch';
import { uuidParam } from '../http/uuid-param';
import { CorrectOrganisationalLifeCommand } from './correct-organisational-life/correct-organisational-life.command';
import { CorrectOrganisationalLifeRequest } from './correct-organisational-life/correct-organisational-life.request.dto';
import { RecordOrganisationalLifeCommand } from './record-organisational-life/record-organisational-life.command';
import { RecordOrganisationalLifeRequest } from './record-organisational-life/record-organisational-life.request.dto';
import { WithdrawOrganisationalLifeCommand } from './withdraw-organisational-life/withdraw-organisational-life.command';
import { WithdrawOrganisationalLifeRequest } from './withdraw-organisational-life/withdraw-organisational-life.request.dto';

const uuid = uuidParam();

/** 三会一课 and 主题党日: a society's party organisation records its meetings, corrects or withdraws them. */
@ApiTags('organisational-life 组织生活')
@ApiGuarded()
@Controller()
export class OrganisationalLifeController {
  constructor(
    private readonly commands: CommandBus,
    private readonly access: Access,
    private readonly evidence: EvidenceFiles,
  ) {}

  @Allow('society')
  @CommandRoute('societies/:id/organisational-life', {
    summary: '记录组织生活: record a meeting the society’s party organisation held',
    notFound: 'SOCIETY.NOT_FOUND',
    conflict: 'ORGANISATIONAL_LIFE.ALREADY_EXISTS',
    rule: 'ORGANISATIONAL_LIFE.NO_PARTY_ORGANISATION, ORGANISATIONAL_LIFE.HELD_IN_FUTURE or SOCIETY.DEREGISTERED',
    creates: true,
  })
  async record(
    @Caller() caller: Principal,
    @Param('id', uuid) societyId: string,
    @Body() body: RecordOrganisationalLifeRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    this.access.societyOnly(caller, societyId);
    const { id, ...record } = body;
    const evidence = await this.evidence.resolve('evidence', body.evidence);
    return dispatchCreation(
      this.commands,
      reply,
      new RecordOrganisationalLifeCommand(
        { recordId: id ?? randomUUID(), societyId, ...record, evidence },
        context,
      ),
      '/organisational-life',
    );
  }

  @Allow('society')
  @CommandRoute('organisational-life/:id/correction', {
    summary: '更正组织生活记录: give every field again, with a reason',
    notFound: 'ORGANISATIONAL_LIFE.NOT_FOUND',
    rule: 'ORGANISATIONAL_LIFE.WITHDRAWN, ORGANISATIONAL_LIFE.HELD_IN_FUTURE or SOCIETY.DEREGISTERED',
  })
  async correct(
    @Caller() caller: Principal,
    @Param('id', uuid) recordId: string,
    @Body() body: CorrectOrganisationalLifeRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lifeRecord(caller, recordId);
    const evidence = await this.evidence.resolve('evidence', body.evidence);
    return dispatch(
      this.commands,
      reply,
      new CorrectOrganisationalLifeCommand({ recordId, ...body, evidence }, context),
    );
  }

  @Allow('society')
  @CommandRoute('organisational-life/:id/withdrawal', {
    summary: '撤回组织生活记录: it stays in the history and counts for nothing',
    notFound: 'ORGANISATIONAL_LIFE.NOT_FOUND',
    rule: 'ORGANISATIONAL_LIFE.WITHDRAWN',
  })
  async withdraw(
    @Caller() caller: Principal,
    @Param('id', uuid) recordId: string,
    @Body() body: WithdrawOrganisationalLifeRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lifeRecord(caller, recordId);
    return dispatch(
      this.commands,
      reply,
      new WithdrawOrganisationalLifeCommand({ recordId, reason: body.reason }, context),
    );
  }
}
