import type { CampaignTargets } from './campaign.state';

/** What the handler looked up about the society and the liaison of an assignment. */
export interface AssignmentFacts {
  readonly societyStatus: 'unregistered' | 'registered' | 'deregistered';
  readonly liaisonStatus: 'unregistered' | 'active' | 'retired';
}

/** The 发文 fields a draft or an amendment may give; absent means none yet, or unchanged. */
export interface CampaignIssuanceInput {
  readonly issuedBy?: string;
  readonly issuedOn?: string;
  readonly documentNumber?: string;
}

export interface DraftCampaign extends CampaignIssuanceInput {
  readonly type: 'DraftCampaign';
  readonly campaignId: string;
  readonly title: string;
  readonly description?: string;
  readonly startsOn?: string;
  readonly endsOn?: string;
}

export interface AmendCampaign extends CampaignIssuanceInput {
  readonly type: 'AmendCampaign';
  readonly campaignId: string;
  readonly title?: string;
  readonly description?: string;
  readonly endsOn?: string;
  readonly targets?: CampaignTargets;
  readonly reason?: string;
}

export interface LaunchCampaign {
  readonly type: 'LaunchCampaign';
  readonly campaignId: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly targets: CampaignTargets;
}

export interface CloseCampaign {
  readonly type: 'CloseCampaign';
  readonly campaignId: string;
  readonly reason?: string;
}

export interface AssignSociety extends AssignmentFacts {
  readonly type: 'AssignSociety';
  readonly campaignId: string;
  readonly societyId: string;
  readonly liaisonId: string;
}

export interface MoveAssignment extends AssignmentFacts {
  readonly type: 'MoveAssignment';
  readonly campaignId: string;
  readonly societyId: string;
  readonly liaisonId: string;
  readonly reason: string;
}

export interface WithdrawAssignment {
  readonly type: 'WithdrawAssignment';
  readonly campaignId: string;
  readonly societyId: string;
  readonly reason: string;
}

export type CampaignCommand =
  | DraftCampaign
  | AmendCampaign
  | LaunchCampaign
  | CloseCampaign
  | AssignSociety
  | MoveAssignment
  | WithdrawAssignment;
