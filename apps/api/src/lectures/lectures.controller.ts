import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LectureNotFound } from '@pb/domain';
import { lectureProjection, type LectureView } from '@pb/projections';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { GetViewQuery } from '../application/get-view/get-view.query';
import { answer, CommandAnswer } from '../http/command-answer.dto';
import { Ctx } from '../http/command-headers';
import { FreshnessQuery } from '../http/freshness.dto';
import { uuidParam } from '../http/uuid-param';
import { publicView } from '../http/view';
import { CancelLectureCommand } from './cancel-lecture/cancel-lecture.command';
import { ConfirmLectureCommand } from './confirm-lecture/confirm-lecture.command';
import { DeliveryRequest, ReasonRequest } from './lecture.request.dto';
import { RecordLectureDeliveryCommand } from './record-lecture-delivery/record-lecture-delivery.command';
import { RescheduleLectureCommand } from './reschedule-lecture/reschedule-lecture.command';
import { RescheduleLectureRequest } from './reschedule-lecture/reschedule-lecture.request.dto';
import { ReturnLectureCommand } from './return-lecture/return-lecture.command';
import { ReviseLectureDeliveryCommand } from './revise-lecture-delivery/revise-lecture-delivery.command';
import { ScheduleLectureCommand } from './schedule-lecture/schedule-lecture.command';
import { ScheduleLectureRequest } from './schedule-lecture/schedule-lecture.request.dto';
import { Access, Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import type { Principal } from '../auth/principal';
import { ApiCommandProblems, ApiGuarded, ApiReadProblems } from '../http/api-problems';

@ApiTags('lectures 宣讲')
@ApiGuarded()
@Controller('lectures')
export class LecturesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly access: Access,
  ) {}

  @Allow('liaison')
  @Post()
  @ApiCommandProblems({
    notFound: 'CAMPAIGN.NOT_FOUND or MEMBER.NOT_FOUND',
    conflict: 'LECTURE.ALREADY_EXISTS',
    rule: 'LECTURE.SOCIETY_NOT_ASSIGNED, LECTURE.LECTURER_NOT_ALLOWED, CAMPAIGN.CLOSED, MEMBER.RETIRED',
  })
  @HttpCode(201)
  @ApiOperation({ summary: '安排宣讲: schedule a lecture in an assigned society' })
  @ApiCreatedResponse({ type: CommandAnswer })
  async schedule(
    @Caller() caller: Principal,
    @Body() body: ScheduleLectureRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.scheduling(caller, body.societyId, body.lecturerId);
    const { id, ...rest } = body;
    const result = answer(
      reply,
      await this.commands.execute(
        new ScheduleLectureCommand({ lectureId: id ?? randomUUID(), ...rest }, context),
      ),
    );
    void reply.header('Location', `/lectures/${result.id}`);
    return result;
  }

  @Allow('liaison')
  @Post(':id/reschedule')
  @ApiCommandProblems({ notFound: 'LECTURE.NOT_FOUND', rule: 'LECTURE.NOT_SCHEDULED' })
  @HttpCode(200)
  @ApiOperation({ summary: '改期: reschedule; the lecture stays scheduled and keeps its history' })
  @ApiOkResponse({ type: CommandAnswer })
  async reschedule(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: RescheduleLectureRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lecture(caller, id, 'lecturer');
    return answer(
      reply,
      await this.commands.execute(
        new RescheduleLectureCommand({ lectureId: id, ...body }, context),
      ),
    );
  }

  @Allow('liaison')
  @Post(':id/cancel')
  @ApiCommandProblems({ notFound: 'LECTURE.NOT_FOUND', rule: 'LECTURE.NOT_SCHEDULED' })
  @HttpCode(200)
  @ApiOperation({ summary: '取消宣讲: cancel a scheduled lecture, with a reason' })
  @ApiOkResponse({ type: CommandAnswer })
  async cancel(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: ReasonRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lecture(caller, id, 'lecturer');
    return answer(
      reply,
      await this.commands.execute(
        new CancelLectureCommand({ lectureId: id, reason: body.reason }, context),
      ),
    );
  }

  @Allow('liaison')
  @Post(':id/delivery')
  @ApiCommandProblems({ notFound: 'LECTURE.NOT_FOUND', rule: 'LECTURE.NOT_SCHEDULED' })
  @HttpCode(200)
  @ApiOperation({
    summary: '记录宣讲情况: record the delivery (date, audience, summary, evidence)',
  })
  @ApiOkResponse({ type: CommandAnswer })
  async deliver(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: DeliveryRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lecture(caller, id, 'lecturer');
    return answer(
      reply,
      await this.commands.execute(
        new RecordLectureDeliveryCommand({ lectureId: id, ...body }, context),
      ),
    );
  }

  @Allow('society')
  @Post(':id/return')
  @ApiCommandProblems({ notFound: 'LECTURE.NOT_FOUND', rule: 'LECTURE.NOT_DELIVERED' })
  @HttpCode(200)
  @ApiOperation({
    summary: "退回补充: the society's party secretary returns the record for more detail",
  })
  @ApiOkResponse({ type: CommandAnswer })
  async giveBack(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: ReasonRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lecture(caller, id, 'secretary');
    return answer(
      reply,
      await this.commands.execute(
        new ReturnLectureCommand({ lectureId: id, reason: body.reason }, context),
      ),
    );
  }

  @Allow('liaison')
  @Post(':id/revise')
  @ApiCommandProblems({ notFound: 'LECTURE.NOT_FOUND', rule: 'LECTURE.NOT_DELIVERED' })
  @HttpCode(200)
  @ApiOperation({
    summary: '修改宣讲记录: revise the record; the figures replace the earlier ones',
  })
  @ApiOkResponse({ type: CommandAnswer })
  async revise(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: DeliveryRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lecture(caller, id, 'lecturer');
    return answer(
      reply,
      await this.commands.execute(
        new ReviseLectureDeliveryCommand({ lectureId: id, ...body }, context),
      ),
    );
  }

  @Allow('society')
  @Post(':id/confirm')
  @ApiCommandProblems({
    notFound: 'LECTURE.NOT_FOUND',
    rule: 'LECTURE.NOT_DELIVERED, LECTURE.RETURNED',
    body: false,
  })
  @HttpCode(200)
  @ApiOperation({ summary: "确认: the society's party secretary confirms the record" })
  @ApiOkResponse({ type: CommandAnswer })
  async confirm(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lecture(caller, id, 'secretary');
    return answer(
      reply,
      await this.commands.execute(new ConfirmLectureCommand({ lectureId: id }, context)),
    );
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get(':id')
  @ApiReadProblems('LECTURE.NOT_FOUND')
  @ApiOperation({ summary: '宣讲详情: one lecture' })
  async get(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Query() freshness: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lecture(caller, id, 'reader');
    const view = await this.queries.execute(
      new GetViewQuery<LectureView>(
        lectureProjection.spec.name,
        id,
        () => new LectureNotFound(id),
        freshness.minVersion ?? null,
      ),
    );
    void reply.header('ETag', `"${view.version}"`);
    return publicView(view, 'lectureId');
  }
}
