import { InvalidInput } from '../shared/errors';
import { requireText } from '../shared/text';
import {
  optionalText,
  REASON_MAX,
  requireDate,
  requireWholeNumber,
  SUMMARY_MAX,
  TITLE_MAX,
} from '../shared/values';
import type {
  AmendCampaign,
  CampaignIssuanceInput,
  CloseCampaign,
  DraftCampaign,
  LaunchCampaign,
} from './campaign.commands';
import { CampaignAlreadyDrafted, CampaignNotFound, CampaignNotInState } from './campaign.errors';
import type { CampaignEvent } from './campaign.events';
import {
  NO_ISSUANCE,
  type CampaignIssuance,
  type CampaignState,
  type CampaignStatus,
  type CampaignTargets,
} from './campaign.state';

const TARGET_MAX = 100;
const ISSUER_MAX = 100;
const DOCUMENT_NUMBER_MAX = 50;

function existing(state: CampaignState, campaignId: string) {
  if (state.status === 'none') throw new CampaignNotFound(campaignId);
  return state;
}

/** The campaign, when it exists and is not closed: only then does it take changes. */
export function openCampaign(state: CampaignState, campaignId: string) {
  const campaign = existing(state, campaignId);
  if (campaign.status === 'closed')
    throw new CampaignNotInState('CAMPAIGN.CLOSED', `campaign ${campaignId} is closed`);
  return campaign;
}

function inStatus(state: CampaignState, campaignId: string, status: CampaignStatus, code: string) {
  const campaign = existing(state, campaignId);
  if (campaign.status !== status)
    throw new CampaignNotInState(
      code,
      `campaign ${campaignId} is ${campaign.status}, not ${status}`,
    );
  return campaign;
}

function targets(value: CampaignTargets): CampaignTargets {
  return {
    lecturesPerSociety: requireWholeNumber(
      'targets.lecturesPerSociety',
      value.lecturesPerSociety,
      0,
      TARGET_MAX,
    ),
    serviceTasksPerSociety: requireWholeNumber(
      'targets.serviceTasksPerSociety',
      value.serviceTasksPerSociety,
      0,
      TARGET_MAX,
    ),
  };
}

function checkPeriod(startsOn: string | null, endsOn: string | null) {
  if (startsOn !== null && endsOn !== null && endsOn < startsOn)
    throw new InvalidInput(
      'endsOn',
      'CAMPAIGN.PERIOD_INVALID',
      'endsOn must not be before startsOn',
    );
}

/**
 * The 发文 fields after a draft or an amendment: each one given replaces the current one,
 * each one left out (or sent as null by a loose client) stays as it was.
 */
function issuance(given: CampaignIssuanceInput, current: CampaignIssuance): CampaignIssuance {
  const { issuedBy, issuedOn, documentNumber } = given;
  return {
    issuedBy: issuedBy == null ? current.issuedBy : requireText('issuedBy', issuedBy, ISSUER_MAX),
    issuedOn: issuedOn == null ? current.issuedOn : requireDate('issuedOn', issuedOn),
    documentNumber:
      documentNumber == null
        ? current.documentNumber
        : requireText('documentNumber', documentNumber, DOCUMENT_NUMBER_MAX),
  };
}

export function draftCampaign(command: DraftCampaign, state: CampaignState): CampaignEvent[] {
  const { campaignId } = command;
  if (state.status !== 'none') throw new CampaignAlreadyDrafted(campaignId);
  const startsOn =
    command.startsOn === undefined ? null : requireDate('startsOn', command.startsOn);
  const endsOn = command.endsOn === undefined ? null : requireDate('endsOn', command.endsOn);
  checkPeriod(startsOn, endsOn);
  return [
    {
      type: 'CampaignDrafted',
      data: {
        campaignId,
        title: requireText('title', command.title, TITLE_MAX),
        description: optionalText('description', command.description, SUMMARY_MAX),
        startsOn,
        endsOn,
        ...issuance(command, NO_ISSUANCE),
      },
    },
  ];
}

export function amendCampaign(command: AmendCampaign, state: CampaignState): CampaignEvent[] {
  const { campaignId } = command;
  const campaign = openCampaign(state, campaignId);
  const reason = optionalText('reason', command.reason, REASON_MAX);
  if (campaign.status === 'launched' && reason === null)
    throw new InvalidInput(
      'reason',
      'CAMPAIGN.REASON_REQUIRED',
      'amending a launched campaign needs a reason',
    );
  const endsOn =
    command.endsOn === undefined ? campaign.endsOn : requireDate('endsOn', command.endsOn);
  checkPeriod(campaign.startsOn, endsOn);
  return [
    {
      type: 'CampaignAmended',
      data: {
        campaignId,
        title:
          command.title === undefined
            ? campaign.title
            : requireText('title', command.title, TITLE_MAX),
        description: optionalText('description', command.description, SUMMARY_MAX),
        endsOn,
        targets: command.targets === undefined ? campaign.targets : targets(command.targets),
        reason,
        ...issuance(command, campaign),
      },
    },
  ];
}

export function launchCampaign(command: LaunchCampaign, state: CampaignState): CampaignEvent[] {
  const { campaignId } = command;
  inStatus(state, campaignId, 'draft', 'CAMPAIGN.NOT_DRAFT');
  const startsOn = requireDate('startsOn', command.startsOn);
  const endsOn = requireDate('endsOn', command.endsOn);
  checkPeriod(startsOn, endsOn);
  return [
    {
      type: 'CampaignLaunched',
      data: { campaignId, startsOn, endsOn, targets: targets(command.targets) },
    },
  ];
}

export function closeCampaign(command: CloseCampaign, state: CampaignState): CampaignEvent[] {
  const { campaignId } = command;
  inStatus(state, campaignId, 'launched', 'CAMPAIGN.NOT_LAUNCHED');
  return [
    {
      type: 'CampaignClosed',
      data: { campaignId, reason: optionalText('reason', command.reason, REASON_MAX) },
    },
  ];
}
