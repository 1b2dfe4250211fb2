import campaignDraftedV1 from '../events/campaign-drafted.v1.schema.json';
import campaignDraftedV2 from '../events/campaign-drafted.v2.schema.json';
import campaignAmendedV1 from '../events/campaign-amended.v1.schema.json';
import campaignAmendedV2 from '../events/campaign-amended.v2.schema.json';
import campaignLaunchedV1 from '../events/campaign-launched.v1.schema.json';
import campaignClosedV1 from '../events/campaign-closed.v1.schema.json';
import societyAssignedV1 from '../events/society-assigned.v1.schema.json';
import societyReassignedV1 from '../events/society-reassigned.v1.schema.json';
import assignmentWithdrawnV1 from '../events/assignment-withdrawn.v1.schema.json';
import { eventDataSchema, type EventDataSchema } from '../event-data-schema';

/** Campaigns and the liaisons assigned to societies in them. */
export const CAMPAIGN_EVENT_SCHEMAS: readonly EventDataSchema[] = [
  eventDataSchema('CampaignDrafted', 1, campaignDraftedV1),
  eventDataSchema('CampaignDrafted', 2, campaignDraftedV2),
  eventDataSchema('CampaignAmended', 1, campaignAmendedV1),
  eventDataSchema('CampaignAmended', 2, campaignAmendedV2),
  eventDataSchema('CampaignLaunched', 1, campaignLaunchedV1),
  eventDataSchema('CampaignClosed', 1, campaignClosedV1),
  eventDataSchema('SocietyAssigned', 1, societyAssignedV1),
  eventDataSchema('SocietyReassigned', 1, societyReassignedV1),
  eventDataSchema('AssignmentWithdrawn', 1, assignmentWithdrawnV1),
];
