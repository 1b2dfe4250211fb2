import { Conflict, NotFound, RuleBroken } from '../shared/errors';

export class CampaignNotFound extends NotFound {
  constructor(campaignId: string) {
    super('CAMPAIGN.NOT_FOUND', `campaign ${campaignId} does not exist`);
  }
}

export class CampaignAlreadyDrafted extends Conflict {
  constructor(campaignId: string) {
    super('CAMPAIGN.ALREADY_EXISTS', `campaign ${campaignId} already exists`);
  }
}

export class CampaignNotInState extends RuleBroken {
  constructor(code: string, message: string) {
    super(code, message);
  }
}

export class SocietyAlreadyAssigned extends Conflict {
  constructor(societyId: string) {
    super(
      'ASSIGNMENT.ALREADY_ASSIGNED',
      `society ${societyId} already has a liaison in this campaign; move it instead`,
      'societyId',
    );
  }
}

export class SocietyNotAssigned extends RuleBroken {
  constructor(societyId: string) {
    super(
      'ASSIGNMENT.NOT_ASSIGNED',
      `society ${societyId} is not assigned in this campaign`,
      'societyId',
    );
  }
}
