import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ServiceTaskAnswer } from './service-task.response.dto';
import { ServiceTaskNotFound } from '@pb/domain';
import { ReadModelStore, serviceTaskProjection, type ServiceTaskView } from '@pb/projections';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { GetViewQuery } from '../application/get-view/get-view.query';
import { CommandRoute } from '../http/command-route';
import { dispatch, dispatchCreation } from '../http/dispatch';
import { Ctx } from '../http/command-headers';
import { FreshnessQuery } from '../http/freshness.dto';
import { uuidParam } from '../http/uuid-param';
import { publicView, viewPage } from '../http/view';
import { ApiPage } from '../http/paging.dto';
import { ServiceTaskListQuery } from './service-task.query.dto';
import { AcceptServiceTaskCommand } from './accept-service-task/accept-service-task.command';
import { AcceptServiceTaskRequest } from './accept-service-task/accept-service-task.request.dto';
import { CancelServiceTaskCommand } from './cancel-service-task/cancel-service-task.command';
import { CompleteServiceTaskCommand } from './complete-service-task/complete-service-task.command';
import { CompleteServiceTaskRequest } from './complete-service-task/complete-service-task.request.dto';
import { EscalateServiceTaskCommand } from './escalate-service-task/escalate-service-task.command';
import { EvaluateServiceTaskCommand } from './evaluate-service-task/evaluate-service-task.command';
import { EvaluateServiceTaskRequest } from './evaluate-service-task/evaluate-service-task.request.dto';
import { ProposeServiceTaskCommand } from './propose-service-task/propose-service-task.command';
import { ProposeServiceTaskRequest } from './propose-service-task/propose-service-task.request.dto';
import { RecordServiceTaskProgressCommand } from './record-service-task-progress/record-service-task-progress.command';
import { ProgressRequest } from './record-service-task-progress/record-service-task-progress.request.dto';
import { TaskReasonRequest } from './service-task.request.dto';
import { Access, Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import { RequestInvalid } from '../http/request-invalid';
import type { Principal } from '../auth/principal';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';

@ApiTags('service-tasks 我为群众办实事')
@ApiGuarded()
@Controller('service-tasks')
export class ServiceTasksController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly access: Access,
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
  ) {}

  @Allow('society')
  @CommandRoute({
    summary: '提出需求: propose a service task (the need, raised by the people)',
    notFound: 'SOCIETY.NOT_FOUND or CAMPAIGN.NOT_FOUND',
    conflict: 'SERVICE_TASK.ALREADY_EXISTS',
    rule: 'SOCIETY.DEREGISTERED, CAMPAIGN.CLOSED',
    creates: true,
  })
  async propose(
    @Caller() caller: Principal,
    @Body() body: ProposeServiceTaskRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    this.access.societyOnly(caller, body.societyId);
    const { id, ...rest } = body;
    return dispatchCreation(
      this.commands,
      reply,
      new ProposeServiceTaskCommand({ taskId: id ?? randomUUID(), ...rest }, context),
      '/service-tasks',
    );
  }

  @Allow('society')
  @CommandRoute(':id/accept', {
    summary:
      "承接: the society's party organisation accepts the task with a due date and an urgency",
    notFound: 'SERVICE_TASK.NOT_FOUND',
    rule: 'SERVICE_TASK.NOT_PROPOSED',
  })
  async accept(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: AcceptServiceTaskRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.task(caller, id, false);
    return dispatch(
      this.commands,
      reply,
      new AcceptServiceTaskCommand({ taskId: id, ...body }, context),
    );
  }

  @Allow('society')
  @CommandRoute(':id/progress', {
    summary: '记录进展: record progress (过程由群众监督)',
    notFound: 'SERVICE_TASK.NOT_FOUND',
    rule: 'SERVICE_TASK.NOT_IN_PROGRESS',
  })
  async progress(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: ProgressRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.task(caller, id, false);
    return dispatch(
      this.commands,
      reply,
      new RecordServiceTaskProgressCommand({ taskId: id, note: body.note }, context),
    );
  }

  @Allow('society')
  @CommandRoute(':id/complete', {
    summary: '办结: complete with the outcome and the number of beneficiaries',
    notFound: 'SERVICE_TASK.NOT_FOUND',
    rule: 'SERVICE_TASK.NOT_IN_PROGRESS',
  })
  async complete(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: CompleteServiceTaskRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.task(caller, id, false);
    return dispatch(
      this.commands,
      reply,
      new CompleteServiceTaskCommand({ taskId: id, ...body }, context),
    );
  }

  @Allow('society')
  @CommandRoute(':id/evaluation', {
    summary: "群众评价: the people's rating, 1 to 5; below 3 reopens the task (退回重办)",
    notFound: 'SERVICE_TASK.NOT_FOUND',
    rule: 'SERVICE_TASK.NOT_COMPLETED',
  })
  async evaluate(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: EvaluateServiceTaskRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.task(caller, id, false);
    return dispatch(
      this.commands,
      reply,
      new EvaluateServiceTaskCommand({ taskId: id, ...body }, context),
    );
  }

  @Allow('society')
  @CommandRoute(':id/cancel', {
    summary: '取消: cancel a proposed or ongoing task, with a reason',
    notFound: 'SERVICE_TASK.NOT_FOUND',
    rule: 'SERVICE_TASK.NOT_OPEN',
  })
  async cancel(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: TaskReasonRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.task(caller, id, false);
    return dispatch(
      this.commands,
      reply,
      new CancelServiceTaskCommand({ taskId: id, reason: body.reason }, context),
    );
  }

  @CommandRoute(':id/escalate', {
    summary:
      '挂牌督办: the committee escalates a lagging task; it lasts until completed or cancelled',
    notFound: 'SERVICE_TASK.NOT_FOUND',
    rule: 'SERVICE_TASK.NOT_OPEN',
  })
  async escalate(
    @Param('id', uuidParam()) id: string,
    @Body() body: TaskReasonRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new EscalateServiceTaskCommand({ taskId: id, reason: body.reason }, context),
    );
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get()
  @ApiReadProblems()
  @ApiOperation({
    summary:
      '办实事列表: service tasks filtered by campaign, society and state; a society reads its own, a liaison those of a society assigned to them',
  })
  @ApiPage(ServiceTaskAnswer)
  async list(@Caller() caller: Principal, @Query() query: ServiceTaskListQuery) {
    const societyId = await this.access.societyList(caller, query.societyId);
    if (caller.role === 'liaison' && !societyId)
      throw new RequestInvalid([
        { field: 'societyId', rule: 'isDefined', message: 'a liaison names a society of theirs' },
      ]);
    return viewPage<ServiceTaskView>(
      this.views,
      serviceTaskProjection.spec.name,
      { societyId, campaignId: query.campaignId, status: query.status },
      query,
      'taskId',
    );
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get(':id')
  @ApiReadProblems('SERVICE_TASK.NOT_FOUND')
  @ApiOperation({ summary: '办实事详情: one service task' })
  @ApiOkResponse({ type: ServiceTaskAnswer })
  async get(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() freshness: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.task(caller, id, true);
    const view = await this.queries.execute(
      new GetViewQuery<ServiceTaskView>(
        serviceTaskProjection.spec.name,
        id,
        () => new ServiceTaskNotFound(id),
        freshness.minVersion ?? null,
      ),
    );
    void reply.header('ETag', `"${view.version}"`);
    return publicView(view, 'taskId');
  }
}
