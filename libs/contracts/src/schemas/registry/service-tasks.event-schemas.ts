import serviceTaskProposedV1 from '../events/service-task-proposed.v1.schema.json';
import serviceTaskAcceptedV1 from '../events/service-task-accepted.v1.schema.json';
import serviceTaskProgressRecordedV1 from '../events/service-task-progress-recorded.v1.schema.json';
import serviceTaskCompletedV1 from '../events/service-task-completed.v1.schema.json';
import serviceTaskEvaluatedV1 from '../events/service-task-evaluated.v1.schema.json';
import serviceTaskEvaluatedV2 from '../events/service-task-evaluated.v2.schema.json';
import serviceTaskRatingOpenedV1 from '../events/service-task-rating-opened.v1.schema.json';
import serviceTaskBallotCastV1 from '../events/service-task-ballot-cast.v1.schema.json';
import serviceTaskRatingClosedV1 from '../events/service-task-rating-closed.v1.schema.json';
import serviceTaskReopenedV1 from '../events/service-task-reopened.v1.schema.json';
import serviceTaskCancelledV1 from '../events/service-task-cancelled.v1.schema.json';
import serviceTaskEscalatedV1 from '../events/service-task-escalated.v1.schema.json';
import { eventDataSchema, type EventDataSchema } from '../event-data-schema';

/** Service tasks (我为群众办实事). */
export const SERVICE_TASK_EVENT_SCHEMAS: readonly EventDataSchema[] = [
  eventDataSchema('ServiceTaskProposed', 1, serviceTaskProposedV1),
  eventDataSchema('ServiceTaskAccepted', 1, serviceTaskAcceptedV1),
  eventDataSchema('ServiceTaskProgressRecorded', 1, serviceTaskProgressRecordedV1),
  eventDataSchema('ServiceTaskCompleted', 1, serviceTaskCompletedV1),
  eventDataSchema('ServiceTaskEvaluated', 1, serviceTaskEvaluatedV1),
  eventDataSchema('ServiceTaskEvaluated', 2, serviceTaskEvaluatedV2),
  eventDataSchema('ServiceTaskRatingOpened', 1, serviceTaskRatingOpenedV1),
  eventDataSchema('ServiceTaskBallotCast', 1, serviceTaskBallotCastV1),
  eventDataSchema('ServiceTaskRatingClosed', 1, serviceTaskRatingClosedV1),
  eventDataSchema('ServiceTaskReopened', 1, serviceTaskReopenedV1),
  eventDataSchema('ServiceTaskCancelled', 1, serviceTaskCancelledV1),
  eventDataSchema('ServiceTaskEscalated', 1, serviceTaskEscalatedV1),
];
