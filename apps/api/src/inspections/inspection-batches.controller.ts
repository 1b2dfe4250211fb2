import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InspectionBatchNotFound, populationCriterionText } from '@pb/domain';
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
import { GetViewQuery } from '../application/get-view/get-view.query';
import { Allow } from '../auth/allow.decorator';
import { ApiPage } from '../http/paging.dto';
import { ApiGuarded, ApiReadProblems } from '../http/api-problems';
import { Ctx } from '../http/command-headers';
import { CommandRoute } from '../http/command-route';
import { dispatch, dispatchCreation } from '../http/dispatch';
import { FreshnessQuery } from '../http/freshness.dto';
import { uuidParam } from '../http/uuid-param';
import { AddSocietyToInspectionCommand } from './add-society-to-inspection/add-society-to-inspection.command';
import { AddSocietyToInspectionRequest } from './add-society-to-inspection/add-society-to-inspection.request.dto';
import { CloseInspectionBatchCommand } from './close-inspection-batch/close-inspection-batch.command';
import { DrawInspectionSampleCommand } from './draw-inspection-sample/draw-inspection-sample.command';
import { DrawInspectionSampleRequest } from './draw-inspection-sample/draw-inspection-sample.request.dto';
import { federationToday } from '../application/federation-today';
import { InspectionBatchListQuery } from './inspection-batch-list.query';
import { presentBatch, summariseBatch } from './inspection-batch.present';
import { InspectionBatchAnswer, InspectionBatchSummary } from './inspection-batch.response.dto';
import { PlanInspectionBatchCommand } from './plan-inspection-batch/plan-inspection-batch.command';
import { PlanInspectionBatchRequest } from './plan-inspection-batch/plan-inspection-batch.request.dto';

/** Every case of a batch in one read: a sample is tens of societies, at most a few thousand. */
const ALL_CASES = 10_000;

@ApiTags('inspection-batches 督导抽查')
@ApiGuarded()
@Controller('inspection-batches')
export class InspectionBatchesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    @Inject(Runtime) private readonly runtime: Runtime,
  ) {}

  @Allow()
  @CommandRoute({
    summary: '计划督导批次: plan a batch (focus, population criterion, sample size, inspectors)',
    conflict: 'INSPECTION_BATCH.ALREADY_EXISTS',
    creates: true,
  })
  async plan(
    @Body() body: PlanInspectionBatchRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { id, population, ...plan } = body;
    const populationCriterion = populationCriterionText({
      partyOrganisationForms: population.partyOrganisationForms ?? null,
    });
    return dispatchCreation(
      this.commands,
      reply,
      new PlanInspectionBatchCommand(
        { batchId: id ?? randomUUID(), ...plan, populationCriterion },
        context,
      ),
      '/inspection-batches',
    );
  }

  @Allow()
  @CommandRoute(':id/draw', {
    summary:
      '随机抽取: draw the sample from every registered society the criterion admits, in ascending id, with a seed the server makes (docs/inspection-draw.md)',
    notFound: 'INSPECTION_BATCH.NOT_FOUND',
    conflict: 'INSPECTION_BATCH.ALREADY_DRAWN',
    rule: 'INSPECTION_BATCH.CLOSED, INSPECTION_BATCH.POPULATION_EMPTY, INSPECTION_BATCH.CRITERION_UNKNOWN',
  })
  async draw(
    @Param('id', uuidParam()) id: string,
    @Body() body: DrawInspectionSampleRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new DrawInspectionSampleCommand({ batchId: id, sampleSize: body.sampleSize }, context),
    );
  }

  @Allow()
  @CommandRoute(':id/societies', {
    summary: '指定抽查: add a society to the sample by name, with the reason; listed as added',
    notFound: 'INSPECTION_BATCH.NOT_FOUND',
    conflict: 'INSPECTION_BATCH.ALREADY_IN_SAMPLE',
    rule: 'INSPECTION_BATCH.NOT_DRAWN, INSPECTION_BATCH.CLOSED',
  })
  async add(
    @Param('id', uuidParam()) id: string,
    @Body() body: AddSocietyToInspectionRequest,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new AddSocietyToInspectionCommand({ batchId: id, ...body }, context),
    );
  }

  @Allow()
  @CommandRoute(':id/close', {
    summary: "结束批次: close the batch once every sampled society's inspection is closed",
    notFound: 'INSPECTION_BATCH.NOT_FOUND',
    rule: 'INSPECTION_BATCH.NOT_DRAWN, INSPECTION_BATCH.CLOSED, INSPECTION_BATCH.INSPECTIONS_OPEN',
    body: false,
  })
  async close(
    @Param('id', uuidParam()) id: string,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return dispatch(
      this.commands,
      reply,
      new CloseInspectionBatchCommand({ batchId: id }, context),
    );
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get()
  @ApiReadProblems()
  @ApiOperation({
    summary: '督导批次列表: batches with their state, filtered by state, with a cursor',
  })
  @ApiPage(InspectionBatchSummary)
  async list(@Query() query: InspectionBatchListQuery) {
    const page = await this.views.find<InspectionBatchView>(inspectionBatchProjection.spec.name, {
      where: query.status ? { status: query.status } : {},
      limit: query.limit ?? 50,
      after: query.cursor ?? null,
    });
    return { items: page.items.map(summariseBatch), next: page.next };
  }

  @Allow('auditor', 'liaison', 'society', 'scope:reports:read')
  @Get(':id')
  @ApiOkResponse({
    type: InspectionBatchAnswer,
    description: "The batch with its draw, the added societies and each inspection's state",
  })
  @ApiReadProblems('INSPECTION_BATCH.NOT_FOUND')
  @ApiOperation({
    summary:
      '督导批次详情: the plan, the draw with all a rerun needs (population in its stated order, size, seed, algorithm), the sample drawn and added, and each society’s progress',
  })
  async get(
    @Param('id', uuidParam()) id: string,
    @Query() freshness: FreshnessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const view = await this.queries.execute(
      new GetViewQuery<InspectionBatchView>(
        inspectionBatchProjection.spec.name,
        id,
        () => new InspectionBatchNotFound(id),
        freshness.minVersion ?? null,
      ),
    );
    const cases = await this.views.find<InspectionCaseView>(inspectionCaseProjection.spec.name, {
      where: { batchId: id },
      limit: ALL_CASES,
    });
    void reply.header('ETag', `"${view.version}"`);
    return presentBatch(view, cases.items, federationToday(this.runtime));
  }
}
