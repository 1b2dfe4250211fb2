import { RuleBroken } from '../shared/errors';
import { requireText } from '../shared/text';
import { REASON_MAX } from '../shared/values';
import { MemberNotFound } from '../member';
import { SocietyNotFound } from '../society';
import type {
  AssignmentFacts,
  AssignSociety,
  MoveAssignment,
  WithdrawAssignment,
} from './campaign.commands';
import { SocietyAlreadyAssigned, SocietyNotAssigned } from './campaign.errors';
import type { CampaignEvent } from './campaign.events';
import { openCampaign } from './campaign.lifecycle-rules';
import type { CampaignState } from './campaign.state';

/** A deregistered society and a retired member take no new assignment (ADR 4). */
function checkParties(facts: AssignmentFacts, societyId: string, liaisonId: string) {
  if (facts.societyStatus === 'unregistered') throw new SocietyNotFound(societyId);
  if (facts.societyStatus === 'deregistered')
    throw new RuleBroken(
      'SOCIETY.DEREGISTERED',
      `society ${societyId} is deregistered and gets no new assignment`,
    );
  if (facts.liaisonStatus === 'unregistered') throw new MemberNotFound(liaisonId);
  if (facts.liaisonStatus === 'retired')
    throw new RuleBroken(
      'MEMBER.RETIRED',
      `member ${liaisonId} has retired and gets no new assignment`,
    );
}

/** The society's liaison in the open campaign. */
function liaisonOf(state: CampaignState, campaignId: string, societyId: string) {
  const liaisonId = openCampaign(state, campaignId).assignments[societyId];
  if (liaisonId === undefined) throw new SocietyNotAssigned(societyId);
  return liaisonId;
}

export function assignSociety(command: AssignSociety, state: CampaignState): CampaignEvent[] {
  const { campaignId, societyId, liaisonId } = command;
  const current = openCampaign(state, campaignId).assignments[societyId];
  if (current === liaisonId) return [];
  if (current !== undefined) throw new SocietyAlreadyAssigned(societyId);
  checkParties(command, societyId, liaisonId);
  return [{ type: 'SocietyAssigned', data: { campaignId, societyId, liaisonId } }];
}

export function moveAssignment(command: MoveAssignment, state: CampaignState): CampaignEvent[] {
  const { campaignId, societyId, liaisonId } = command;
  const current = liaisonOf(state, campaignId, societyId);
  if (current === liaisonId) return [];
  checkParties(command, societyId, liaisonId);
  return [
    {
      type: 'SocietyReassigned',
      data: {
        campaignId,
        societyId,
        liaisonId,
        previousLiaisonId: current,
        reason: requireText('reason', command.reason, REASON_MAX),
      },
    },
  ];
}

export function withdrawAssignment(
  command: WithdrawAssignment,
  state: CampaignState,
): CampaignEvent[] {
  const { campaignId, societyId } = command;
  return [
    {
      type: 'AssignmentWithdrawn',
      data: {
        campaignId,
        societyId,
        previousLiaisonId: liaisonOf(state, campaignId, societyId),
        reason: requireText('reason', command.reason, REASON_MAX),
      },
    },
  ];
}
