import societyRegisteredV1 from '../events/society-registered.v1.schema.json';
import societyRegisteredV2 from '../events/society-registered.v2.schema.json';
import societyRenamedV1 from '../events/society-renamed.v1.schema.json';
import partyOrganisationRecordedV1 from '../events/party-organisation-recorded.v1.schema.json';
import partyOrganisationRecordedV2 from '../events/party-organisation-recorded.v2.schema.json';
import partyBuildingInstructorSentV1 from '../events/party-building-instructor-sent.v1.schema.json';
import partyBuildingInstructorRecalledV1 from '../events/party-building-instructor-recalled.v1.schema.json';
import societyDeregisteredV1 from '../events/society-deregistered.v1.schema.json';
import memberRegisteredV1 from '../events/member-registered.v1.schema.json';
import memberPositionChangedV1 from '../events/member-position-changed.v1.schema.json';
import memberRetiredV1 from '../events/member-retired.v1.schema.json';
import { eventDataSchema, type EventDataSchema } from '../event-data-schema';

/** The register of societies and the committee's members. */
export const REGISTER_EVENT_SCHEMAS: readonly EventDataSchema[] = [
  eventDataSchema('SocietyRegistered', 1, societyRegisteredV1),
  eventDataSchema('SocietyRegistered', 2, societyRegisteredV2),
  eventDataSchema('SocietyRenamed', 1, societyRenamedV1),
  eventDataSchema('PartyOrganisationRecorded', 1, partyOrganisationRecordedV1),
  eventDataSchema('PartyOrganisationRecorded', 2, partyOrganisationRecordedV2),
  eventDataSchema('PartyBuildingInstructorSent', 1, partyBuildingInstructorSentV1),
  eventDataSchema('PartyBuildingInstructorRecalled', 1, partyBuildingInstructorRecalledV1),
  eventDataSchema('SocietyDeregistered', 1, societyDeregisteredV1),
  eventDataSchema('MemberRegistered', 1, memberRegisteredV1),
  eventDataSchema('MemberPositionChanged', 1, memberPositionChangedV1),
  eventDataSchema('MemberRetired', 1, memberRetiredV1),
];
