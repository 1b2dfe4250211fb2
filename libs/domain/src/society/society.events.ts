import type { DomainEvent } from '../shared/decider';
import type { PartyOrganisationForm, PartySeat, SocietyKind } from './society.state';

/** Schema version 2 added `shortName`; version 1 events are upcast with it null. */
export type SocietyRegistered = DomainEvent<
  'SocietyRegistered',
  {
    societyId: string;
    name: string;
    kind: SocietyKind;
    creditCode: string | null;
    /** 学会简称, e.g. 机械学会. */
    shortName: string | null;
  }
>;
export type SocietyRenamed = DomainEvent<
  'SocietyRenamed',
  { societyId: string; name: string; previousName: string; reason: string | null }
>;
/**
 * Schema version 2 added `seat` and `groups`; version 1 events are upcast with `seat: null`
 * (the society's one organisation, placed by its form: see `seatOrganisation`) and
 * `groups: false`. New records always name a seat.
 */
export type PartyOrganisationRecorded = DomainEvent<
  'PartyOrganisationRecorded',
  {
    societyId: string;
    seat: PartySeat | null;
    form: PartyOrganisationForm;
    secretary: string | null;
    memberCount: number | null;
    establishedOn: string | null;
    groups: boolean;
  }
>;
export type SocietyDeregistered = DomainEvent<
  'SocietyDeregistered',
  { societyId: string; reason: string }
>;

/** 派驻党建指导员; `instructorName` is personal data. */
export type PartyBuildingInstructorSent = DomainEvent<
  'PartyBuildingInstructorSent',
  { societyId: string; instructorName: string; memberId: string | null; since: string }
>;
export type PartyBuildingInstructorRecalled = DomainEvent<
  'PartyBuildingInstructorRecalled',
  { societyId: string; on: string; reason: string }
>;

export type SocietyEvent =
  | SocietyRegistered
  | SocietyRenamed
  | PartyOrganisationRecorded
  | SocietyDeregistered
  | PartyBuildingInstructorSent
  | PartyBuildingInstructorRecalled;

export const SOCIETY_EVENT_TYPES = [
  'SocietyRegistered',
  'SocietyRenamed',
  'PartyOrganisationRecorded',
  'SocietyDeregistered',
  'PartyBuildingInstructorSent',
  'PartyBuildingInstructorRecalled',
] as const satisfies readonly SocietyEvent['type'][];
