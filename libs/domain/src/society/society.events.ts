import type { DomainEvent } from '../shared/decider';
import type { PartyOrganisationForm, SocietyKind } from './society.state';

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
export type PartyOrganisationRecorded = DomainEvent<
  'PartyOrganisationRecorded',
  {
    societyId: string;
    form: PartyOrganisationForm;
    secretary: string | null;
    memberCount: number | null;
    establishedOn: string | null;
  }
>;
export type SocietyDeregistered = DomainEvent<
  'SocietyDeregistered',
  { societyId: string; reason: string }
>;

export type SocietyEvent =
  SocietyRegistered | SocietyRenamed | PartyOrganisationRecorded | SocietyDeregistered;

export const SOCIETY_EVENT_TYPES = [
  'SocietyRegistered',
  'SocietyRenamed',
  'PartyOrganisationRecorded',
  'SocietyDeregistered',
] as const satisfies readonly SocietyEvent['type'][];
