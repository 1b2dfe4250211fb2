import envelopeSchema from './envelope.schema.json';
import societyRegisteredV1 from './events/society-registered.v1.schema.json';
import societyRegisteredV2 from './events/society-registered.v2.schema.json';
import societyRenamedV1 from './events/society-renamed.v1.schema.json';
import partyOrganisationRecordedV1 from './events/party-organisation-recorded.v1.schema.json';
import societyDeregisteredV1 from './events/society-deregistered.v1.schema.json';
import memberRegisteredV1 from './events/member-registered.v1.schema.json';
import memberPositionChangedV1 from './events/member-position-changed.v1.schema.json';
import memberRetiredV1 from './events/member-retired.v1.schema.json';
import campaignDraftedV1 from './events/campaign-drafted.v1.schema.json';
import campaignAmendedV1 from './events/campaign-amended.v1.schema.json';
import campaignLaunchedV1 from './events/campaign-launched.v1.schema.json';
import campaignClosedV1 from './events/campaign-closed.v1.schema.json';
import societyAssignedV1 from './events/society-assigned.v1.schema.json';
import societyReassignedV1 from './events/society-reassigned.v1.schema.json';
import assignmentWithdrawnV1 from './events/assignment-withdrawn.v1.schema.json';
import lectureScheduledV1 from './events/lecture-scheduled.v1.schema.json';
import lectureRescheduledV1 from './events/lecture-rescheduled.v1.schema.json';
import lectureCancelledV1 from './events/lecture-cancelled.v1.schema.json';
import lectureDeliveredV1 from './events/lecture-delivered.v1.schema.json';
import lectureReturnedV1 from './events/lecture-returned.v1.schema.json';
import lectureDeliveryRevisedV1 from './events/lecture-delivery-revised.v1.schema.json';
import lectureConfirmedV1 from './events/lecture-confirmed.v1.schema.json';
import serviceTaskProposedV1 from './events/service-task-proposed.v1.schema.json';
import serviceTaskAcceptedV1 from './events/service-task-accepted.v1.schema.json';
import serviceTaskProgressRecordedV1 from './events/service-task-progress-recorded.v1.schema.json';
import serviceTaskCompletedV1 from './events/service-task-completed.v1.schema.json';
import serviceTaskEvaluatedV1 from './events/service-task-evaluated.v1.schema.json';
import serviceTaskReopenedV1 from './events/service-task-reopened.v1.schema.json';
import serviceTaskCancelledV1 from './events/service-task-cancelled.v1.schema.json';
import serviceTaskEscalatedV1 from './events/service-task-escalated.v1.schema.json';
import sealRecordedV1 from './events/seal-recorded.v1.schema.json';

/** A JSON Schema (draft-07) as a plain object. */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** The schema of one event type's `data` at one schema version. */
export interface EventDataSchema {
  readonly type: string;
  readonly version: number;
  /** The file, relative to libs/contracts/src/schemas. */
  readonly file: string;
  readonly schema: JsonSchema;
}

/** The schema of every event's envelope; its `data` is described per type and version. */
export const ENVELOPE_SCHEMA: JsonSchema = envelopeSchema;
export const ENVELOPE_SCHEMA_FILE = 'envelope.schema.json';

