import type { Evidence } from '../shared/evidence';
import { requireEvidence } from '../shared/evidence';
import { assertNever, type Decider } from '../shared/decider';
import { requireText } from '../shared/text';
import {
  ID_MAX,
  REASON_MAX,
  requireDate,
  requireOneOf,
  requireSameSubject,
  requireWholeNumber,
  TITLE_MAX,
} from '../shared/values';
import { SocietyIsDeregistered, SocietyNotFound } from '../society/society.errors';
import type {
  CorrectOrganisationalLife,
  LifeRecordInput,
  OrganisationalLifeCommand,
  OrganisationalLifeFacts,
  RecordOrganisationalLife,
  WithdrawOrganisationalLife,
} from './organisational-life.commands';
import {
  HeldInFuture,
  NoPartyOrganisation,
  OrganisationalLifeAlreadyRecorded,
  OrganisationalLifeNotFound,
  OrganisationalLifeWithdrawnAlready,
  PresentAboveExpected,
} from './organisational-life.errors';
import type { OrganisationalLifeEvent } from './organisational-life.events';
import {
  ORGANISATIONAL_LIFE_KINDS,
  type LifeRecord,
  type OrganisationalLifeState,
} from './organisational-life.state';

type Event = OrganisationalLifeEvent;
type State = OrganisationalLifeState;

export const LIFE_HOST_MAX = 50;
export const LIFE_EVIDENCE_MAX = 20;
/** Room for the largest committee's assembly. */
export const LIFE_ATTENDANCE_MAX = 100_000;

function registeredSociety(societyId: string, facts: OrganisationalLifeFacts): void {
  if (facts.societyStatus === 'unregistered') throw new SocietyNotFound(societyId);
  if (facts.societyStatus === 'deregistered') throw new SocietyIsDeregistered(societyId);
}

/** The record as events carry it: checked and trimmed. */
function lifeRecord(input: LifeRecordInput, today: string): LifeRecord & { evidence: Evidence[] } {
  const heldOn = requireDate('heldOn', input.heldOn);
  if (heldOn > requireDate('today', today)) throw new HeldInFuture(today);
  const expected = requireWholeNumber('expected', input.expected, 1, LIFE_ATTENDANCE_MAX);
  const present = requireWholeNumber('present', input.present, 0, LIFE_ATTENDANCE_MAX);
  if (present > expected) throw new PresentAboveExpected(expected);
  return {
    kind: requireOneOf('kind', input.kind, ORGANISATIONAL_LIFE_KINDS),
    heldOn,
    topic: requireText('topic', input.topic, TITLE_MAX),
    host: requireText('host', input.host, LIFE_HOST_MAX),
    present,
    expected,
    evidence: requireEvidence('evidence', input.evidence, 0, LIFE_EVIDENCE_MAX),
  };
}

function sameRecord(a: LifeRecord, b: LifeRecord): boolean {
  return JSON.stringify(recordOf(a)) === JSON.stringify(recordOf(b));
}

/** The record's own fields in one order, whatever else the object carries. */
function recordOf(data: LifeRecord): LifeRecord {
  const { kind, heldOn, topic, host, present, expected, evidence } = data;
  return { kind, heldOn, topic, host, present, expected, evidence };
}

function existing(state: State, recordId: string) {
  if (state.status === 'none') throw new OrganisationalLifeNotFound(recordId);
  if (state.status === 'withdrawn') throw new OrganisationalLifeWithdrawnAlready(recordId);
  return state;
}

function record(command: RecordOrganisationalLife, state: State): Event[] {
  if (state.status !== 'none') throw new OrganisationalLifeAlreadyRecorded(command.recordId);
  const societyId = requireText('societyId', command.societyId, ID_MAX);
  registeredSociety(societyId, command);
  if (!command.societyHasOrganisation) throw new NoPartyOrganisation(societyId);
  return [
    {
      type: 'OrganisationalLifeRecorded',
      data: {
        recordId: command.recordId,
        societyId,
        ...lifeRecord(command, command.today),
      },
    },
  ];
}

/** A correction that changes nothing writes nothing, as a renaming to the same name. */
function correct(command: CorrectOrganisationalLife, state: State): Event[] {
  const current = existing(state, command.recordId);
  requireSameSubject(
    'ORGANISATIONAL_LIFE.OTHER_SOCIETY',
    { societyId: current.societyId },
    { societyId: command.societyId },
  );
  registeredSociety(current.societyId, command);
  const corrected = lifeRecord(command, command.today);
  const reason = requireText('reason', command.reason, REASON_MAX);
  if (sameRecord(corrected, current.record)) return [];
  return [
    {
      type: 'OrganisationalLifeCorrected',
      data: {
        recordId: command.recordId,
        societyId: current.societyId,
        ...corrected,
        reason,
      },
    },
  ];
}

function withdraw(command: WithdrawOrganisationalLife, state: State): Event[] {
  const current = existing(state, command.recordId);
  return [
    {
      type: 'OrganisationalLifeWithdrawn',
      data: {
        recordId: command.recordId,
        societyId: current.societyId,
        reason: requireText('reason', command.reason, REASON_MAX),
      },
    },
  ];
}

function decide(command: OrganisationalLifeCommand, state: State): Event[] {
  switch (command.type) {
    case 'RecordOrganisationalLife':
      return record(command, state);
    case 'CorrectOrganisationalLife':
      return correct(command, state);
    case 'WithdrawOrganisationalLife':
      return withdraw(command, state);
    default:
      return assertNever(command);
  }
}

function evolve(state: State, event: Event): State {
  switch (event.type) {
    case 'OrganisationalLifeRecorded':
      return {
        status: 'recorded',
        recordId: event.data.recordId,
        societyId: event.data.societyId,
        record: recordOf(event.data),
      };
    case 'OrganisationalLifeCorrected':
      return state.status === 'none' ? state : { ...state, record: recordOf(event.data) };
    case 'OrganisationalLifeWithdrawn':
      return state.status === 'none' ? state : { ...state, status: 'withdrawn' };
    default:
      return assertNever(event);
  }
}

export const organisationalLifeDecider: Decider<OrganisationalLifeCommand, Event, State> = {
  initialState: () => ({ status: 'none' }),
  evolve,
  decide: (command, state) => decide(command, state),
};
