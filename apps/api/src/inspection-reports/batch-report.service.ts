import { Inject, Injectable } from '@nestjs/common';
import { InspectionBatchNotFound } from '@pb/domain';
import { EventStore } from '@pb/event-store';
import { Runtime } from '@pb/platform';
import {
  inspectionBatchProjection,
  inspectionCaseProjection,
  ReadModelStore,
  societyProjection,
  type InspectionBatchView,
  type InspectionCaseView,
} from '@pb/projections';
import { everyView, viewsAsOf, type Timeline } from '../reports/report-replay';
import { liveSocietyNames } from '../reports/report-societies';
import type { BatchReport, BatchReportInput } from './batch-report';
import { computeBatchReport } from './compute-batch-report';

/** What the batch's report is computed from, and nothing else, when replayed. */
const PROJECTIONS = [inspectionBatchProjection, inspectionCaseProjection, societyProjection];

/** An inspection batch's report: live from the read models, or as recorded by a moment. */
@Injectable()
export class BatchReportService {
  constructor(
    @Inject(ReadModelStore) private readonly views: ReadModelStore,
    @Inject(EventStore) private readonly store: EventStore,
    @Inject(Runtime) private readonly runtime: Runtime,
  ) {}

  async live(batchId: string): Promise<BatchReport> {
    const name = inspectionBatchProjection.spec.name;
    const batch = await this.views.get<InspectionBatchView>(name, batchId);
    if (!batch) throw new InspectionBatchNotFound(batchId);
    const [cases, societies] = await Promise.all([
      everyView<InspectionCaseView>(this.views, inspectionCaseProjection.spec.name, { batchId }),
      liveSocietyNames(this.views),
    ]);
    return this.compute({ batch, cases, societies }, new Date());
  }

  async asOf(batchId: string, moment: Date, timeline: Timeline): Promise<BatchReport> {
    const views = await viewsAsOf(this.store, PROJECTIONS, moment, timeline);
    const batch = views.one(inspectionBatchProjection, batchId);
    if (!batch) throw new InspectionBatchNotFound(batchId);
    const cases = views.all(inspectionCaseProjection).filter((one) => one.batchId === batchId);
    return this.compute({ batch, cases, societies: views.all(societyProjection) }, moment);
  }

  private compute(input: BatchReportInput, asOf: Date): BatchReport {
    return computeBatchReport(input, { asOf, timeZone: this.runtime.config.timeZone });
  }
}
