import { assertNever, type Decider } from '../shared/decider';
import { InvalidInput } from '../shared/errors';
import { isValidCreditCode } from '../shared/credit-code';
import { requireText } from '../shared/text';
import type { SocietyCommand } from './society.commands';
import type { SocietyEvent } from './society.events';
import { SocietyAlreadyRegistered, SocietyIsDeregistered, SocietyNotFound } from './society.errors';
import type { SocietyState } from './society.state';

export const SOCIETY_NAME_MAX = 100;
export const SOCIETY_SHORT_NAME_MAX = 30;
const REASON_MAX = 500;
const NO_ORGANISATION = {
  form: 'none',
  secretary: null,
  memberCount: null,
  establishedOn: null,
} as const;

function registered(state: SocietyState, societyId: string) {
  if (state.status === 'unregistered') throw new SocietyNotFound(societyId);
  if (state.status === 'deregistered') throw new SocietyIsDeregistered(societyId);
  return state;
}

function creditCode(value: string | undefined): string | null {
  if (value === undefined) return null;
  const code = value.trim().toUpperCase();
  if (!isValidCreditCode(code))
    throw new InvalidInput(
      'creditCode',
      'SOCIETY.CREDIT_CODE_INVALID',
      'creditCode is not a valid unified social credit code',
    );
  return code;
}

function decide(command: SocietyCommand, state: SocietyState): SocietyEvent[] {
  switch (command.type) {
    case 'RegisterSociety': {
      if (state.status !== 'unregistered') throw new SocietyAlreadyRegistered(command.societyId);
      return [
        {
          type: 'SocietyRegistered',
          data: {
            societyId: command.societyId,
            name: requireText('name', command.name, SOCIETY_NAME_MAX),
            kind: command.kind,
            creditCode: creditCode(command.creditCode),
            shortName:
              command.shortName === undefined
                ? null
                : requireText('shortName', command.shortName, SOCIETY_SHORT_NAME_MAX),
          },
        },
      ];
    }
    case 'RenameSociety': {
      const current = registered(state, command.societyId);
      const name = requireText('name', command.name, SOCIETY_NAME_MAX);
      if (name === current.name) return [];
      const reason =
        command.reason === undefined ? null : requireText('reason', command.reason, REASON_MAX);
      return [
        {
          type: 'SocietyRenamed',
          data: { societyId: command.societyId, name, previousName: current.name, reason },
        },
      ];
    }
    case 'RecordPartyOrganisation': {
      registered(state, command.societyId);
      const absent = command.form === 'none';
      if (
        command.memberCount !== undefined &&
        (!Number.isInteger(command.memberCount) || command.memberCount < 0)
      )
        throw new InvalidInput(
          'memberCount',
          'NUMBER.NOT_WHOLE',
          'memberCount must be a whole number, 0 or more',
        );
      return [
        {
          type: 'PartyOrganisationRecorded',
          data: {
            societyId: command.societyId,
            form: command.form,
            secretary:
              absent || command.secretary === undefined
                ? null
                : requireText('secretary', command.secretary, 50),
            memberCount: absent ? null : (command.memberCount ?? null),
            establishedOn: absent ? null : (command.establishedOn ?? null),
          },
        },
      ];
    }
    case 'DeregisterSociety': {
      registered(state, command.societyId);
      return [
        {
          type: 'SocietyDeregistered',
          data: {
            societyId: command.societyId,
            reason: requireText('reason', command.reason, REASON_MAX),
          },
        },
      ];
    }
    default:
      return assertNever(command);
  }
}

function evolve(state: SocietyState, event: SocietyEvent): SocietyState {
  switch (event.type) {
    case 'SocietyRegistered':
      return {
        status: 'registered',
        name: event.data.name,
        kind: event.data.kind,
        creditCode: event.data.creditCode,
        partyOrganisation: NO_ORGANISATION,
      };
    case 'SocietyRenamed':
      return state.status === 'unregistered' ? state : { ...state, name: event.data.name };
    case 'PartyOrganisationRecorded': {
      if (state.status === 'unregistered') return state;
      const { form, secretary, memberCount, establishedOn } = event.data;
      return { ...state, partyOrganisation: { form, secretary, memberCount, establishedOn } };
    }
    case 'SocietyDeregistered':
      return state.status === 'unregistered' ? state : { ...state, status: 'deregistered' };
    default:
      return assertNever(event);
  }
}

export const societyDecider: Decider<SocietyCommand, SocietyEvent, SocietyState> = {
  initialState: () => ({ status: 'unregistered' }),
  evolve,
  decide: (command, state) => decide(command, state),
};
