import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LectureAnswer } from './lecture.response.dto';
import { LectureNotFound } from '@pb/domain';
import { lectureProjection, ReadModelStore, type LectureView } from '@pb/projections';
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
import { LectureListQuery } from './lecture.query.dto';
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
import { EvidenceFiles } from '../files/evidence-files';
import { Access, Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import { Forbidden } from '../auth/auth-errors';
import type { Principal } from '../auth/principal';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';

@ApiTags('lectures 宣讲')
@ApiGuarded()
@Controller('lectures')
export class LecturesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly access: Access,
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    private readonly evidence: EvidenceFiles,
  ) {}

  @Allow('liaison')
  @CommandRoute({
    summary: '安排宣讲: schedule a lecture in an assigned society',
    notFound: 'CAMPAIGN.NOT_FOUND or MEMBER.NOT_FOUND',
    conflict: 'LECTURE.ALREADY_EXISTS',
    rule: 'LECTURE.SOCIETY_NOT_ASSIGNED, LECTURE.LECTURER_NOT_ALLOWED, CAMPAIGN.CLOSED, MEMBER.RETIRED',
    creates: true,
  })
  async schedule(
    @Caller() caller: Principal,
    @Body() body: ScheduleLectureRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.scheduling(caller, body.societyId, body.lecturerId);
    const { id, ...rest } = body;
    return dispatchCreation(
      this.commands,
      reply,
      new ScheduleLectureCommand({ lectureId: id ?? randomUUID(), ...rest }, context),
      '/lectures',
    );
  }

  @Allow('liaison')
  @CommandRoute(':id/reschedule', {
    summary: '改期: reschedule; the lecture stays scheduled and keeps its history',
    notFound: 'LECTURE.NOT_FOUND',
    rule: 'LECTURE.NOT_SCHEDULED',
  })
  async reschedule(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: RescheduleLectureRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lecture(caller, id, 'lecturer');
    return dispatch(
      this.commands,
      reply,
      new RescheduleLectureCommand({ lectureId: id, ...body }, context),
    );
  }

  @Allow('liaison')
  @CommandRoute(':id/cancel', {
    summary: '取消宣讲: cancel a scheduled lecture, with a reason',
    notFound: 'LECTURE.NOT_FOUND',
    rule: 'LECTURE.NOT_SCHEDULED',
  })
  async cancel(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: ReasonRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lecture(caller, id, 'lecturer');
    return dispatch(
      this.commands,
      reply,
      new CancelLectureCommand({ lectureId: id, reason: body.reason }, context),
    );
  }

  @Allow('liaison')
  @CommandRoute(':id/delivery', {
    summary: '记录宣讲情况: record the delivery (date, audience, summary, evidence)',
    notFound: 'LECTURE.NOT_FOUND',
    rule: 'LECTURE.NOT_SCHEDULED',
  })
  async deliver(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: DeliveryRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lecture(caller, id, 'lecturer');
    return dispatch(
      this.commands,
      reply,
      new RecordLectureDeliveryCommand({ lectureId: id, ...(await this.delivery(body)) }, context),
    );
  }

  @Allow('society')
  @CommandRoute(':id/return', {
    summary: "退回补充: the society's party secretary returns the record for more detail",
    notFound: 'LECTURE.NOT_FOUND',
    rule: 'LECTURE.NOT_DELIVERED',
  })
  async giveBack(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: ReasonRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lecture(caller, id, 'secretary');
    return dispatch(
      this.commands,
      reply,
      new ReturnLectureCommand({ lectureId: id, reason: body.reason }, context),
    );
  }

  @Allow('liaison')
  @CommandRoute(':id/revise', {
    summary: '修改宣讲记录: revise the record; the figures replace the earlier ones',
    notFound: 'LECTURE.NOT_FOUND',
    rule: 'LECTURE.NOT_DELIVERED',
  })
  async revise(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Body() body: DeliveryRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lecture(caller, id, 'lecturer');
    return dispatch(
      this.commands,
      reply,
      new ReviseLectureDeliveryCommand({ lectureId: id, ...(await this.delivery(body)) }, context),
    );
  }

  @Allow('society')
  @CommandRoute(':id/confirm', {
    summary: "确认: the society's party secretary confirms the record",
    notFound: 'LECTURE.NOT_FOUND',
    rule: 'LECTURE.NOT_DELIVERED, LECTURE.RETURNED',
    body: false,
  })
  async confirm(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) id: string,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.access.lecture(caller, id, 'secretary');
    return dispatch(this.commands, reply, new ConfirmLectureCommand({ lectureId: id }, context));
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get()
  @ApiReadProblems()
  @ApiOperation({
    summary:
      '宣讲列表: lectures filtered by campaign, society, lecturer and state; a liaison reads the lectures they give, or those of a society assigned to them; a society its own',
  })
  @ApiPage(LectureAnswer)
  async list(@Caller() caller: Principal, @Query() query: LectureListQuery) {
    const societyId = await this.access.societyList(caller, query.societyId);
    const ownOnly = caller.role === 'liaison' && !societyId;
    if (ownOnly && query.lecturerId && query.lecturerId !== caller.memberId)
      throw new Forbidden("a liaison reads another member's lectures in their own societies only");
    const lecturerId = ownOnly ? (caller.memberId ?? '') : query.lecturerId;
    return viewPage<LectureView>(
      this.views,
      lectureProjection.spec.name,
      { societyId, lecturerId, campaignId: query.campaignId, status: query.status },
      query,
      'lectureId',
    );
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get(':id')
  @ApiReadProblems('LECTURE.NOT_FOUND')
  @ApiOperation({ summary: '宣讲详情: one lecture' })
  @ApiOkResponse({ type: LectureAnswer })
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

  /** The delivery as its event records it: every file named looked up in the file store. */
  private async delivery(body: DeliveryRequest) {
    return { ...body, evidence: (await this.evidence.resolve('evidence', body.evidence)) ?? [] };
  }
}
