import { assertNever, type Decider } from '../shared/decider';
import { requireText } from '../shared/text';
import { optionalText, REASON_MAX } from '../shared/values';
import type {
  ChangeMemberPosition,
  MemberCommand,
  RegisterMember,
  RetireMember,
} from './member.commands';
import type { MemberEvent } from './member.events';
import { MemberAlreadyRegistered, MemberIsRetired, MemberNotFound } from './member.errors';
import type { MemberState } from './member.state';

const MEMBER_NAME_MAX = 50;
const ORGANISATION_MAX = 100;

function active(state: MemberState, memberId: string) {
  if (state.status === 'unregistered') throw new MemberNotFound(memberId);
  if (state.status === 'retired') throw new MemberIsRetired(memberId);
  return state;
}

function registerMember(command: RegisterMember, state: MemberState): MemberEvent[] {
  if (state.status !== 'unregistered') throw new MemberAlreadyRegistered(command.memberId);
  return [
    {
      type: 'MemberRegistered',
      data: {
        memberId: command.memberId,
        name: requireText('name', command.name, MEMBER_NAME_MAX),
        position: command.position,
        organisation: optionalText('organisation', command.organisation, ORGANISATION_MAX),
      },
    },
  ];
}

function changeMemberPosition(command: ChangeMemberPosition, state: MemberState): MemberEvent[] {
  const current = active(state, command.memberId);
  if (current.position === command.position) return [];
  return [
    {
      type: 'MemberPositionChanged',
      data: {
        memberId: command.memberId,
        position: command.position,
        previousPosition: current.position,
        reason: optionalText('reason', command.reason, REASON_MAX),
      },
    },
  ];
}

function retireMember(command: RetireMember, state: MemberState): MemberEvent[] {
  active(state, command.memberId);
  return [
    {
      type: 'MemberRetired',
      data: {
        memberId: command.memberId,
        reason: requireText('reason', command.reason, REASON_MAX),
      },
    },
  ];
}

function decide(command: MemberCommand, state: MemberState): MemberEvent[] {
  switch (command.type) {
    case 'RegisterMember':
      return registerMember(command, state);
    case 'ChangeMemberPosition':
      return changeMemberPosition(command, state);
    case 'RetireMember':
      return retireMember(command, state);
    default:
      return assertNever(command);
  }
}

function evolve(state: MemberState, event: MemberEvent): MemberState {
  switch (event.type) {
    case 'MemberRegistered':
      return { status: 'active', name: event.data.name, position: event.data.position };
    case 'MemberPositionChanged':
      return state.status === 'unregistered' ? state : { ...state, position: event.data.position };
    case 'MemberRetired':
      return state.status === 'unregistered' ? state : { ...state, status: 'retired' };
    default:
      return assertNever(event);
  }
}

export const memberDecider: Decider<MemberCommand, MemberEvent, MemberState> = {
  initialState: () => ({ status: 'unregistered' }),
  evolve,
  decide,
};
