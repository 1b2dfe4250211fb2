import inspectionBatchPlannedV1 from '../events/inspection-batch-planned.v1.schema.json';
import inspectionSampleDrawnV1 from '../events/inspection-sample-drawn.v1.schema.json';
import societyAddedToInspectionV1 from '../events/society-added-to-inspection.v1.schema.json';
import inspectionBatchClosedV1 from '../events/inspection-batch-closed.v1.schema.json';
import inspectionVisitRecordedV1 from '../events/inspection-visit-recorded.v1.schema.json';
import inspectionFindingRecordedV1 from '../events/inspection-finding-recorded.v1.schema.json';
import rectificationItemAddedV1 from '../events/rectification-item-added.v1.schema.json';
import rectificationReportedV1 from '../events/rectification-reported.v1.schema.json';
import rectificationReportedV2 from '../events/rectification-reported.v2.schema.json';
import rectificationAcceptedV1 from '../events/rectification-accepted.v1.schema.json';
import rectificationReturnedV1 from '../events/rectification-returned.v1.schema.json';
import societyInspectionClosedV1 from '../events/society-inspection-closed.v1.schema.json';
import { eventDataSchema, type EventDataSchema } from '../event-data-schema';

/** Inspections (督导抽查): the batches with their draw, and each sampled society's inspection. */
export const INSPECTION_EVENT_SCHEMAS: readonly EventDataSchema[] = [
  eventDataSchema('InspectionBatchPlanned', 1, inspectionBatchPlannedV1),
  eventDataSchema('InspectionSampleDrawn', 1, inspectionSampleDrawnV1),
  eventDataSchema('SocietyAddedToInspection', 1, societyAddedToInspectionV1),
  eventDataSchema('InspectionBatchClosed', 1, inspectionBatchClosedV1),
  eventDataSchema('InspectionVisitRecorded', 1, inspectionVisitRecordedV1),
  eventDataSchema('InspectionFindingRecorded', 1, inspectionFindingRecordedV1),
  eventDataSchema('RectificationItemAdded', 1, rectificationItemAddedV1),
  eventDataSchema('RectificationReported', 1, rectificationReportedV1),
  eventDataSchema('RectificationReported', 2, rectificationReportedV2),
  eventDataSchema('RectificationAccepted', 1, rectificationAcceptedV1),
  eventDataSchema('RectificationReturned', 1, rectificationReturnedV1),
  eventDataSchema('SocietyInspectionClosed', 1, societyInspectionClosedV1),
];
