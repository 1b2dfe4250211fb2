import { Module } from '@nestjs/common';
import { AcceptRectificationHandler } from './accept-rectification/accept-rectification.handler';
import { AddRectificationItemHandler } from './add-rectification-item/add-rectification-item.handler';
import { AddSocietyToInspectionHandler } from './add-society-to-inspection/add-society-to-inspection.handler';
import { CloseInspectionBatchHandler } from './close-inspection-batch/close-inspection-batch.handler';
import { CloseSocietyInspectionHandler } from './close-society-inspection/close-society-inspection.handler';
import { DrawInspectionSampleHandler } from './draw-inspection-sample/draw-inspection-sample.handler';
import { InspectionAccess } from './inspection-access';
import { InspectionBatchesController } from './inspection-batches.controller';
import { PlanInspectionBatchHandler } from './plan-inspection-batch/plan-inspection-batch.handler';
import { RecordFindingHandler } from './record-finding/record-finding.handler';
import { RecordInspectionVisitHandler } from './record-inspection-visit/record-inspection-visit.handler';
import { ReportRectificationDoneHandler } from './report-rectification-done/report-rectification-done.handler';
import { ReturnRectificationHandler } from './return-rectification/return-rectification.handler';
import { SocietyInspectionRunner } from './society-inspection-runner';
import { SocietyInspectionsController } from './society-inspections.controller';
import { SocietyRegister } from './society-register';

@Module({
  controllers: [InspectionBatchesController, SocietyInspectionsController],
  providers: [
    InspectionAccess,
    SocietyRegister,
    SocietyInspectionRunner,
    PlanInspectionBatchHandler,
    DrawInspectionSampleHandler,
    AddSocietyToInspectionHandler,
    CloseInspectionBatchHandler,
    RecordInspectionVisitHandler,
    RecordFindingHandler,
    AddRectificationItemHandler,
    ReportRectificationDoneHandler,
    AcceptRectificationHandler,
    ReturnRectificationHandler,
    CloseSocietyInspectionHandler,
  ],
  exports: [InspectionAccess],
})
export class InspectionsModule {}
