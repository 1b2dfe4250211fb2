import type { DomainEvent } from '../shared/decider';
import type { CampaignIssuance, CampaignTargets } from './campaign.state';

export type CampaignDrafted = DomainEvent<
  'CampaignDrafted',
  {
    campaignId: string;
    title: string;
    description: string | null;
    startsOn: string | null;
    endsOn: string | null;
  } & CampaignIssuance
>;
export type CampaignAmended = DomainEvent<
  'CampaignAmended',
  {
    campaignId: string;
    title: string;
    description: string | null;
    endsOn: string | null;
    targets: CampaignTargets | null;
    reason: string | null;
  } & CampaignIssuance
>;
export type CampaignLaunched = DomainEvent<
  'CampaignLaunched',
  { campaignId: string; startsOn: string; endsOn: string; targets: CampaignTargets }
>;
export type CampaignClosed = DomainEvent<
  'CampaignClosed',
  { campaignId: string; reason: string | null }
>;
export type SocietyAssigned = DomainEvent<
  'SocietyAssigned',
  { campaignId: string; societyId: string; liaisonId: string }
>;
export type SocietyReassigned = DomainEvent<
  'SocietyReassigned',
  {
    campaignId: string;
    societyId: string;
    liaisonId: string;
    previousLiaisonId: string;
    reason: string;
  }
>;
export type AssignmentWithdrawn = DomainEvent<
  'AssignmentWithdrawn',
  { campaignId: string; societyId: string; previousLiaisonId: string; reason: string }
>;

export type CampaignEvent =
  | CampaignDrafted
  | CampaignAmended
  | CampaignLaunched
  | CampaignClosed
  | SocietyAssigned
  | SocietyReassigned
  | AssignmentWithdrawn;
