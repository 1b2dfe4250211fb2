import { assertNever, type Decider, type DomainEvent } from '../shared/decider';
import { Conflict, NotFound, RuleBroken } from '../shared/errors';
import { requireText } from '../shared/text';
import { optionalText, REASON_MAX } from '../shared/values';

/** 委员 member, 书记 secretary, 副书记 deputy-secretary, 纪检委员 discipline-member, 宣讲专家 expert (not on the committee). */
export const MEMBER_POSITIONS = [
  'member',
  'secretary',
  'deputy-secretary',
  'discipline-member',
  'expert',
] as const;
export type MemberPosition = (typeof MEMBER_POSITIONS)[number];

export type MemberCommand =
  | {
      readonly type: 'RegisterMember';
      readonly memberId: string;
      readonly name: string;
      readonly position: MemberPosition;
      readonly organisation?: string;
    }
  | {
      readonly type: 'ChangeMemberPosition';
      readonly memberId: string;
      readonly position: MemberPosition;
      readonly reason?: string;
    }
  | { readonly type: 'RetireMember'; readonly memberId: string; readonly reason: string };

export type MemberEvent =
  | DomainEvent<
      'MemberRegistered',
      { memberId: string; name: string; position: MemberPosition; organisation: string | null }
    >
  | DomainEvent<
      'MemberPositionChanged',
      {
        memberId: string;
        position: MemberPosition;
        previousPosition: MemberPosition;
        reason: string | null;
      }
    >
  | DomainEvent<'MemberRetired', { memberId: string; reason: string }>;

export type MemberState =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'active' | 'retired';
      readonly name: string;
      readonly position: MemberPosition;
    };

export class MemberNotFound extends NotFound {
  constructor(memberId: string) {
    super('MEMBER.NOT_FOUND', `member ${memberId} does not exist`);
  }
}
export class MemberAlreadyRegistered extends Conflict {
  constructor(memberId: string) {
    super('MEMBER.ALREADY_REGISTERED', `member ${memberId} is already registered`);
  }
}
export class MemberIsRetired extends RuleBroken {
  constructor(memberId: string) {
    super('MEMBER.RETIRED', `member ${memberId} has retired`);
  }
}

function active(state: MemberState, memberId: string) {
  if (state.status === 'unregistered') throw new MemberNotFound(memberId);
  if (state.status === 'retired') throw new MemberIsRetired(memberId);
  return state;
}

function decide(command: MemberCommand, state: MemberState): MemberEvent[] {
  switch (command.type) {
    case 'RegisterMember':
      if (state.status !== 'unregistered') throw new MemberAlreadyRegistered(command.memberId);
      return [
        {
          type: 'MemberRegistered',
          data: {
            memberId: command.memberId,
            name: requireText('name', command.name, 50),
            position: command.position,
            organisation: optionalText('organisation', command.organisation, 100),
          },
        },
      ];
    case 'ChangeMemberPosition': {
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
    case 'RetireMember':
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
  decide: (command, state) => decide(command, state),
};
