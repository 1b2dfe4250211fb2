import type { DomainEvent } from '../shared/decider';
import type { PartyOrganisationForm, SocietyKind } from './society.state';

export type SocietyRegistered = DomainEvent<
  'SocietyRegistered',
  { societyId: string; name: string; kind: SocietyKind; creditCode: string | null }
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
