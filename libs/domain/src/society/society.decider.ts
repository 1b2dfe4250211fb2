import { assertNever, type Decider } from '../shared/decider';
import { InvalidInput } from '../shared/errors';
import { isValidCreditCode } from '../shared/credit-code';
import { requireText } from '../shared/text';
import { REASON_MAX, requireOneOf } from '../shared/values';
import type {
  DeregisterSociety,
  RecordPartyOrganisation,
  RegisterSociety,
  RenameSociety,
  SocietyCommand,
} from './society.commands';
import type { SocietyEvent } from './society.events';
import { SocietyAlreadyRegistered, SocietyIsDeregistered, SocietyNotFound } from './society.errors';
import { recallInstructor, sendInstructor } from './society.instructor-rules';
import { NO_ORGANISATIONS, seatOrganisation } from './society.seats';
import { PARTY_SEATS, type SocietyState } from './society.state';

export const SOCIETY_NAME_MAX = 100;
export const SOCIETY_SHORT_NAME_MAX = 30;
const SECRETARY_MAX = 50;
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

function memberCount(value: number | undefined): number | null {
  if (value === undefined) return null;
  if (!Number.isInteger(value) || value < 0)
    throw new InvalidInput(
      'memberCount',
      'NUMBER.NOT_WHOLE',
      'memberCount must be a whole number, 0 or more',
    );
  return value;
}

function registerSociety(command: RegisterSociety, state: SocietyState): SocietyEvent[] {
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

function renameSociety(command: RenameSociety, state: SocietyState): SocietyEvent[] {
  const current = registered(state, command.societyId);
  const name = requireText('name', command.name, SOCIETY_NAME_MAX);
  if (name === current.name) return [];
  return [
    {
      type: 'SocietyRenamed',
      data: {
        societyId: command.societyId,
        name,
        previousName: current.name,
        reason:
          command.reason === undefined ? null : requireText('reason', command.reason, REASON_MAX),
      },
    },
  ];
}

function recordPartyOrganisation(
  command: RecordPartyOrganisation,
  state: SocietyState,
): SocietyEvent[] {
  registered(state, command.societyId);
  const seat = requireOneOf('seat', command.seat, PARTY_SEATS);
  const count = memberCount(command.memberCount);
  const absent = command.form === 'none';
  return [
    {
      type: 'PartyOrganisationRecorded',
      data: {
        societyId: command.societyId,
        seat,
        form: command.form,
        secretary:
          absent || command.secretary === undefined
            ? null
            : requireText('secretary', command.secretary, SECRETARY_MAX),
        memberCount: absent ? null : count,
        establishedOn: absent ? null : (command.establishedOn ?? null),
        groups: !absent && command.groups === true,
      },
    },
  ];
}

function deregisterSociety(command: DeregisterSociety, state: SocietyState): SocietyEvent[] {
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

function decide(command: SocietyCommand, state: SocietyState): SocietyEvent[] {
  switch (command.type) {
    case 'RegisterSociety':
      return registerSociety(command, state);
    case 'RenameSociety':
      return renameSociety(command, state);
    case 'RecordPartyOrganisation':
      return recordPartyOrganisation(command, state);
    case 'DeregisterSociety':
      return deregisterSociety(command, state);
    case 'SendPartyBuildingInstructor':
      return sendInstructor(command, registered(state, command.societyId));
    case 'RecallPartyBuildingInstructor':
      return recallInstructor(command, registered(state, command.societyId));
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
        organisations: NO_ORGANISATIONS,
        instructor: null,
        instructorRecalledOn: null,
      };
    case 'SocietyRenamed':
      return state.status === 'unregistered' ? state : { ...state, name: event.data.name };
    case 'PartyOrganisationRecorded': {
      if (state.status === 'unregistered') return state;
      const { form, secretary, memberCount, establishedOn } = event.data;
      return {
        ...state,
        partyOrganisation: { form, secretary, memberCount, establishedOn },
        organisations: seatOrganisation(state.organisations, event.data),
      };
    }
    case 'PartyBuildingInstructorSent': {
      if (state.status === 'unregistered') return state;
      const { instructorName: name, memberId, since } = event.data;
      return { ...state, instructor: { name, memberId, since } };
    }
    case 'PartyBuildingInstructorRecalled':
      return state.status === 'unregistered'
        ? state
        : { ...state, instructor: null, instructorRecalledOn: event.data.on };
    case 'SocietyDeregistered':
      return state.status === 'unregistered' ? state : { ...state, status: 'deregistered' };
    default:
      return assertNever(event);
  }
}

export const societyDecider: Decider<SocietyCommand, SocietyEvent, SocietyState> = {
  initialState: () => ({ status: 'unregistered' }),
  evolve,
  decide,
};
