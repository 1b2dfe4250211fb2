import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InspectionBatchNotFound } from '@pb/domain';
import { Runtime } from '@pb/platform';
import {
  inspectionBatchProjection,
  inspectionCaseProjection,
  ReadModelStore,
  type InspectionBatchView,
  type InspectionCaseView,
} from '@pb/projections';
import type { FastifyReply } from 'fastify';
import type { CommandContext } from '../application/command-context';
import { derivedId } from '../application/derived-id';
import { waitUntilFresh } from '../application/freshness';
import { EvidenceFiles } from '../files/evidence-files';
import { Access, Caller } from '../auth/access';
import { Allow } from '../auth/allow.decorator';
import type { Principal } from '../auth/principal';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';
import { Ctx } from '../http/command-headers';
import { CommandRoute } from '../http/command-route';
import { dispatch } from '../http/dispatch';
import { FreshnessQuery } from '../http/freshness.dto';
import { uuidParam } from '../http/uuid-param';
import { AcceptRectificationCommand } from './accept-rectification/accept-rectification.command';
import { AcceptRectificationRequest } from './accept-rectification/accept-rectification.request.dto';
import { AddRectificationItemCommand } from './add-rectification-item/add-rectification-item.command';
import { AddRectificationItemRequest } from './add-rectification-item/add-rectification-item.request.dto';
import { CloseSocietyInspectionCommand } from './close-society-inspection/close-society-inspection.command';
import { federationToday } from '../application/federation-today';
import { InspectionAccess } from './inspection-access';
import { presentCase } from './inspection-case.present';
import { SocietyInspectionAnswer } from './society-inspection.response.dto';
import { SocietyInspectionNotFound } from './inspection.errors';
import { RecordFindingCommand } from './record-finding/record-finding.command';
import { RecordFindingRequest } from './record-finding/record-finding.request.dto';
import { RecordInspectionVisitCommand } from './record-inspection-visit/record-inspection-visit.command';
import { RecordInspectionVisitRequest } from './record-inspection-visit/record-inspection-visit.request.dto';
import { ReportRectificationDoneCommand } from './report-rectification-done/report-rectification-done.command';
import { ReportRectificationDoneRequest } from './report-rectification-done/report-rectification-done.request.dto';
import { ReturnRectificationCommand } from './return-rectification/return-rectification.command';
import { ReturnRectificationRequest } from './return-rectification/return-rectification.request.dto';

const CASE = ':id/societies/:societyId';
const ITEM = `${CASE}/rectification-items/:itemId`;

/**
 * One sampled society's inspection in a batch, addressed by the batch and the society.
 * The batch's inspectors (and the office) record and decide; the society reports its
 * rectifications done.
 */
