import type { CampaignIssuance } from './campaign.state';

/**
 * The 发文 fields after an amendment. A version 2 amendment carries each field's value after
 * it, and the decider writes null only where the value was null already; a version 1
 * amendment, read as version 2, carries nulls that changed nothing. Keeping the current value
 * for a null reads both right, also when an older release amends during a rolling deploy.
 */
export function issuanceAfterAmendment(
  current: CampaignIssuance,
  amended: CampaignIssuance,
): CampaignIssuance {
  return {
    issuedBy: amended.issuedBy ?? current.issuedBy,
    issuedOn: amended.issuedOn ?? current.issuedOn,
    documentNumber: amended.documentNumber ?? current.documentNumber,
  };
}
