import { assertNever, type Decider } from '../shared/decider';
import { assignSociety, moveAssignment, withdrawAssignment } from './campaign.assignment-rules';
import type { CampaignCommand } from './campaign.commands';
import type { CampaignEvent } from './campaign.events';
import { issuanceAfterAmendment } from './campaign.issuance';
import {
  amendCampaign,
  closeCampaign,
  draftCampaign,
  launchCampaign,
} from './campaign.lifecycle-rules';
import type { CampaignState } from './campaign.state';

function decide(command: CampaignCommand, state: CampaignState): CampaignEvent[] {
  switch (command.type) {
    case 'DraftCampaign':
      return draftCampaign(command, state);
    case 'AmendCampaign':
      return amendCampaign(command, state);
    case 'LaunchCampaign':
      return launchCampaign(command, state);
    case 'CloseCampaign':
      return closeCampaign(command, state);
    case 'AssignSociety':
      return assignSociety(command, state);
    case 'MoveAssignment':
      return moveAssignment(command, state);
    case 'WithdrawAssignment':
      return withdrawAssignment(command, state);
    default:
      return assertNever(command);
  }
}

function evolve(state: CampaignState, event: CampaignEvent): CampaignState {
  if (event.type === 'CampaignDrafted')
    return {
      status: 'draft',
      title: event.data.title,
      startsOn: event.data.startsOn,
      endsOn: event.data.endsOn,
      targets: null,
      assignments: {},
      issuedBy: event.data.issuedBy,
      issuedOn: event.data.issuedOn,
      documentNumber: event.data.documentNumber,
    };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'CampaignAmended':
      return {
        ...state,
        title: event.data.title,
        endsOn: event.data.endsOn,
        targets: event.data.targets,
        ...issuanceAfterAmendment(state, event.data),
      };
    case 'CampaignLaunched':
      return {
        ...state,
        status: 'launched',
        startsOn: event.data.startsOn,
        endsOn: event.data.endsOn,
        targets: event.data.targets,
      };
    case 'CampaignClosed':
      return { ...state, status: 'closed' };
    case 'SocietyAssigned':
    case 'SocietyReassigned':
      return {
        ...state,
        assignments: { ...state.assignments, [event.data.societyId]: event.data.liaisonId },
      };
    case 'AssignmentWithdrawn': {
      const { [event.data.societyId]: _gone, ...rest } = state.assignments;
      return { ...state, assignments: rest };
    }
    default:
      return assertNever(event);
  }
}

export const campaignDecider: Decider<CampaignCommand, CampaignEvent, CampaignState> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide,
};