/** Every event type and schema version the store may hold, with the JSON Schema of its `data`. */
export const EVENT_DATA_SCHEMAS: readonly EventDataSchema[] = [
  {
    type: 'SocietyRegistered',
    version: 1,
    file: 'events/society-registered.v1.schema.json',
    schema: societyRegisteredV1,
  },
  {
    type: 'SocietyRegistered',
    version: 2,
    file: 'events/society-registered.v2.schema.json',
    schema: societyRegisteredV2,
  },
  {
    type: 'SocietyRenamed',
    version: 1,
    file: 'events/society-renamed.v1.schema.json',
    schema: societyRenamedV1,
  },
  {
    type: 'PartyOrganisationRecorded',
    version: 1,
    file: 'events/party-organisation-recorded.v1.schema.json',
    schema: partyOrganisationRecordedV1,
  },
  {
    type: 'SocietyDeregistered',
    version: 1,
    file: 'events/society-deregistered.v1.schema.json',
    schema: societyDeregisteredV1,
  },
  {
    type: 'MemberRegistered',
    version: 1,
    file: 'events/member-registered.v1.schema.json',
    schema: memberRegisteredV1,
  },
  {
    type: 'MemberPositionChanged',
    version: 1,
    file: 'events/member-position-changed.v1.schema.json',
    schema: memberPositionChangedV1,
  },
  {
    type: 'MemberRetired',
    version: 1,
    file: 'events/member-retired.v1.schema.json',
    schema: memberRetiredV1,
  },
  {
    type: 'CampaignDrafted',
    version: 1,
    file: 'events/campaign-drafted.v1.schema.json',
    schema: campaignDraftedV1,
  },
  {
    type: 'CampaignAmended',
    version: 1,
    file: 'events/campaign-amended.v1.schema.json',
    schema: campaignAmendedV1,
  },
  {
    type: 'CampaignLaunched',
    version: 1,
    file: 'events/campaign-launched.v1.schema.json',
    schema: campaignLaunchedV1,
  },
  {
    type: 'CampaignClosed',
    version: 1,
    file: 'events/campaign-closed.v1.schema.json',
    schema: campaignClosedV1,
  },
  {
    type: 'SocietyAssigned',
    version: 1,
    file: 'events/society-assigned.v1.schema.json',
    schema: societyAssignedV1,
  },
  {
    type: 'SocietyReassigned',
    version: 1,
    file: 'events/society-reassigned.v1.schema.json',
    schema: societyReassignedV1,
  },
  {
    type: 'AssignmentWithdrawn',
    version: 1,
    file: 'events/assignment-withdrawn.v1.schema.json',
    schema: assignmentWithdrawnV1,
  },
  {
    type: 'LectureScheduled',
    version: 1,
    file: 'events/lecture-scheduled.v1.schema.json',
    schema: lectureScheduledV1,
  },
  {
    type: 'LectureRescheduled',
    version: 1,
    file: 'events/lecture-rescheduled.v1.schema.json',
    schema: lectureRescheduledV1,
  },
  {
    type: 'LectureCancelled',
    version: 1,
    file: 'events/lecture-cancelled.v1.schema.json',
    schema: lectureCancelledV1,
  },
  {
    type: 'LectureDelivered',
    version: 1,
    file: 'events/lecture-delivered.v1.schema.json',
    schema: lectureDeliveredV1,
  },
  {
    type: 'LectureReturned',
    version: 1,
    file: 'events/lecture-returned.v1.schema.json',
    schema: lectureReturnedV1,
  },
  {
    type: 'LectureDeliveryRevised',
    version: 1,
    file: 'events/lecture-delivery-revised.v1.schema.json',
    schema: lectureDeliveryRevisedV1,
  },
  {
    type: 'LectureConfirmed',
    version: 1,
    file: 'events/lecture-confirmed.v1.schema.json',
    schema: lectureConfirmedV1,
  },
  {
    type: 'ServiceTaskProposed',
    version: 1,
    file: 'events/service-task-proposed.v1.schema.json',
    schema: serviceTaskProposedV1,
  },
  {
    type: 'ServiceTaskAccepted',
    version: 1,
    file: 'events/service-task-accepted.v1.schema.json',
    schema: serviceTaskAcceptedV1,
  },
  {
    type: 'ServiceTaskProgressRecorded',
    version: 1,
    file: 'events/service-task-progress-recorded.v1.schema.json',
    schema: serviceTaskProgressRecordedV1,
  },
  {
    type: 'ServiceTaskCompleted',
    version: 1,
    file: 'events/service-task-completed.v1.schema.json',
    schema: serviceTaskCompletedV1,
  },
  {
    type: 'ServiceTaskEvaluated',
    version: 1,
    file: 'events/service-task-evaluated.v1.schema.json',
    schema: serviceTaskEvaluatedV1,
  },
  {
    type: 'ServiceTaskReopened',
    version: 1,
    file: 'events/service-task-reopened.v1.schema.json',
    schema: serviceTaskReopenedV1,
  },
  {
    type: 'ServiceTaskCancelled',
    version: 1,
    file: 'events/service-task-cancelled.v1.schema.json',
    schema: serviceTaskCancelledV1,
  },
  {
    type: 'ServiceTaskEscalated',
    version: 1,
    file: 'events/service-task-escalated.v1.schema.json',
    schema: serviceTaskEscalatedV1,
  },
  {
    type: 'SealRecorded',
    version: 1,
    file: 'events/seal-recorded.v1.schema.json',
    schema: sealRecordedV1,
  },
];

/** The schema of a type's data at a version, or null when the contract has none. */
export function eventSchema(type: string, version: number): EventDataSchema | null {
  return EVENT_DATA_SCHEMAS.find((s) => s.type === type && s.version === version) ?? null;
}

/** Every event type of the contract, each once. */
export function eventTypes(): string[] {
  return [...new Set(EVENT_DATA_SCHEMAS.map((s) => s.type))];
}