@ApiTags('inspection-batches 督导抽查')
@ApiGuarded()
@Controller('inspection-batches')
export class SocietyInspectionsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    @Inject(Runtime) private readonly runtime: Runtime,
    private readonly inspectors: InspectionAccess,
    private readonly access: Access,
    private readonly evidence: EvidenceFiles,
  ) {}

  @Allow('liaison')
  @CommandRoute(`${CASE}/visit`, {
    summary: '走访: record a visit to a sampled society (date, inspectors of the batch)',
    notFound: 'INSPECTION_BATCH.NOT_FOUND',
    rule: 'SOCIETY_INSPECTION.NOT_IN_SAMPLE, SOCIETY_INSPECTION.NOT_AN_INSPECTOR, SOCIETY_INSPECTION.CLOSED',
  })
  async visit(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) batchId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Body() body: RecordInspectionVisitRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.inspectors.inspector(caller, batchId);
    return dispatch(
      this.commands,
      reply,
      new RecordInspectionVisitCommand({ batchId, societyId, ...body }, context),
    );
  }

  @Allow('liaison')
  @CommandRoute(`${CASE}/findings`, {
    summary: '发现问题: record a finding (category, description, severity minor or major)',
    notFound: 'INSPECTION_BATCH.NOT_FOUND',
    conflict: 'SOCIETY_INSPECTION.FINDING_EXISTS',
    rule: 'SOCIETY_INSPECTION.NOT_VISITED, SOCIETY_INSPECTION.CLOSED',
    creates: true,
  })
  async finding(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) batchId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Body() body: RecordFindingRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.inspectors.inspector(caller, batchId);
    const { id, ...finding } = body;
    const command = { batchId, societyId, findingId: id ?? randomUUID(), ...finding };
    return dispatch(this.commands, reply, new RecordFindingCommand(command, context));
  }

  @Allow('liaison')
  @CommandRoute(`${CASE}/rectification-items`, {
    summary: '整改事项: add a rectification item to a finding (what to do, due date)',
    notFound: 'INSPECTION_BATCH.NOT_FOUND or SOCIETY_INSPECTION.FINDING_NOT_FOUND',
    conflict: 'SOCIETY_INSPECTION.ITEM_EXISTS',
    rule: 'SOCIETY_INSPECTION.NOT_VISITED, SOCIETY_INSPECTION.CLOSED',
    creates: true,
  })
  async item(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) batchId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Body() body: AddRectificationItemRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.inspectors.inspector(caller, batchId);
    const { id, ...item } = body;
    const command = { batchId, societyId, itemId: id ?? randomUUID(), ...item };
    return dispatch(this.commands, reply, new AddRectificationItemCommand(command, context));
  }

  @Allow('society')
  @CommandRoute(`${ITEM}/report`, {
    summary: "报告整改完成: the society's party secretary reports an item done, with evidence",
    notFound: 'INSPECTION_BATCH.NOT_FOUND or SOCIETY_INSPECTION.ITEM_NOT_FOUND',
    rule: 'SOCIETY_INSPECTION.NOT_VISITED, SOCIETY_INSPECTION.ITEM_ACCEPTED, SOCIETY_INSPECTION.CLOSED',
  })
  async report(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) batchId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: ReportRectificationDoneRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    this.access.societyOnly(caller, societyId);
    const evidence = (await this.evidence.resolve('evidence', body.evidence)) ?? [];
    const report = { batchId, societyId, itemId, note: body.note, evidence };
    return dispatch(this.commands, reply, new ReportRectificationDoneCommand(report, context));
  }

  @Allow('liaison')
  @CommandRoute(`${ITEM}/accept`, {
    summary:
      '销号: an inspector of the batch accepts a reported item; the last one closes the inspection',
    notFound: 'INSPECTION_BATCH.NOT_FOUND or SOCIETY_INSPECTION.ITEM_NOT_FOUND',
    rule: 'SOCIETY_INSPECTION.ITEM_NOT_REPORTED, SOCIETY_INSPECTION.ITEM_ACCEPTED, SOCIETY_INSPECTION.NOT_AN_INSPECTOR',
  })
  async accept(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) batchId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: AcceptRectificationRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const inspectorId = await this.inspectors.actingInspector(caller, batchId, body.inspectorId);
    return dispatch(
      this.commands,
      reply,
      new AcceptRectificationCommand({ batchId, societyId, itemId, inspectorId }, context),
    );
  }

  @Allow('liaison')
  @CommandRoute(`${ITEM}/return`, {
    summary: '退回整改: an inspector of the batch returns a reported item, with the reason',
    notFound: 'INSPECTION_BATCH.NOT_FOUND or SOCIETY_INSPECTION.ITEM_NOT_FOUND',
    rule: 'SOCIETY_INSPECTION.ITEM_NOT_REPORTED, SOCIETY_INSPECTION.ITEM_ACCEPTED, SOCIETY_INSPECTION.NOT_AN_INSPECTOR',
  })
  async giveBack(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) batchId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Param('itemId', uuidParam('itemId')) itemId: string,
    @Body() body: ReturnRectificationRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const inspectorId = await this.inspectors.actingInspector(caller, batchId, body.inspectorId);
    const command = { batchId, societyId, itemId, inspectorId, reason: body.reason };
    return dispatch(this.commands, reply, new ReturnRectificationCommand(command, context));
  }

  @Allow('liaison')
  @CommandRoute(`${CASE}/close`, {
    summary:
      "结束检查: close a society's inspection that found nothing, or whose items are all accepted",
    notFound: 'INSPECTION_BATCH.NOT_FOUND',
    rule: 'SOCIETY_INSPECTION.NOT_VISITED, SOCIETY_INSPECTION.NOT_COMPLETE, SOCIETY_INSPECTION.CLOSED',
    body: false,
  })
  async close(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) batchId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.inspectors.inspector(caller, batchId);
    return dispatch(
      this.commands,
      reply,
      new CloseSocietyInspectionCommand({ batchId, societyId }, context),
    );
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get(CASE)
  @ApiOkResponse({
    type: SocietyInspectionAnswer,
    description: "The society's inspection: visits, findings and rectification items",
  })
  @ApiReadProblems('INSPECTION_BATCH.NOT_FOUND or SOCIETY_INSPECTION.NOT_FOUND')
  @ApiOperation({
    summary:
      '学会督导情况: a sampled society’s inspection: visits, findings with severity, items with due dates, reports, returns and overdue as of today',
  })
  async get(
    @Caller() caller: Principal,
    @Param('id', uuidParam()) batchId: string,
    @Param('societyId', uuidParam('societyId')) societyId: string,
    @Query() freshness: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.inspectors.reader(caller, batchId, societyId);
    const batch = await this.views.get<InspectionBatchView>(
      inspectionBatchProjection.spec.name,
      batchId,
    );
    if (!batch) throw new InspectionBatchNotFound(batchId);
    const sampled =
      batch.draw?.societyIds.includes(societyId) ||
      batch.added.some((added) => added.societyId === societyId);
    const read = async () =>
      (await this.views.get<InspectionCaseView>(
        inspectionCaseProjection.spec.name,
        derivedId(batchId, societyId),
      )) ?? undefined;
    // A society outside the sample has no inspection to wait for.
    const minVersion = sampled ? (freshness.minVersion ?? 0) : 0;
    const view = await waitUntilFresh(read, (found) => (found?.version ?? 0) >= minVersion);
    if (!view && !sampled) throw new SocietyInspectionNotFound(batchId, societyId);
    void reply.header('ETag', `"${view?.version ?? 0}"`);
    return presentCase(view, { batchId, societyId }, federationToday(this.runtime));
  }
}
